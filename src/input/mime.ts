/**
 * A small MIME scanner that finds WHERE things are in a raw message: header values and the body
 * of the text/plain and text/html parts, with their transfer encodings. postal-mime decodes the
 * content; this only supplies offsets so findings can point into the .eml file.
 */
import {append} from '../arrays.js'

export interface RawHeader {
  /** Lower-case field name. */
  key: string
  /** The value unfolded onto one line, trimmed. */
  value: string
  /** Offset of the value's first character in the raw message. */
  start: number
  /** True when the value is on one physical line (so offsets inside it map exactly). */
  singleLine: boolean
}

export interface RawPart {
  headers: RawHeader[]
  /** Content type, lower case, without parameters (`text/plain`). */
  type: string
  /** Transfer encoding, lower case (`7bit`, `quoted-printable`, `base64`). */
  encoding: string
  /** Offsets of the part's body in the raw message. */
  bodyStart: number
  bodyEnd: number
}

/** Read the header block starting at `start`; returns the headers and where the body begins. */
export function readHeaders(raw: string, start: number, end: number): {headers: RawHeader[]; bodyStart: number} {
  const headers: RawHeader[] = []
  let offset = start
  let current: {key: string; lines: string[]; start: number} | undefined
  const flush = () => {
    if (!current) return
    headers.push({
      key: current.key,
      value: current.lines
        .map((line) => line.trim())
        .join(' ')
        .trim(),
      start: current.start,
      singleLine: current.lines.length === 1
    })
    current = undefined
  }
  while (offset < end) {
    let lineEnd = raw.indexOf('\n', offset)
    if (lineEnd === -1 || lineEnd > end) lineEnd = end
    const line = raw.slice(offset, lineEnd).replace(/\r$/, '')
    const next = lineEnd + 1
    if (line === '') {
      flush()
      return {headers, bodyStart: Math.min(next, end)}
    }
    if (/^[ \t]/.test(line) && current) {
      current.lines.push(line)
    } else {
      flush()
      const colon = line.indexOf(':')
      if (colon > 0 && /^[\x21-\x39\x3b-\x7e]+$/.test(line.slice(0, colon))) {
        let valueStart = colon + 1
        while (line[valueStart] === ' ' || line[valueStart] === '\t') valueStart++
        current = {key: line.slice(0, colon).toLowerCase(), lines: [line.slice(colon + 1)], start: offset + valueStart}
      }
    }
    offset = next
  }
  flush()
  return {headers, bodyStart: end}
}

/** Whether `raw` starts like an email: at least two known header fields before the first blank line. */
export function looksLikeMime(raw: string): boolean {
  const head = raw.slice(0, 8192)
  const blank = head.search(/\r?\n\r?\n/)
  const block = blank === -1 ? head : head.slice(0, blank)
  const names = block.match(
    /^(?:from|to|subject|date|received|message-id|mime-version|content-type|return-path|delivered-to|cc|reply-to|x-[a-z-]+):/gim
  )
  return (names?.length ?? 0) >= 2 && /^[\x21-\x39\x3b-\x7e]+:/.test(block)
}

function header(headers: RawHeader[], key: string): string {
  return headers.find((entry) => entry.key === key)?.value ?? ''
}

function parameter(value: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value)
  return match ? (match[1] ?? match[2]) : undefined
}

