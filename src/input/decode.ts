/**
 * Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and anything
 * that is not valid UTF-8 read as Windows-1252 (a superset of Latin-1 for printable text) rather
 * than failing. Also decides whether bytes are binary (not text at all).
 */

/** Decode bytes to a string, removing a byte order mark. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(body)
  } catch {
    return new TextDecoder('windows-1252').decode(body)
  }
}

/** True when the bytes start with a UTF-16 byte order mark (NUL bytes are then expected). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

const SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF file', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word (.doc) file', [0xd0, 0xcf, 0x11, 0xe0]]
]

/** Describe why the bytes are binary (e.g. "a PNG image"), or undefined when they look like text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte)) return name
  }
  if (hasUtf16Bom(bytes)) return undefined
  const sample = bytes.subarray(0, 8192)
  if (sample.includes(0)) return 'a binary file (it contains NUL bytes)'
  return undefined
}

/**
 * Normalise line endings to `\n` while keeping the length: the `\r` of `\r\n` becomes a space
 * and a lone `\r` becomes `\n`, so offsets in the result are offsets in the input.
 */
export function normaliseNewlines(text: string): string {
  if (!text.includes('\r')) return text
  return text.replace(/\r\n?/g, (match) => (match.length === 2 ? ' \n' : '\n'))
}
