/**
 * The read stage: a draft's bytes, from a file (a regular file, bounded: src/input/read.ts) or
 * from standard input. Files and standard input are the same kind of input from here on.
 */
import {readBytes} from '../input/index.js'

/** A draft to check: the path reports show, and how to get its bytes. */
export interface DraftInput {
  path: string
  /** The bytes; synchronous for a file (cheaper for small drafts), a promise for standard input. */
  read(): Uint8Array | Promise<Uint8Array>
}

/** A draft file: `path` as the user gave it, read relative to `cwd`. */
export function fileInput(path: string, options: {cwd: string; maxBytes?: number}): DraftInput {
  // Relative paths are relative to options.cwd; messages and reports keep the path as given.
  return {path, read: () => readBytes(path, options.maxBytes, options.cwd)}
}

/** A draft whose bytes come some other way (standard input), reported as `path`. */
export function bytesInput(path: string, read: () => Promise<Uint8Array>): DraftInput {
  return {path, read}
}
