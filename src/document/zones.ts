/**
 * Step 2 of the splitter: decide opening, body and closing from the classified lines.
 *
 * Reads only the kinds and flags that `classify.ts` gave each line (never a line's text through a
 * classifier again), over the writer's content lines (not blank, not set aside, below the draft's
 * own header block): the salutation from the top, the close and the sender from the bottom, the
 * letter furniture around the salutation, and the body is what lies between. Every loop is one walk
 * over the content lines, or a bounded one (at most 15 lines up from the end).
 */

import {append} from '../arrays.js'
import type {Closing, Opening, Salutation, Span} from '../types.js'
import type {MailLine} from './classify.js'

const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/

/** Capitalised words that open a line with a comma, colon or dash but are not a name: `Yes,`, `Agenda:`, `However,`. */
const NOT_NAMES = new Set(
  (
    'yes no ok okay sure well so also thanks sorry please note notes fyi ps update updates agreed done correct right ' +
    'great perfect absolutely unfortunately however again first firstly second secondly finally anyway regarding ' +
    'attention attn summary background question questions answer answers comments agenda action actions status ' +
    'details total date time location where when what why how who which today tomorrow yesterday tonight monday ' +
    'tuesday wednesday thursday friday saturday sunday subject re fw fwd attachment attachments important urgent ' +
    'reminder hmm oh ah and but or if as in on at for to from by with after before since though although because ' +
    'meanwhile additionally furthermore moreover therefore otherwise currently recently basically actually honestly ' +
    'personally hopefully obviously clearly apparently interestingly indeed instead besides similarly likewise ' +
    'overall ultimately originally initially later lastly next then now here there this that these those it its ' +
    'i we you they he she our my your their his her all everyone hello hi dear thank cheers regards best ' +
    'guys folks team gentlemen ladies sir madam sirs perhaps sadly luckily fortunately thankfully surprisingly ' +
    'frankly briefly essentially generally typically usually normally alternatively accordingly consequently ' +
    'nevertheless nonetheless still yet plus anyhow btw incidentally separately regardless specifically ideally ' +
    'importantly great good fine nice cool sounds looks attached enclosed below above ooops oops whoops'
  ).split(' ')
)

/** `Shirley,` / `Daren:` / `Fiona -` alone, or `Chris, I don't think…`: a first name, a mark, perhaps the body. */
const NAME_GREETING = /^\s*(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:\s?[,:]|\s?-{1,2}|\.$)/u

/** What step 2 decided: the opening, the closing and where the body lies between them. */
export interface Zones {
  opening: Opening
  closing: Closing
  /** Content index of the salutation line, or -1. */
  salutationAt: number
  /** Line index after which the body starts (-1: from the first content line). */
  bodyFrom: number
  /** Line index at which the closing starts (Infinity: no closing). */
  bodyLimit: number
  /** Lines of prose above the salutation (misplaced prose, kept so the order can be checked). */
  proseBefore: number[]
  /** The signature block of the closing (the sender's name with role, organisation or contact lines). */
  signatureBlock?: Span
}

/**
 * Decide the zones.
 * @param lines Every classified line, with `aside` set.
 * @param content Indices of the writer's content lines, in order.
 */