/** The leaf parts of the message (depth-first), each with its body range. */
export function leafParts(raw: string, start = 0, end = raw.length, depth = 0): RawPart[] {
  const {headers, bodyStart} = readHeaders(raw, start, end)
  const contentType = header(headers, 'content-type')
  const type = (contentType.split(';')[0] || 'text/plain').trim().toLowerCase()
  const encoding = (header(headers, 'content-transfer-encoding') || '7bit').trim().toLowerCase()
  const boundary = type.startsWith('multipart/') ? parameter(contentType, 'boundary') : undefined
  if (!boundary || depth > 8) {
    const disposition = header(headers, 'content-disposition').toLowerCase()
    if (disposition.startsWith('attachment')) return []
    return [{headers, type, encoding, bodyStart, bodyEnd: end}]
  }
  const parts: RawPart[] = []
  const delimiter = `--${boundary}`
  let offset = bodyStart
  let partStart: number | undefined
  while (offset < end) {
    let lineEnd = raw.indexOf('\n', offset)
    if (lineEnd === -1 || lineEnd > end) lineEnd = end
    const line = raw.slice(offset, lineEnd).replace(/\r$/, '').trimEnd()
    if (line === delimiter || line === `${delimiter}--`) {
      if (partStart !== undefined) {
        let partEnd = offset
        if (raw[partEnd - 1] === '\n') partEnd--
        if (raw[partEnd - 1] === '\r') partEnd--
        append(parts, leafParts(raw, partStart, Math.max(partStart, partEnd), depth + 1))
      }
      if (line.endsWith('--') && line !== delimiter) return parts
      partStart = lineEnd + 1
    }
    offset = lineEnd + 1
  }
  return parts
}

/**
 * Map offsets in a part's decoded body to offsets in the raw message, line by line: exact within a
 * line for 7bit/8bit (and for quoted-printable lines without escapes), the start of the raw line
 * otherwise, the start of the part for base64.
 */
export function bodyMapper(decoded: string, raw: string, part: RawPart | undefined): (offset: number) => number {
  if (!part) return () => 0
  const {bodyStart, bodyEnd, encoding} = part
  if (encoding === 'base64' || !['7bit', '8bit', 'binary', 'quoted-printable'].includes(encoding)) {
    return () => bodyStart
  }
  const rawLines: Array<{start: number; text: string}> = []
  let offset = bodyStart
  while (offset <= bodyEnd) {
    let lineEnd = raw.indexOf('\n', offset)
    if (lineEnd === -1 || lineEnd > bodyEnd) lineEnd = bodyEnd
    rawLines.push({start: offset, text: raw.slice(offset, lineEnd).replace(/\r$/, '')})
    offset = lineEnd + 1
  }
  // Group quoted-printable soft line breaks (a raw line ending in `=`) into one decoded line.
  const groups: Array<{start: number; exact: boolean; text: string; end?: number}> = []
  for (let i = 0; i < rawLines.length; i++) {
    const first = rawLines[i]
    if (encoding !== 'quoted-printable') {
      groups.push({start: first.start, exact: true, text: first.text})
      continue
    }
    let single = true
    while (/=\s*$/.test(rawLines[i].text) && i + 1 < rawLines.length) {
      single = false
      i++
    }
    const last = rawLines[i]
    groups.push({
      start: first.start,
      exact: single && !first.text.includes('='),
      text: first.text,
      end: last.start + last.text.length
    })
  }
  const utf8 = /charset\s*=\s*"?utf-?8/i.test(part.headers.find((entry) => entry.key === 'content-type')?.value ?? '')
  const lineStarts = [0]
  for (let i = decoded.indexOf('\n'); i !== -1; i = decoded.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  return (target: number) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle] <= target) low = middle
      else high = middle - 1
    }
    const group = groups[low]
    if (!group) return bodyEnd
    const column = target - lineStarts[low]
    if (group.exact) return group.start + Math.min(column, group.text.length)
    return group.end === undefined ? group.start : qpColumn(raw, group.start, group.end, column, utf8)
  }
}

/**
 * The raw offset of decoded column `column` in a quoted-printable line `raw[start, end)`:
 * soft breaks (`=` + newline) produce nothing, `=XX` one byte, other characters themselves;
 * in UTF-8 a continuation byte does not start a new character.
 */
function qpColumn(raw: string, start: number, end: number, column: number, utf8: boolean): number {
  let decoded = 0
  let i = start
  while (i < end) {
    let width = 1
    let byte = raw.charCodeAt(i)
    if (raw[i] === '=') {
      const soft = /^=[ \t]*\r?\n/.exec(raw.slice(i, i + 4))
      if (soft) {
        i += soft[0].length
        continue
      }
      width = 3
      byte = Number.parseInt(raw.slice(i + 1, i + 3), 16)
    }
    const continuation = utf8 && byte >= 0x80 && byte < 0xc0
    if (!continuation) {
      if (decoded === column) return i
      decoded++
    }
    i += width
  }
  return end
}
