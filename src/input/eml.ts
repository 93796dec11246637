/**
 * .eml messages: `text` is the decoded headers (`Subject: …`, `From: …`, `To: …`, `Cc: …`,
 * `Date: …`, those present), a blank line, then the body — the text/plain part when there is one,
 * else the HTML part's visible text. Header values and body lines map back to their place in the
 * raw file (see mime.ts for how exact that is per transfer encoding).
 */
import type {Address, Email} from 'postal-mime'
import {CorrlintError} from '../errors.js'
import {importModule} from '../import-module.js'
import type {Directive, HeaderField, HeaderName, SetAsidePart, Source} from '../types.js'
import {htmlToText} from './html.js'
import {bodyMapper, leafParts, type RawHeader, readHeaders} from './mime.js'
import {SegmentMap} from './segments.js'

const SHOWN: Array<[HeaderName, string, string]> = [
  ['subject', 'Subject', 'subject'],
  ['from', 'From', 'from'],
  ['to', 'To', 'to'],
  ['cc', 'Cc', 'cc'],
  ['date', 'Date', 'date']
]

/** Build the Source of an email whose raw text (as decoded from the file) is `original`. */
export async function emlSource(path: string, original: string, bytes: Uint8Array): Promise<Source> {
  const {default: PostalMime} = await importModule<typeof import('postal-mime')>('postal-mime')
  let email: Email
  try {
    email = await PostalMime.parse(bytes)
  } catch (error) {
    throw new CorrlintError(`not a readable email message (${(error as Error).message.split('\n')[0]})`, path)
  }
  const {headers: rawHeaders} = readHeaders(original, 0, original.length)
  let parts: ReturnType<typeof leafParts> = []
  try {
    parts = leafParts(original)
  } catch {
    parts = []
  }

  const pieces: string[] = []
  const map = new SegmentMap()
  const headers: Partial<Record<HeaderName, HeaderField>> = {}
  for (const [name, label, key] of SHOWN) {
    const value = headerValue(email, name)
    if (!value) continue
    const raw = rawHeaders.find((entry) => entry.key === key)
    const rawStart = raw ? raw.start : 0
    const lineStart = raw ? Math.max(0, original.lastIndexOf('\n', rawStart) + 1) : 0
    pieces.push(`${label}: `)
    map.insert(lineStart, label.length + 2)
    const start = map.length
    if (raw && raw.singleLine && raw.value === value) map.copy(rawStart, value.length)
    else map.insert(rawStart, value.length)
    pieces.push(value, '\n')
    headers[name] = {start, end: start + value.length, value}
    map.insert(rawStart + (raw?.singleLine && raw.value === value ? value.length : 0), 1)
  }
  if (pieces.length > 0) {
    pieces.push('\n')
    map.insert(map.length > 0 ? map.lookup(map.length - 1, 0) : 0, 1)
  }
  const bodyStart = map.length

  let body = ''
  let bodyOffset: (offset: number) => number = () => parts[0]?.bodyStart ?? 0
  let setAside: SetAsidePart[] = []
  let directives: Directive[] = []
  const plain = parts.find((part) => part.type === 'text/plain')
  const htmlPart = parts.find((part) => part.type === 'text/html')
  if (email.text !== undefined && email.text.trim() !== '') {
    body = (email.text ?? '').replace(/\r\n?/g, '\n')
    // An unencoded part is used as it stands in the file — its lines are the file's lines — as
    // long as it says the same as the decoded text. That also undoes postal-mime's joining of
    // format=flowed lines, which can glue a reply onto the quoted line above it.
    if (plain && ['7bit', '8bit', 'binary'].includes(plain.encoding)) {
      const raw = original.slice(plain.bodyStart, plain.bodyEnd).replace(/\r\n?/g, '\n').trimEnd() + '\n'
      if (raw.replace(/\s+/g, '') === body.replace(/\s+/g, '')) body = raw
    }
    bodyOffset = bodyMapper(body, original, plain)
  } else if (email.html) {
    const html = email.html.replace(/\r\n?/g, '\n')
    const converted = await htmlToText(html, path)
    const htmlOffset = bodyMapper(html, original, htmlPart)
    body = converted.text
    bodyOffset = (offset) => htmlOffset(converted.map.lookup(offset, html.length))
    setAside = converted.setAside.map((part) => ({...part, start: part.start + bodyStart, end: part.end + bodyStart}))
    directives = converted.directives.map((d) => ({...d, start: d.start + bodyStart, end: d.end + bodyStart}))
  }
  const text = pieces.join('') + body
  const attachments = email.attachments
    .map((attachment) => attachment.filename)
    .filter((name): name is string => typeof name === 'string' && name !== '')
  return {
    path,
    format: 'eml',
    original,
    text,
    toOriginal: (offset) => (offset < bodyStart ? map.lookup(offset, original.length) : bodyOffset(offset - bodyStart)),
    headers,
    attachments,
    setAside,
    directives
  }
}

function headerValue(email: Email, name: HeaderName): string | undefined {
  switch (name) {
    case 'subject':
      return email.subject?.trim() || undefined
    case 'from':
      return email.from ? formatAddresses([email.from]) : undefined
    case 'to':
      return formatAddresses(email.to)
    case 'cc':
      return formatAddresses(email.cc)
    case 'date':
      return email.headers.find((entry) => entry.key === 'date')?.value.trim() || undefined
    default:
      return undefined
  }
}

function formatAddresses(addresses: Address[] | undefined): string | undefined {
  if (!addresses || addresses.length === 0) return undefined
  const formatted = addresses.map((address) => {
    if (address.group)
      return `${address.name}: ${address.group.map((member) => formatMailbox(member.name, member.address)).join(', ')};`
    return formatMailbox(address.name, address.address ?? '')
  })
  return formatted.join(', ') || undefined
}

function formatMailbox(name: string, address: string): string {
  if (name && address) return `${name} <${address}>`
  return name || address
}

export type {RawHeader}
