/**
 * Read a whole file, but only a regular file and never more than a limit: a FIFO, a socket or a
 * device (/dev/zero, /dev/stdin) reports a size of 0 and then either never ends or never starts,
 * so its size cannot be trusted. The file is opened without blocking (a FIFO with no writer would
 * otherwise hang the open itself) and its type and size come from the open descriptor, not from a
 * separate stat that could describe another file by the time it is read.
 */
import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs'
import {CorrlintError} from '../errors.js'

/** The bytes of the regular file at `path`; a CorrlintError (naming `shown`) for anything else or anything larger than `maxBytes`. */
export function readRegularFile(path: string, maxBytes: number, shown = path): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const info = fstatSync(fd)
    const kind = notRegular(info)
    if (kind)
      throw new CorrlintError(
        `is ${kind}, not a regular file — corrlint reads only files (use - for standard input)`,
        shown
      )
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, shown)
    // Read at most one byte past the limit: no read takes more memory than the limit allows, and a
    // file that grew since fstat is still refused.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, info.size + 1))
    let length = 0
    let read = -1
    while (length < buffer.length && read !== 0) {
      read = readSync(fd, buffer, length, buffer.length - length, null)
      length += read
    }
    if (length > maxBytes) throw tooLarge(length, maxBytes, shown)
    // size + 1 bytes came back: the file grew while being read; read on, still bounded.
    if (length === buffer.length) return readGrowing(fd, buffer, maxBytes, shown)
    return buffer.subarray(0, length)
  } finally {
    closeSync(fd)
  }
}

function readGrowing(fd: number, start: Buffer, maxBytes: number, shown: string): Uint8Array {
  const chunks = [start]
  let total = start.length
  const chunk = Buffer.allocUnsafe(64 * 1024)
  for (;;) {
    const read = readSync(fd, chunk, 0, chunk.length, null)
    if (read === 0) return Buffer.concat(chunks, total)
    total += read
    if (total > maxBytes) throw tooLarge(total, maxBytes, shown)
    chunks.push(Buffer.from(chunk.subarray(0, read)))
  }
}

/** What a file that is not a regular file is, in words; undefined for a regular file. */
/** A regular file's text (UTF-8), bounded like readRegularFile: configs, word lists, baselines, ignore files. */
export function readRegularText(path: string, maxBytes: number, shown = path): string {
  return Buffer.from(readRegularFile(path, maxBytes, shown)).toString('utf8')
}

export function notRegular(info: Stats): string | undefined {
  if (info.isFile()) return undefined
  if (info.isDirectory()) return 'a folder'
  if (info.isFIFO()) return 'a named pipe (FIFO)'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isSocket()) return 'a socket'
  return 'a special file'
}

function tooLarge(size: number, maxBytes: number, shown: string): CorrlintError {
  let [actual, limit] = [formatSize(size), formatSize(maxBytes)]
  // Rounded, a file just over the limit would look the same size as the limit.
  if (actual === limit) [actual, limit] = [`${size} bytes`, `${maxBytes} bytes`]
  return new CorrlintError(
    `file is too large (${actual}; the limit is ${limit}) — raise it with --max-file-size`,
    shown
  )
}

/** A size for messages: exact bytes below 10 KB (so a limit of 10 bytes is not "1 KB"), then KB, then MB. */
export function formatSize(bytes: number): string {
  if (bytes < 10 * 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < 1024 * 1024) return `${Math.floor(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
