/**
 * Read a zip archive's central directory (names and declared sizes) without extracting anything,
 * so a .docx can be recognised and a zip bomb refused before mammoth inflates it.
 */

// zlib only when a zip is inflated (a .docx), not on every start.
import {requireBuiltin} from '../import-module.js'

export interface ZipEntry {
  name: string
  compressedSize: number
  uncompressedSize: number
  /** 0 stored, 8 deflated. */
  method: number
  /** Offset of the entry's local header. */
  localOffset: number
}

/** The entries of a zip archive, or undefined when the bytes are not a readable zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd === -1) return undefined
  const count = view.getUint16(eocd + 10, true)
  let offset = view.getUint32(eocd + 16, true)
  const entries: ZipEntry[] = []
  const decoder = new TextDecoder()
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined
    const compressedSize = view.getUint32(offset + 20, true)
    const uncompressedSize = view.getUint32(offset + 24, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const method = view.getUint16(offset + 10, true)
    const localOffset = view.getUint32(offset + 42, true)
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength))
    entries.push({name, compressedSize, uncompressedSize, method, localOffset})
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/**
 * Inflate every entry with a cap on its output, so sizes that lie in the directory cannot hide a
 * zip bomb. Returns the real total size, or undefined when it would pass `limit` (or an entry
 * cannot be read).
 */
export function inflatedSize(bytes: Uint8Array, entries: ZipEntry[], limit: number): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let total = 0
  for (const entry of entries) {
    const local = entry.localOffset
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return undefined
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(start, start + entry.compressedSize)
    if (entry.method === 0) {
      total += data.length
    } else if (entry.method === 8) {
      try {
        const {inflateRawSync} = requireBuiltin<typeof import('node:zlib')>('node:zlib')
        total += inflateRawSync(data, {maxOutputLength: Math.max(1, limit - total + 1)}).length
      } catch {
        return undefined
      }
    } else {
      return undefined
    }
    if (total > limit) return undefined
  }
  return total
}
