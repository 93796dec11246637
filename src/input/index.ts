/**
 * Read a file (or standard input) into a Source: decode its bytes, recognise its format and turn
 * it into the text to analyse. Never writes. Every problem a user can cause becomes a
 * CorrlintError with one line naming the file.
 */
import {readdirSync, statSync} from 'node:fs'
import {extname} from 'node:path'
import {CorrlintError} from '../errors.js'
import type {Source, SourceFormat} from '../types.js'
import {binaryKind, decodeBytes, normaliseNewlines} from './decode.js'
import {markdownSource} from './markdown.js'
import {formatSize, readRegularFile} from './read.js'
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
  return sourceFromBytes(readBytes(path, options.maxBytes), path, options.format)
}

/**
 * The bytes of the draft file at `path`, at most `maxBytes` (default 5 MB); every problem a user
 * can cause is a CorrlintError naming the file.
 */
export function readBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  try {
    // Synchronous on purpose: drafts are small, and the promise API's file handles cost more main-thread
    // time per file (open, fstat, read, close, each a round trip) than the read itself.
    return readRegularFile(path, maxBytes)
  } catch (error) {
    if (isFolder(path)) throw new CorrlintError(folderProblem(path), path)
    throw fileError(error, path)
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * Why a folder named on the command line gave no drafts: it has none, or it cannot be listed (the
 * folder walk sees an unreadable folder as an empty one). `readdir` is there for tests, which run
 * as root, where permissions do not stop a read.
 */
export function folderProblem(path: string, readdir: (path: string) => unknown = readdirSync): string {
  try {
    readdir(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM') return 'is a folder that cannot be read (permission denied) — check its permissions'
    return `is a folder that cannot be read (${code ?? (error as Error).message.split('\n')[0]})`
  }
  return 'is a folder with no drafts in it (corrlint checks .txt, .md, .eml, .html and .docx files)'
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
    case 'ENOTDIR':
      return new CorrlintError('a part of the path is a file, not a folder (check the path)', path)
    case 'ENAMETOOLONG':
      return new CorrlintError('the path is too long for the system (check the path)', path)
    case 'EACCES':
    case 'EPERM':
      return new CorrlintError('permission denied (check the file can be read)', path)
    default:
      return new CorrlintError(`cannot read the file (${code ?? (error as Error).message.split('\n')[0]})`, path)
  }
}

export {formatSize}
export {textSource}
