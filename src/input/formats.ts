/**
 * The one registration of the input formats corrlint reads. A format is its reader (a file of
 * src/input) and one entry here: its name, its extensions, how to recognise it when the extension
 * says nothing, and how to turn a file into a Source. Everything else — the SourceFormat type, the
 * extensions a folder is searched for, format names in messages — is derived from this list.
 * Readers that need a large library (HTML, MIME, Word) are loaded only when such a file is read.
 */
import type {Source} from '../types.js'
import {normaliseNewlines} from './decode.js'
import {markdownSource} from './markdown.js'
import {looksLikeMime} from './mime.js'
import {textSource} from './text.js'
import {zipEntries} from './zip.js'

/** What a reader gets: the bytes, and for a text format the decoded text (BOM removed, lone `\r` as `\n`). */
export interface FormatInput {
  path: string
  bytes: Uint8Array
  original: string
}

export interface InputFormat<Name extends string = string> {
  name: Name
  /** Lower-case, with the dot; the first is the one named in messages. */
  extensions: readonly string[]
  /** Read from the bytes alone (a zip), without decoding them as text first. */
  binary?: boolean
  /** Whether a file with an unknown extension is of this format: from its bytes, or its first 4 KB as text. */
  sniff?(bytes: Uint8Array, head: () => string): boolean
  read(input: FormatInput): Source | Promise<Source>
}

/** One format's entry (the name's literal type is kept, so SourceFormat lists every name). */
function format<const Name extends string>(entry: InputFormat<Name>): InputFormat<Name> {
  return entry
}

export const formats = [
  format({
    name: 'text',
    extensions: ['.txt', '.text'],
    read: ({path, original}: FormatInput): Source => textSource(original, path, 'text', normaliseNewlines(original))
  }),
  format({
    name: 'markdown',
    extensions: ['.md', '.markdown'],
    read: ({path, original}: FormatInput): Source => markdownSource(path, original, normaliseNewlines(original))
  }),
  format({
    name: 'eml',
    extensions: ['.eml'],
    sniff: (_bytes: Uint8Array, head: () => string): boolean => looksLikeMime(head()),
    async read({path, original, bytes}: FormatInput): Promise<Source> {
      if (!looksLikeMime(original)) return textSource(original, path, 'text', normaliseNewlines(original))
      const {emlSource} = await import('./eml.js')
      return emlSource(path, original, bytes)
    }
  }),
  format({
    name: 'html',
    extensions: ['.html', '.htm'],
    sniff: (_bytes: Uint8Array, head: () => string): boolean => /^\s*(?:<!doctype html|<html)/i.test(head()),
    async read({path, original}: FormatInput): Promise<Source> {
      // HTML support (unified, rehype-parse) is loaded only when an HTML file is read, to keep plain-text start-up fast.
      const converted = await (await import('./html.js')).htmlToText(original, path)
      return {
        path,
        format: 'html',
        original,
        text: converted.text,
        toOriginal: (offset: number) => converted.map.lookup(offset, original.length),
        setAside: converted.setAside,
        directives: converted.directives
      }
    }
  }),
  format({
    name: 'docx',
    extensions: ['.docx'],
    binary: true,
    sniff: (bytes: Uint8Array): boolean =>
      isZip(bytes) && (zipEntries(bytes)?.some((entry) => entry.name === 'word/document.xml') ?? false),
    async read({path, bytes}: FormatInput): Promise<Source> {
      const {docxSource} = await import('./docx.js')
      return docxSource(path, bytes)
    }
  })
] as const

export type FormatName = (typeof formats)[number]['name']

/** Every extension a folder is searched for. */
export const DRAFT_EXTENSIONS: readonly string[] = formats.flatMap((format) => format.extensions)

/** The formats for messages: ".txt, .md, .eml, .html and .docx". */
export const FORMAT_LIST = ((names: string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`)(
  formats.map((format) => format.extensions[0])
)

const byExtension = new Map<string, InputFormat>(
  formats.flatMap((format) => format.extensions.map((extension) => [extension, format] as const))
)
const byName = new Map<string, InputFormat>(formats.map((format) => [format.name, format]))

/** The format of a file: named, else by its extension, else recognised from its bytes, else plain text. */
export function formatOf(extension: string, bytes: Uint8Array, name?: string): InputFormat {
  if (name !== undefined) return byName.get(name) ?? formats[0]
  const chosen = byExtension.get(extension)
  if (chosen) return chosen
  let head: string | undefined
  const text = () => (head ??= new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, ''))
  // A zip that is no known format is read as text (and refused as binary).
  const candidates: readonly InputFormat[] = isZip(bytes) ? formats.filter((format) => format.binary) : formats
  return candidates.find((format) => format.sniff?.(bytes, text)) ?? formats[0]
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b
}