export function decideZones(lines: MailLine[], content: number[]): Zones {
  const opening: Opening = {addressBlocks: [], references: []}

  // The salutation: the first greeting line before any body prose, or a name alone on the first
  // line (`Shirley,`, `Daren:`) with more text below it.
  let salutationAt = -1
  const proseBefore: number[] = []
  for (const [k, index] of content.entries()) {
    const line = lines[index]
    if (line.salutation) {
      opening.salutation = line.salutation
      salutationAt = index
      break
    }
    if (k === 0 && content.length > 2) {
      const named = nameGreeting(line)
      if (named) {
        opening.salutation = named
        salutationAt = index
        break
      }
    }
    if (line.proseLike && proseBefore.push(index) > 2) break
  }
  if (salutationAt === -1) proseBefore.length = 0

  const closing: Closing = {signatureLines: []}
  const {closeAt, closingFrom} = findClosing(lines, content, salutationAt, closing)

  // The closing runs from the close (or a trailing name) to the last content line.
  let signatureBlock: Span | undefined
  if (closingFrom !== -1) {
    const tail = content.filter((index) => index >= closingFrom)
    let nameAt = -1
    for (const index of tail) {
      if (index <= closeAt) continue
      const line = lines[index]
      const span = trimmedSpan(line)
      if (!closing.senderName && (line.nameLike || line.kind === 'dash-name' || line.kind === 'initials')) {
        closing.senderName = line.kind === 'dash-name' || line.kind === 'initials' ? dashName(line) : span
        nameAt = index
      } else closing.signatureLines.push(span)
    }
    closing.span = {start: lines[tail[0]].start, end: lines[tail.at(-1)!].end}
    signatureBlock = signatureBlockOf(
      lines,
      tail.filter((index) => index > closeAt),
      nameAt
    )
  }

  // Opening: address blocks, date, references and a subject heading around the salutation.
  const bodyLimit = closingFrom === -1 ? Infinity : closingFrom
  let bodyFrom = salutationAt
  const openingLines: number[] = []
  if (salutationAt !== -1) {
    for (const index of content) if (index <= salutationAt) openingLines.push(index)
    // A `Re:` or capitals heading right after the salutation belongs to the opening, and so does the
    // sentence-case heading of a UK letter (`Your membership cancellation, reference HLC/88213`): one short
    // line standing alone, with no sentence punctuation at its end, and more prose below it.
    const nextAt = content.findIndex((index) => index > salutationAt)
    const next = nextAt === -1 ? undefined : content[nextAt]
    const after = content[nextAt + 1]
    const standsAlone = next !== undefined && after !== undefined && after > next + 1 && after < bodyLimit
    if (next !== undefined && next < bodyLimit && (lines[next].subject || (standsAlone && lines[next].headingLike))) {
      opening.subjectLine = trimmedSpan(lines[next])
      openingLines.push(next)
      bodyFrom = next
    }
  } else {
    // No salutation: leading letter furniture (addresses, date, reference, headings) is still the
    // opening — unless that leaves no body: then a Markdown heading states the news, and the body
    // starts there (`# Your visit is booked` and a line below it).
    const blocks = blocksOf(content)
    let furniture = 0
    while (furniture < blocks.length) {
      const block = blocks[furniture]
      if (block[0] >= bodyLimit || block.some((index) => lines[index].proseLike)) break
      furniture++
    }
    const bodyLeft = furniture < blocks.length && blocks[furniture][0] < bodyLimit
    for (const block of blocks.slice(0, furniture)) {
      if (!bodyLeft && startsWithHeading(lines[block[0]])) break
      append(openingLines, block)
      bodyFrom = block.at(-1)!
    }
  }
  const before = new Set(proseBefore)
  classifyOpening(
    lines,
    openingLines.filter((index) => !before.has(index)),
    salutationAt,
    opening
  )
  if (openingLines.length > 0) {
    opening.span = {start: lines[openingLines[0]].start, end: lines[openingLines.at(-1)!].end}
  }
  return {opening, closing, salutationAt, bodyFrom, bodyLimit, proseBefore, signatureBlock}
}

/**
 * A greeting by first name (informal) on the first line: `Shirley,`, `Daren:`, `Fiona -`, `Kristin.`
 * alone, or followed on the same line by the body (`Chris, I don't believe this is real.`).
 */
