/**
 * Read a file (or standard input) into a Source: decode its bytes, recognise its format and turn
 * it into the text to analyse. Never writes. Every problem a user can cause becomes a
 * CorrlintError with one line naming the file.
 */
import {readdirSync, statSync} from 'node:fs'
import {extname, resolve} from 'node:path'
import {CorrlintError} from '../errors.js'
import type {Source, SourceFormat} from '../types.js'
import {binaryKind, decodeBytes} from './decode.js'
import {FORMAT_LIST, formatOf} from './formats.js'
import {formatSize, readRegularFile} from './read.js'
import {textSource} from './text.js'

export interface ReadOptions {
  /** Read the file as this format instead of guessing. */
  format?: SourceFormat
  /** Refuse files larger than this many bytes (default 5 MB). */
  maxBytes?: number
  /** The folder a relative `path` is relative to (default: the process's); messages keep `path` as given. */
  cwd?: string
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/** Read and decode the file at `path`. */
export async function readSource(path: string, options: ReadOptions = {}): Promise<Source> {
  return sourceFromBytes(readBytes(path, options.maxBytes, options.cwd), path, options.format)
}

/**
 * The bytes of the draft file at `path`, at most `maxBytes` (default 5 MB); every problem a user
 * can cause is a CorrlintError naming the file as given. A relative `path` is relative to `cwd`
 * (default: the process's).
 */
export function readBytes(path: string, maxBytes = DEFAULT_MAX_BYTES, cwd?: string): Uint8Array {
  const where = cwd === undefined ? path : resolve(cwd, path)
  try {
    // Synchronous on purpose: drafts are small, and the promise API's file handles cost more main-thread
    // time per file (open, fstat, read, close, each a round trip) than the read itself.
    return readRegularFile(where, maxBytes, path)
  } catch (error) {
    if (isFolder(where)) throw new CorrlintError(folderProblem(where), path)
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
    if (code === 'EACCES' || code === 'EPERM')
      return 'is a folder that cannot be read (permission denied) — check its permissions'
    return `is a folder that cannot be read (${code ?? (error as Error).message.split('\n')[0]})`
  }
  return `is a folder with no drafts in it (corrlint checks ${FORMAT_LIST} files)`
}

/** Build a Source from bytes already read (standard input with `--stdin-filename`). */
export async function sourceFromBytes(bytes: Uint8Array, path: string, format?: SourceFormat): Promise<Source> {
  const chosen = formatOf(extname(path).toLowerCase(), bytes, format)
  if (chosen.binary) return chosen.read({path, bytes, original: ''})
  const binary = binaryKind(bytes)
  if (binary) throw new CorrlintError(`cannot check ${binary}; corrlint reads ${FORMAT_LIST}`, path)
  // Old Mac files end lines with a lone `\r`: make it `\n` in `original` too (same length), so
  // line numbers in reports count the lines the user sees.
  const original = decodeBytes(bytes).replace(/\r(?!\n)/g, '\n')
  return chosen.read({path, bytes, original})
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

export {formatSize, textSource}
