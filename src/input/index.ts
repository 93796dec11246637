/**
 * Read a file (or standard input) into a Source: decode its bytes, recognise its format and turn
 * it into the text to analyse. Never writes. Every problem a user can cause becomes a
 * CorrlintError with one line naming the file.
 */
import {readFileSync, statSync} from 'node:fs'
import {extname} from 'node:path'
import {CorrlintError} from '../errors.js'
import type {Source, SourceFormat} from '../types.js'
import {binaryKind, decodeBytes, normaliseNewlines} from './decode.js'
import {markdownSource} from './markdown.js'
import {looksLikeMime} from './mime.js'
import {textSource} from './text.js'
import {zipEntries} from './zip.js'

export interface ReadOptions {
  /** Read the file as this format instead of guessing. */
  format?: SourceFormat
  /** Refuse files larger than this many bytes (default 5 MB). */
  maxBytes?: number
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.eml': 'eml',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx'
}

/** Read and decode the file at `path`. */
export async function readSource(path: string, options: ReadOptions = {}): Promise<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let size: number
  try {
    // Synchronous on purpose: drafts are small, and the promise API's file handles cost more main-thread
    // time per file (open, fstat, read, close, each a round trip) than the read itself.
    const info = statSync(path)
    if (info.isDirectory()) throw new CorrlintError('is a folder with no drafts in it (corrlint checks .txt, .md, .eml, .html and .docx files)', path)
    size = info.size
  } catch (error) {
    throw fileError(error, path)
  }
  if (size > maxBytes) {
    throw new CorrlintError(
      `file is too large (${formatSize(size)}; the limit is ${formatSize(maxBytes)}) — raise it with --max-file-size`,
      path
    )
  }
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw fileError(error, path)
  }
  return sourceFromBytes(bytes, path, options.format)
}

/** Build a Source from bytes already read (standard input with `--stdin-filename`). */
export async function sourceFromBytes(bytes: Uint8Array, path: string, format?: SourceFormat): Promise<Source> {
  const chosen = format ?? EXTENSIONS[extname(path).toLowerCase()] ?? sniff(bytes)
  if (chosen === 'docx') {
    const {docxSource} = await import('./docx.js')
    return docxSource(path, bytes)
  }
  const binary = binaryKind(bytes)
  if (binary) throw new CorrlintError(`cannot check ${binary}; corrlint reads .txt, .md, .eml, .html and .docx`, path)
  // Old Mac files end lines with a lone `\r`: make it `\n` in `original` too (same length), so
  // line numbers in reports count the lines the user sees.
  const original = decodeBytes(bytes).replace(/\r(?!\n)/g, '\n')
  switch (chosen) {
    case 'markdown':
      return markdownSource(path, original, normaliseNewlines(original))
    case 'html':
      return htmlSource(path, original, await (await import('./html.js')).htmlToText(original, path))
    case 'eml': {
      if (!looksLikeMime(original)) return textSource(original, path, 'text', normaliseNewlines(original))
      const {emlSource} = await import('./eml.js')
      return emlSource(path, original, bytes)
    }
    default:
      return textSource(original, path, 'text', normaliseNewlines(original))
  }
}

/** HTML support (unified, rehype-parse) is loaded only when an HTML file is read, to keep plain-text start-up fast. */
function htmlSource(path: string, original: string, converted: import('./html.js').HtmlText): Source {
  return {
    path,
    format: 'html',
    original,
    text: converted.text,
    toOriginal: (offset) => converted.map.lookup(offset, original.length),
    setAside: converted.setAside,
    directives: converted.directives
  }
}

/** Guess the format of a file whose extension says nothing. */
function sniff(bytes: Uint8Array): SourceFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const entries = zipEntries(bytes)
    if (entries?.some((entry) => entry.name === 'word/document.xml')) return 'docx'
    return 'text'
  }
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, '')
  if (/^\s*(?:<!doctype html|<html)/i.test(head)) return 'html'
  if (looksLikeMime(head)) return 'eml'
  return 'text'
}

function fileError(error: unknown, path: string): CorrlintError {
  if (error instanceof CorrlintError) return error
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return new CorrlintError('file not found', path)
    case 'EISDIR':
      return new CorrlintError('is a directory, not a file', path)
    case 'ELOOP':
      return new CorrlintError('is a symbolic link that loops back on itself', path)
    case 'EACCES':
    case 'EPERM':
      return new CorrlintError('permission denied (check the file can be read)', path)
    default:
      return new CorrlintError(`cannot read the file (${code ?? (error as Error).message.split('\n')[0]})`, path)
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.ceil(bytes / 1024)} KB`
}

export {textSource}
