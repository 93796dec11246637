/**
 * Split a Source into headers, opening, body, closing and set-aside parts, and parse the writer's
 * prose into sentences and words (NLCST) with offsets into `source.text`.
 *
 * Two steps, both linear in the number of lines:
 * 1. `classify.ts` gives every line one kind (greeting, close, name, role, contact, quote header,
 *    quoted line, forward header, separator, date, heading, prose…), once.
 * 2. From the kinds: `setaside.ts` decides the parts that are not the writer's (quotes, forwards,
 *    signatures, disclaimers, footers) and `zones.ts` decides opening, body and closing among the
 *    rest. This file puts the pieces together and parses the writer's prose.
 */
import type {Paragraph as NlcstParagraph, Sentence as NlcstSentence, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {append} from '../arrays.js'
import type {
  CorrDocument,
  HeaderField,
  HeaderName,
  Paragraph,
  Part,
  Sentence,
  SetAsidePart,
  Source,
  Span,
  Word
} from '../types.js'
import {classifyLines, type MailLine} from './classify.js'
import {isNotification} from './notification.js'
import {parseProse} from './parse.js'
import {findSetAside} from './setaside.js'
import {blocksOf, decideZones, trimmedSpan} from './zones.js'

export {lineStarts, positionAt} from './lines.js'

const SHOW_SIG = true
const HEADER_LINE = /^(subject|to|from|cc|bcc|date|reply-to) ?:(.*)$/i

const HEADER_NAMES: Record<string, HeaderName> = {
  subject: 'subject',
  to: 'to',
  from: 'from',
  cc: 'cc',
  bcc: 'bcc',
  date: 'date',
  'reply-to': 'replyTo'
}

/** Split `source` into a CorrDocument. Never throws on odd input: parts it cannot find are absent. */
export function splitDocument(source: Source): CorrDocument {
  const text = source.text
  // Step 1: every line classified once.
  const lines = classifyLines(text)

  // Headers: consecutive `Name: value` lines at the very top.
  const headers: CorrDocument['headers'] = {...source.headers}
  let first = 0
  while (first < lines.length && lines[first].blank) first++
  let headerEnd = first
  while (headerEnd < lines.length) {
    const match = HEADER_LINE.exec(lines[headerEnd].text)
    if (!match) break
    const name = HEADER_NAMES[match[1].toLowerCase()]
    const lead = match[2].length - match[2].trimStart().length
    const valueStart = lines[headerEnd].end - match[2].length + lead
    const value = match[2].trim()
    headers[name] ??= {value, start: valueStart, end: valueStart + value.length} satisfies HeaderField
    headerEnd++
  }
  const headerSpan: Span | undefined =
    headerEnd > first ? {start: lines[first].start, end: lines[headerEnd - 1].end} : undefined

  // Step 2a: set-aside parts, ignoring any that start inside the header block.
  const setAside = mergeSetAside(
    [...(source.setAside ?? []), ...findSetAside(text, lines)].filter(
      (part) => !headerSpan || part.start >= headerSpan.end
    )
  )
  markAside(lines, setAside)

  const content: number[] = []
  for (let index = headerEnd; index < lines.length; index++) {
    if (!lines[index].blank && !lines[index].aside) content.push(index)
  }

  // Step 2b: opening, body and closing among the writer's lines.
  const {opening, closing, salutationAt, bodyFrom, bodyLimit, proseBefore, signatureBlock} = decideZones(lines, content)
  if (closing.span && !closing.senderName) closing.senderName = nameFromSignaturePart(lines, setAside, closing.span.end)

  // Body: the paragraphs between opening and closing.
  const bodyLines = content.filter((index) => index > bodyFrom && index < bodyLimit)
  const paragraphSpans: Span[] = blocksOf(bodyLines).map((block) => ({
    start: lines[block[0]].start,
    end: lines[block.at(-1)!].end
  }))
  // `Hi Sam, thanks for your email …` on one line: the rest of the line is body.
  if (opening.salutation && salutationAt !== -1) {
    const line = lines[salutationAt]
    const rest = text.slice(opening.salutation.end, line.end)
    const lead = rest.length - rest.trimStart().length
    if (rest.trim() !== '') {
      const start = opening.salutation.end + lead
      const firstBody = paragraphSpans[0]
      if (firstBody && lines[salutationAt + 1] && firstBody.start === lines[salutationAt + 1].start) {
        firstBody.start = start
      } else {
        paragraphSpans.unshift({start, end: line.end})
      }
    }
  }

  // The writer's prose: salutation, subject heading, body, close, name and signature lines.
  const proseSpans: Span[] = proseBefore.map((index) => trimmedSpan(lines[index]))
  if (opening.salutation) proseSpans.push(opening.salutation)
  if (opening.subjectLine) proseSpans.push(opening.subjectLine)
  append(proseSpans, paragraphSpans)
  if (closing.complimentaryClose) proseSpans.push(closing.complimentaryClose)
  if (closing.senderName && closing.span && closing.senderName.start < closing.span.end) {
    proseSpans.push(closing.senderName)
  }
  append(proseSpans, closing.signatureLines)
  proseSpans.sort((a, b) => a.start - b.start)
  const prose = blankOutside(text, proseSpans)
  const tree = parseProse(prose, proseSpans)

  const paragraphs: Paragraph[] = paragraphSpans.map((span) => ({
    ...span,
    text: text.slice(span.start, span.end),
    sentences: []
  }))
  const sentences = collectSentences(tree, prose, paragraphs)

  const body: CorrDocument['body'] = {paragraphs}
  if (paragraphs.length > 0) body.span = {start: paragraphs[0].start, end: paragraphs.at(-1)!.end}

  const kind =
    source.format !== 'eml' && !headerSpan && (opening.addressBlocks.length > 0 || opening.date) ? 'letter' : 'email'

  const parts: Part[] = []
  if (headerSpan) parts.push({kind: 'headers', ...headerSpan})
  if (opening.span) parts.push({kind: 'opening', ...opening.span})
  if (body.span) parts.push({kind: 'body', ...body.span})
  if (closing.span) {
    // A signature block (name with role, organisation or contact lines) is shown as its own part:
    // it is still the writer's (not in `setAside`), and the closing part is the close above it.
    if (signatureBlock && SHOW_SIG) {
      const closeEnd = lastEndBefore(lines, content, signatureBlock.start)
      if (closeEnd > closing.span.start) parts.push({kind: 'closing', start: closing.span.start, end: closeEnd})
      parts.push({kind: 'signature', ...signatureBlock})
    } else parts.push({kind: 'closing', ...closing.span})
  }
  for (const part of setAside) parts.push({...part})
  parts.sort((a, b) => a.start - b.start)

  const doc: CorrDocument = {
    source,
    text,
    kind,
    headers,
    opening,
    body,
    closing,
    setAside,
    parts,
    sentences,
    tree,
    prose
  }
  if (isNotification(doc, lines, content)) doc.notification = true
  return doc
}

function mergeSetAside(parts: SetAsidePart[]): SetAsidePart[] {
  const sorted = parts.filter((part) => part.end > part.start).sort((a, b) => a.start - b.start)
  const merged: SetAsidePart[] = []
  for (const part of sorted) {
    const last = merged.at(-1)
    if (last && part.start < last.end) {
      if (part.end > last.end) last.end = part.end
    } else merged.push({...part})
  }
  return merged
}

function markAside(lines: MailLine[], parts: SetAsidePart[]): void {
  let p = 0
  for (const line of lines) {
    while (p < parts.length && parts[p].end <= line.start) p++
    if (p < parts.length && parts[p].start <= line.start && line.start < parts[p].end) line.aside = true
    else if (p < parts.length && parts[p].start < line.end && parts[p].start > line.start) line.aside = line.blank
  }
}

/** The end of the last content line that ends before `offset` (binary search: content is in order). */
function lastEndBefore(lines: MailLine[], content: number[], offset: number): number {
  let low = 0
  let high = content.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (lines[content[middle]].end < offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found === -1 ? -1 : lines[content[found]].end
}

/** The sender's name on the first name-like line of a `-- ` signature right after the closing. */
function nameFromSignaturePart(lines: MailLine[], setAside: SetAsidePart[], after: number): Span | undefined {
  const part = setAside.find((item) => item.kind === 'signature' && item.start >= after)
  if (!part) return undefined
  // Only blank lines between the closing and the signature.
  let at = lines.findIndex((line) => line.start >= after)
  while (at !== -1 && at < lines.length && lines[at].end <= part.start && lines[at].blank) at++
  if (at === -1 || at >= lines.length || lines[at].start !== part.start) return undefined
  for (let checked = 0; at < lines.length && lines[at].start < part.end && checked < 3; checked++, at++) {
    if (lines[at].nameLike) return trimmedSpan(lines[at])
  }
  return undefined
}

/** `text` with everything outside `spans` replaced by spaces (newlines kept): same offsets. */
function blankOutside(text: string, spans: Span[]): string {
  let result = ''
  let at = 0
  for (const span of spans) {
    if (span.start < at) continue
    result += blank(text.slice(at, span.start)) + text.slice(span.start, span.end)
    at = span.end
  }
  return result + blank(text.slice(at))
}

function blank(value: string): string {
  return value.replace(/[^\n]/g, ' ')
}

function collectSentences(tree: Root, prose: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = []
  let p = 0
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue
    for (const node of (child as NlcstParagraph).children) {
      if (node.type !== 'SentenceNode') continue
      const start = node.position!.start.offset!
      const end = node.position!.end.offset!
      while (p < paragraphs.length && paragraphs[p].end <= start) p++
      const inBody = p < paragraphs.length && paragraphs[p].start <= start
      const sentence: Sentence = {
        start,
        end,
        text: prose.slice(start, end),
        words: wordsOf(node as NlcstSentence),
        paragraph: inBody ? p : -1,
        node: node as NlcstSentence
      }
      sentences.push(sentence)
      if (inBody) paragraphs[p].sentences.push(sentence)
    }
  }
  return sentences
}

function wordsOf(sentence: NlcstSentence): Word[] {
  const words: Word[] = []
  for (const node of sentence.children) {
    if (node.type === 'WordNode') {
      words.push({start: node.position!.start.offset!, end: node.position!.end.offset!, text: toString(node)})
    }
  }
  return words
}
