/**
 * Split a Source into headers, opening, body, closing and set-aside parts, and parse the writer's
 * prose into sentences and words (NLCST) with offsets into `source.text`.
 *
 * The split is line-based and linear: set-aside parts (quotes, signatures, disclaimers) are found
 * first, then leading header lines, the salutation from the top, the complimentary close from the
 * bottom, and the body is what lies between.
 */
import type {Root, Paragraph as NlcstParagraph, Sentence as NlcstSentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {
  Closing,
  CorrDocument,
  HeaderField,
  HeaderName,
  Opening,
  Paragraph,
  Part,
  SetAsidePart,
  Sentence,
  Source,
  Span,
  Word
} from '../types.js'
import {findSetAside} from './setaside.js'
import {parseProse} from './parse.js'
import {
  matchClose,
  matchSalutation,
  isDateLine,
  isReferenceLine,
  isSubjectHeading,
  isHeadingLine,
  isNameLike,
  isSignatureLike,
  isProseLike
} from './lines-classify.js'
import {append} from '../arrays.js'

export {lineStarts, positionAt} from './lines.js'

interface Line extends Span {
  text: string
  blank: boolean
  aside: boolean
}

const HEADER_LINE = /^(subject|to|from|cc|bcc|date|reply-to) ?:(.*)$/i
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/

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
  const lines = splitLines(text)

  // 1. Headers: consecutive `Name: value` lines at the very top.
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

  // 2. Set-aside parts, ignoring any that start inside the header block.
  const setAside = mergeSetAside(
    [...(source.setAside ?? []), ...findSetAside(text)].filter(
      (part) => !headerSpan || part.start >= headerSpan.end
    )
  )
  markAside(lines, setAside)

  const content: number[] = []
  for (let index = headerEnd; index < lines.length; index++) {
    if (!lines[index].blank && !lines[index].aside) content.push(index)
  }

  // 3. Salutation: the first greeting line before any body prose.
  const opening: Opening = {addressBlocks: [], references: []}
  // A line or two of prose above the greeting is kept (as misplaced prose) so the order can be checked.
  let salutationAt = -1
  const proseBefore: number[] = []
  for (const index of content) {
    const line = lines[index]
    const salutation = matchSalutation(line.text, line.start)
    if (salutation) {
      opening.salutation = salutation
      salutationAt = index
      break
    }
    if (isProseLike(line.text) && proseBefore.push(index) > 2) break
  }
  if (salutationAt === -1) proseBefore.length = 0

  // 4. Complimentary close: scanning up from the end over signature-like lines.
  const closing: Closing = {signatureLines: []}
  let closeAt = -1
  // A few lines of prose below the name (a misplaced paragraph) do not hide a close above them,
  // as long as a name follows that close.
  let proseLines = 0
  for (let k = content.length - 1, seen = 0; k >= 0 && seen < 15; k--, seen++) {
    const index = content[k]
    if (index <= salutationAt) break
    const line = lines[index]
    const close = matchClose(line.text, line.start)
    const next = content[k + 1]
    if (close && (proseLines === 0 || close.name || (next !== undefined && isNameLike(lines[next].text)))) {
      closing.complimentaryClose = close.close
      if (close.name) closing.senderName = close.name
      closeAt = index
      break
    }
    if (!isSignatureLike(line.text) && ++proseLines > 3) break
  }

  // The closing runs from the close (or a trailing name block) to the last content line.
  let closingFrom = closeAt
  if (closeAt === -1) closingFrom = findTrailingSignature(lines, content, salutationAt)
  if (closingFrom !== -1) {
    const tail = content.filter((index) => index >= closingFrom)
    const after = tail.filter((index) => index > closeAt)
    for (const index of after) {
      const line = lines[index]
      const span = trimmedSpan(line)
      if (!closing.senderName && isNameLike(line.text)) closing.senderName = span
      else closing.signatureLines.push(span)
    }
    if (!closing.senderName) closing.senderName = nameFromSignaturePart(text, setAside, lines[tail.at(-1)!].end)
    closing.span = {start: lines[tail[0]].start, end: lines[tail.at(-1)!].end}
  }

  // 5. Opening: address blocks, date, references and a subject heading around the salutation.
  const bodyLimit = closingFrom === -1 ? Infinity : closingFrom
  let bodyFrom = salutationAt === -1 ? -1 : salutationAt
  const openingLines: number[] = []
  if (salutationAt !== -1) {
    for (const index of content) if (index <= salutationAt) openingLines.push(index)
    // A `Re:` or capitals heading right after the salutation belongs to the opening, and so does the
    // sentence-case heading of a UK letter (`Your membership cancellation, reference HLC/88213`): one short
    // line standing alone, with no sentence punctuation at its end, and more prose below it.
    const nextAt = content.findIndex((index) => index > salutationAt)
    const next = nextAt === -1 ? undefined : content[nextAt]
    const standsAlone = next !== undefined && content[nextAt + 1] !== undefined && content[nextAt + 1] > next + 1 && content[nextAt + 1] < bodyLimit
    if (next !== undefined && next < bodyLimit && (isSubjectHeading(lines[next].text) || (standsAlone && isHeadingLine(lines[next].text)))) {
      opening.subjectLine = trimmedSpan(lines[next])
      openingLines.push(next)
      bodyFrom = next
    }
  } else {
    // No salutation: leading letter furniture (addresses, date, reference) is still the opening.
    for (const block of blocksOf(lines, content)) {
      if (block[0] >= bodyLimit || block.some((index) => isProseLike(lines[index].text))) break
      append(openingLines, block)
      bodyFrom = block.at(-1)!
    }
  }
  classifyOpening(
    lines,
    openingLines.filter((index) => !proseBefore.includes(index)),
    salutationAt,
    opening
  )
  if (openingLines.length > 0) {
    opening.span = {start: lines[openingLines[0]].start, end: lines[openingLines.at(-1)!].end}
  }

  // 6. Body: the paragraphs between opening and closing.
  const bodyLines = content.filter((index) => index > bodyFrom && index < bodyLimit)
  const paragraphSpans: Span[] = blocksOf(lines, bodyLines).map((block) => ({
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

  // 7. The writer's prose: salutation, subject heading, body, close, name and signature lines.
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
  if (closing.span) parts.push({kind: 'closing', ...closing.span})
  for (const part of setAside) parts.push({...part})
  parts.sort((a, b) => a.start - b.start)

  return {source, text, kind, headers, opening, body, closing, setAside, parts, sentences, tree, prose}
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const lineText = text.slice(start, end)
    lines.push({start, end, text: lineText, blank: lineText.trim() === '', aside: false})
    if (end === text.length) break
    start = end + 1
  }
  return lines
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

function markAside(lines: Line[], parts: SetAsidePart[]): void {
  let p = 0
  for (const line of lines) {
    while (p < parts.length && parts[p].end <= line.start) p++
    if (p < parts.length && parts[p].start <= line.start && line.start < parts[p].end) line.aside = true
    else if (p < parts.length && parts[p].start < line.end && parts[p].start > line.start) line.aside = line.blank
  }
}

/** Group line indices into blocks of consecutive lines (a gap in indices is a paragraph break). */
function blocksOf(lines: Line[], indices: number[]): number[][] {
  const blocks: number[][] = []
  for (const index of indices) {
    const block = blocks.at(-1)
    if (block && index === block.at(-1)! + 1) block.push(index)
    else blocks.push([index])
  }
  return blocks
}

function trimmedSpan(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length
  return {start: line.start + lead, end: line.start + line.text.trimEnd().length}
}

/** With no close, a short block of name and role lines at the end is still the closing. */
function findTrailingSignature(lines: Line[], content: number[], salutationAt: number): number {
  const blocks = blocksOf(lines, content.filter((index) => index > salutationAt))
  if (blocks.length < 2) return -1
  const last = blocks.at(-1)!
  if (last.length > 6 || !isNameLike(lines[last[0]].text)) return -1
  return last.every((index) => isSignatureLike(lines[index].text)) ? last[0] : -1
}

/** The sender's name on the first name-like line of a `-- ` signature right after the closing. */
function nameFromSignaturePart(text: string, setAside: SetAsidePart[], after: number): Span | undefined {
  const part = setAside.find((item) => item.kind === 'signature' && item.start >= after)
  if (!part || text.slice(after, part.start).trim() !== '') return undefined
  let start = part.start
  for (let checked = 0; start < part.end && checked < 3; checked++) {
    let end = text.indexOf('\n', start)
    if (end === -1 || end > part.end) end = part.end
    const lineText = text.slice(start, end)
    if (isNameLike(lineText)) {
      const lead = lineText.length - lineText.trimStart().length
      return {start: start + lead, end: start + lineText.trimEnd().length}
    }
    start = end + 1
  }
  return undefined
}

function classifyOpening(
  lines: Line[],
  openingLines: number[],
  salutationAt: number,
  opening: Opening
): void {
  const before = openingLines.filter((index) => salutationAt === -1 || index < salutationAt)
  for (const block of blocksOf(lines, before)) {
    const address: number[] = []
    for (const index of block) {
      const line = lines[index]
      if (!opening.date && isDateLine(line.text)) opening.date = trimmedSpan(line)
      else if (isReferenceLine(line.text)) opening.references.push(trimmedSpan(line))
      else if (!opening.subjectLine && isSubjectHeading(line.text) && block.length === 1) {
        opening.subjectLine = trimmedSpan(line)
      } else address.push(index)
    }
    // An address has several lines, or at least a postcode; a lone line (a heading) is not one.
    if (address.length > 1 || (address.length === 1 && UK_POSTCODE.test(lines[address[0]].text))) {
      opening.addressBlocks.push({start: lines[address[0]].start, end: lines[address.at(-1)!].end})
    }
  }
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