function nameGreeting(line: MailLine): Salutation | undefined {
  if (line.kind === 'greeting' || line.kind === 'close' || line.kind === 'quoted') return undefined
  if (line.markdownHeading) return undefined
  const match = NAME_GREETING.exec(line.text)
  if (!match || NOT_NAMES.has(match[1].toLowerCase())) return undefined
  const rest = line.text.slice(match[0].length).trim()
  // A full stop ends a greeting only on a line of its own (`Kristin.`); `Fine.` or `Kay.` then text is prose.
  if (match[0].endsWith('.') && rest !== '') return undefined
  // With the body on the same line, only a comma or a dash separates a name from it
  // (`Chris, I …`, `Justin - are …`).
  if (rest !== '' && (/:$/.test(match[0]) || !/^[\p{L}"'‘“(]/u.test(rest))) return undefined
  const lead = line.text.length - line.text.trimStart().length
  const text = match[0].trim()
  return {
    start: line.start + lead,
    end: line.start + lead + text.length,
    text,
    greeting: '',
    addressee: match[1],
    style: 'informal'
  }
}

/**
 * The complimentary close, scanning up from the end over signature-like lines, or (with no close)
 * a trailing name: its line index and where the closing starts (-1 when none).
 */
function findClosing(
  lines: MailLine[],
  content: number[],
  salutationAt: number,
  closing: Closing
): {closeAt: number; closingFrom: number} {
  // A few lines of prose below the name (a misplaced paragraph) do not hide a close above them,
  // as long as a name follows that close.
  let proseLines = 0
  // Contact lines (links, reference-style link labels, phone numbers) below the close do not count towards the 15.
  for (let k = content.length - 1, seen = 0; k >= 0 && seen < 15; k--) {
    const index = content[k]
    if (index <= salutationAt) break
    const line = lines[index]
    if (line.kind !== 'contact') seen++
    const close = line.close
    const next = content[k + 1]
    if (close && (proseLines === 0 || close.name || (next !== undefined && lines[next].nameLike))) {
      closing.complimentaryClose = close.close
      if (close.name) closing.senderName = close.name
      return {closeAt: index, closingFrom: index}
    }
    if (!line.signatureLike && ++proseLines > 3) break
  }
  return {closeAt: -1, closingFrom: trailingSignature(lines, content, salutationAt)}
}

/**
 * With no close, the closing is still found at the end: a dash and a name (`-Shannon`); the first of
 * up to three short trailing blocks of signature lines that starts with a name (`Vince` / blank /
 * `Vincent Kaminski` / `Managing Director` / blank / `Phone: …`), after some body or with role or
 * contact lines of its own; or a first name alone below the last sentence.
 */
function trailingSignature(lines: MailLine[], content: number[], salutationAt: number): number {
  const own = content.filter((index) => index > salutationAt)
  const lastLine = own.at(-1)
  if (lastLine === undefined) return -1
  // A dash and a name below a line that starts with a dash too is the last item of a list (`- Small` / `- Large`).
  const signed = lines[lastLine].kind === 'dash-name' || lines[lastLine].kind === 'initials'
  if (signed && own.length >= 2 && !/^\s*[-–—•*]/.test(lines[own.at(-2)!].text)) return lastLine
  const blocks = blocksOf(own)
  let from = -1
  for (let b = blocks.length - 1; b >= 0 && b >= blocks.length - 3; b--) {
    const block = blocks[b]
    if (block.length > 10 || !block.every((index) => lines[index].signatureLike && !lines[index].proseLike)) break
    const head = lines[block[0]]
    if (!(head.nameLike || head.kind === 'dash-name') || head.salutation) continue
    const detail = block.slice(1).some((index) => lines[index].kind === 'role' || lines[index].kind === 'contact')
    if (b > 0 ? block.length <= 6 || detail : detail) from = block[0]
  }
  if (from !== -1) return from
  // `… let me know.` then `Vince` on the next line.
  if (own.length < 2) return -1
  const above = lines[own.at(-2)!]
  const name = lines[lastLine]
  if (name.kind === 'name' && name.text.trim().split(/\s+/).length <= 2 && /[.?!]["')]?$/.test(above.text.trim())) {
    return lastLine
  }
  return -1
}

/** The name of a `-Shannon` (or initials `jg`) line, without its dash. */
function dashName(line: MailLine): Span {
  const span = trimmedSpan(line)
  let start = span.start
  while (start < span.end && /[-–—~/ ]/.test(line.text[start - line.start])) start++
  return {start, end: span.end}
}

/**
 * The signature block among the lines after the close: the lines below the sender's name when the
 * name stands alone as the sign-off (`Regards,` / `Sam` / blank / `Sam Okafor` / `Manager`), or the
 * name with the lines that follow it in its paragraph (`Sam Okafor` / `Customer Relations` / phone).
 */
function signatureBlockOf(lines: MailLine[], after: number[], nameAt: number): Span | undefined {
  let from = nameAt === -1 ? 0 : after.indexOf(nameAt)
  if (from === -1) return undefined
  const next = after[from + 1]
  // A name alone in its paragraph, or signed with a dash or initials, is the sign-off; the block is below it.
  const signOff = nameAt !== -1 && (lines[nameAt].kind === 'dash-name' || lines[nameAt].kind === 'initials')
  if (nameAt !== -1 && (signOff || next === undefined || next > nameAt + 1)) from++
  const block = after.slice(from)
  if (block.length === 0 || (nameAt === after[from] && block.length < 2)) return undefined
  if (!block.every((index) => lines[index].signatureLike && !lines[index].proseLike)) return undefined
  return {start: lines[block[0]].start, end: lines[block.at(-1)!].end}
}

/** A block that opens with a Markdown heading in words (`# Your visit is booked`, not `#3500, 855 2nd Street`). */
function startsWithHeading(line: MailLine): boolean {
  return line.markdownHeading && /^\s{0,3}#{1,6}\s?\p{L}/u.test(line.text)
}

/** Group line indices into blocks of consecutive lines (a gap in indices is a paragraph break). */
export function blocksOf(indices: number[]): number[][] {
  const blocks: number[][] = []
  for (const index of indices) {
    const block = blocks.at(-1)
    if (block && index === block.at(-1)! + 1) block.push(index)
    else blocks.push([index])
  }
  return blocks
}

export function trimmedSpan(line: MailLine): Span {
  const lead = line.text.length - line.text.trimStart().length
  return {start: line.start + lead, end: line.start + line.text.trimEnd().length}
}

function classifyOpening(lines: MailLine[], openingLines: number[], salutationAt: number, opening: Opening): void {
  const before = openingLines.filter((index) => salutationAt === -1 || index < salutationAt)
  for (const block of blocksOf(before)) {
    const address: number[] = []
    for (const index of block) {
      const line = lines[index]
      if (!opening.date && line.kind === 'date') opening.date = trimmedSpan(line)
      else if (line.kind === 'reference') opening.references.push(trimmedSpan(line))
      else if (!opening.subjectLine && line.subject && block.length === 1) {
        opening.subjectLine = trimmedSpan(line)
      } else address.push(index)
    }
    // An address has several lines, or at least a postcode; a lone line (a heading) is not one.
    if (address.length > 1 || (address.length === 1 && UK_POSTCODE.test(lines[address[0]].text))) {
      opening.addressBlocks.push({start: lines[address[0]].start, end: lines[address.at(-1)!].end})
    }
  }
}
