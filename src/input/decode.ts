/**
 * Turn a file's bytes into text: UTF-8 (with or without BOM; with a few bad bytes, each shown as
 * U+FFFD), UTF-16 with a BOM, and anything else read as Windows-1252 (a superset of Latin-1 for
 * printable text) rather than failing. Also decides whether bytes are binary (not text at all).
 */

/** Decode bytes to a string, removing a byte order mark. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const unmarked = utf16WithoutBom(bytes)
  if (unmarked) return new TextDecoder(unmarked).decode(bytes)
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(body)
  } catch {
    return mostlyUtf8(body) ? new TextDecoder('utf-8').decode(body) : decodeWindows1252(body)
  }
}

/**
 * Whether bytes that are not valid UTF-8 are still UTF-8 with a few bad bytes (a stray byte pasted
 * in, a truncated character), rather than Windows-1252. Windows-1252 text almost never forms a
 * valid UTF-8 multi-byte sequence (that takes a letter such as `Ã` followed by a symbol in
 * 0x80–0xBF), while every high byte of it is invalid UTF-8. So: UTF-8 when its valid multi-byte
 * sequences outnumber its invalid bytes — decoded with U+FFFD (�) for each bad byte, instead of
 * every accent and curly quote of the file turned into mojibake.
 */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0
  let invalid = 0
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]
    if (byte < 0x80) {
      i++
      continue
    }
    const length = sequenceLength(bytes, i)
    if (length > 0) {
      valid++
      i += length
    } else {
      invalid++
      i++
    }
  }
  return valid > invalid
}

/** The length of the valid UTF-8 multi-byte sequence at `i`, or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const byte = bytes[i]
  const continuation = (at: number, low = 0x80, high = 0xbf) =>
    at < bytes.length && bytes[at] >= low && bytes[at] <= high
  if (byte >= 0xc2 && byte <= 0xdf) return continuation(i + 1) ? 2 : 0
  if (byte >= 0xe0 && byte <= 0xef) {
    // No overlong forms (E0 80–9F) and no surrogates (ED A0–BF).
    const low = byte === 0xe0 ? 0xa0 : 0x80
    const high = byte === 0xed ? 0x9f : 0xbf
    return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0
  }
  if (byte >= 0xf0 && byte <= 0xf4) {
    const low = byte === 0xf0 ? 0x90 : 0x80
    const high = byte === 0xf4 ? 0x8f : 0xbf
    return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
  }
  return 0
}

/** Windows-1252 characters for bytes 0x80–0x9F (undefined ones stay as the C1 control). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * Decode Windows-1252 by hand: Node's TextDecoder may treat `windows-1252` as ISO-8859-1 and turn
 * curly quotes and the euro sign (0x80–0x9F) into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    let text = ''
    for (const byte of chunk)
      text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
    chunks.push(text)
  }
  return chunks.join('')
}

/** True when the bytes start with a UTF-16 byte order mark (NUL bytes are then expected). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

/**
 * UTF-16 without a byte order mark, recognised by its NUL bytes: text in a Latin script has a zero
 * high byte in nearly every code unit, so one byte of each pair is almost always 0 and the other
 * almost never is. Anything less regular stays binary.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 8192) & ~1
  if (length < 8) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = length / 2
  if (oddZeros >= pairs * 0.9 && evenZeros <= pairs * 0.02) return 'utf-16le'
  if (evenZeros >= pairs * 0.9 && oddZeros <= pairs * 0.02) return 'utf-16be'
  return undefined
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
  if (hasUtf16Bom(bytes) || utf16WithoutBom(bytes)) return undefined
  // The whole file, not its first 8 KB: a NUL byte further on still makes it binary, and
  // Uint8Array.includes is a native scan (under a millisecond for a 5 MB file).
  if (bytes.includes(0)) return 'a binary file (it contains NUL bytes)'
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
