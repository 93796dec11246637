/**
 * Find the parts of a message that are not the writer's own prose: quoted earlier messages,
 * forwarded messages, `-- ` signatures and mobile boilerplate, legal disclaimers,
 * unsubscribe footers, and annexes enclosed after the sign-off.
 *
 * Works line by line over the analysed text, so every span covers whole lines (from the start of
 * its first line to the end of its last non-blank line). Every regular expression is tested
 * against one line at a time and has no nested quantifiers, so the whole scan is linear.
 *
 * The writer's own sign-off (`Kind regards,` / name / role / phone) is deliberately NOT set aside:
 * it is the complimentary close, which the document splitter finds and the structure rules check.
 */
import type {SetAsideKind, SetAsidePart} from '../types.js'
import {classifyLines, type MailLine} from './classify.js'

type Line = MailLine

/** Attribution lines that open a quoted earlier message: `On 3 May 2024, Jo wrote:` and friends. */
const ATTRIBUTION_START =
  /^[\s-]*(?:on|le|am|el|em|op|il|in data|den|dne|dnia|w dniu|pe|la|на|в|\d{1,4}[-./]\d{1,2}[-./]\d{1,4})\s/i
const ATTRIBUTION_END =
  /(?:wrote|writes|a écrit|schrieb|escribió|escreveu|schreef|ha scritto|skrev|napisał(?:\(a\))?|napisal|napisała|napsal|írta|kirjoitti|пишет|написал|написала|geschreven)(?:\s?:|\s-{2,})\s*$/i
/** `Jo Bloggs <jo@example.com> wrote:` with no leading `On`. */
const BARE_ATTRIBUTION = /(?:wrote|a écrit|schrieb|escribió|escreveu|schreef|ha scritto|skrev)\s?:\s*$/i
/** A date-and-address attribution in any language: a time, an address, and a final colon. */
const TIME = /\d{1,2}[:.]\d{2}/
const ADDRESS = /@[\w-]+\./

const RULE_LINE = /^\s*[_-]{8,}\s*$/

const DISCLAIMER =
  /(?:this (?:e-?mail|message|communication|transmission)(?: and any (?:files|attachments?)(?: transmitted with it)?)? (?:is|are|may (?:be|contain)|contains?) (?:strictly )?(?:confidential|privileged|intended)|if you (?:are not|have received this) (?:the intended recipient|(?:e-?mail|message|communication) in error)|intended (?:solely|only) for the (?:use of the )?(?:individual|addressee|person|named recipient)|registered (?:in england|in scotland|office\s?:)|company (?:registration )?(?:number|no\.?)\s?:?\s?\d|registered (?:company )?(?:number|no\.?)\s?:?\s?\d|authorised and regulated by the (?:financial conduct|prudential regulation)|^\s*[*_]{0,2}(?:disclaimer|confidentiality notice|legal notice)\s?[*_]{0,2}:|information (?:contained )?in this (?:e-?mail|message|communication)(?: and any attachments)? (?:is|may be) (?:strictly )?(?:confidential|privileged)|(?:e-?mails?|communications) (?:may be|are|will be) (?:monitored|recorded)|vat (?:registration )?(?:number|no\.?)\s?:?\s?(?:gb)?\s?\d|please consider the environment before printing|think before you print|scanned for (?:viruses|malware)|any views or opinions (?:expressed|presented))/i
const FOOTER =
  /(?:(?:to|here to|click here to|you can|you may) unsubscribe|unsubscribe (?:here|at any time|from (?:this|these|our|all|future))|^\s*unsubscribe\b|manage (?:your )?(?:email )?(?:preferences|subscriptions?)|update your (?:email )?preferences|you are receiving this (?:e-?mail|message)|you received this (?:e-?mail|message) because|view (?:this email )?in (?:your )?browser|to stop receiving|opt[- ]out of|all rights reserved|mailman\/listinfo|^\S+ mailing list$)/i
/** A complimentary close after a candidate disclaimer means the "disclaimer" was body prose. */
const CLOSE =
  /^\s*(?:kind regards|best regards|warm regards|regards|yours sincerely|yours faithfully|many thanks|best wishes|thanks|with thanks)\b/i

/**
 * Find the set-aside spans of `text`, in order and not overlapping.
 * @param text The analysed text of a message (`\n` line endings).
 * @param lines Its classified lines, when the caller has them already.
 */
export function findSetAside(text: string, lines: MailLine[] = classifyLines(text)): SetAsidePart[] {
  const parts: SetAsidePart[] = []
  const attributions = new Map<number, number>()
  const quote = findQuoteStart(lines, attributions)
  const regionEnd = quote ? quote.line : lines.length

  // `>` runs before the first attribution/header (inline replies, bottom posting), each with
  // the attribution line that introduces it.
  const quoteRuns = findQuotedRuns(lines, regionEnd).map((run) => ({
    first: attributions.get(run.first) ?? run.first,
    last: run.last
  }))

  const tail = findTail(lines, regionEnd)
  const enclosure = findEnclosure(lines, tail ? tail.line : regionEnd)
  const signature = findSignatureDelimiter(lines, enclosure ?? (tail ? tail.line : regionEnd))

  for (const run of quoteRuns) {
    if (signature !== undefined && run.first >= signature) continue
    if (tail && run.first >= tail.line) continue
    push(parts, lines, run.first, run.last, 'quote', text)
  }
  // Mobile boilerplate ends the writer's part: only trailing lines count.
  // Quote runs (with their attributions) below it do not count as the writer's part.
  const inRun = new Uint8Array(lines.length)
  for (const run of quoteRuns) inRun.fill(1, run.first, run.last + 1)
  let last = (signature ?? (tail ? tail.line : regionEnd)) - 1
  while (last >= 0 && (isBlank(lines[last]) || inRun[last])) last--
  let first = last + 1
  for (let i = last; i >= 0; i--) {
    if (isBlank(lines[i]) || inRun[i]) continue
    if (lines[i].kind !== 'boilerplate') break
    first = i
  }
  if (first <= last) push(parts, lines, first, last, 'signature', text)
  if (signature !== undefined) push(parts, lines, signature, (tail ? tail.line : regionEnd) - 1, 'signature', text)
  if (enclosure !== undefined) push(parts, lines, enclosure, (tail ? tail.line : regionEnd) - 1, 'enclosure', text)
  if (tail) {
    for (const block of tail.blocks) push(parts, lines, block.first, block.last, block.kind, text)
  }
  if (quote) push(parts, lines, quote.line, lines.length - 1, quote.kind, text)
  return parts.sort((a, b) => a.start - b.start)
}

function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.blank
}

function isQuoted(line: Line): boolean {
  return line.kind === 'quoted'
}

/** Add the lines `first..last` (trimmed of blank lines) as one part. */
function push(
  parts: SetAsidePart[],
  lines: Line[],
  first: number,
  last: number,
  kind: SetAsideKind,
  text: string
): void {
  while (first <= last && isBlank(lines[first])) first++
  while (last >= first && isBlank(lines[last])) last--
  if (first > last) return
  const start = lines[first].start
  const end = lines[last].end
  const previous = parts[parts.length - 1]
  if (previous && previous.kind === kind && (previous.end >= start || text.slice(previous.end, start).trim() === '')) {
    previous.end = Math.max(previous.end, end)
    return
  }
  parts.push({start, end, kind})
}

/**
 * The first line after which everything is an earlier message (quoted or forwarded). An
 * attribution directly followed by `>` lines is not: it belongs to that run only (inline replies
 * may follow), and is recorded in `attributions` (run's first line → attribution's first line).
 */
function findQuoteStart(
  lines: Line[],
  attributions: Map<number, number>
): {line: number; kind: 'quote' | 'forward'} | undefined {
  let seenContent = false
  // The last line of the text that is neither blank nor quoted.
  let lastOwn = lines.length - 1
  while (lastOwn >= 0 && (isBlank(lines[lastOwn]) || isQuoted(lines[lastOwn]))) lastOwn--
  for (let i = 0; i < lines.length; i++) {
    const kind = lines[i].kind
    if (kind === 'forward-header') return {line: i, kind: 'forward'}
    if (kind === 'original-header') return {line: i, kind: 'quote'}
    const attributionEnd = attributionAt(lines, i)
    if (attributionEnd !== -1) {
      let next = attributionEnd + 1
      while (next < lines.length && isBlank(lines[next])) next++
      // An attribution and `>` lines with nothing of the writer's after them (bottom of a reply, perhaps
      // below a `-- ` signature or a disclaimer) is the earlier message, to the end.
      if (seenContent && attributionEnd >= lastOwn && next < lines.length && isQuoted(lines[next])) {
        return {line: i, kind: 'quote'}
      }
      if (next < lines.length && isQuoted(lines[next])) {
        // The run starts at the first `>` line after the attribution's first line (which may be
        // the attribution's own wrapped `>:` end).
        let runStart = i + 1
        while (!isQuoted(lines[runStart])) runStart++
        attributions.set(runStart, i)
        i = next - 1
        continue
      }
      // A message that opens with an unquoted earlier message is all that earlier message:
      // keep it rather than leave nothing to check. With no `>` lines to confirm it, a mail
      // client's attribution carries an address, a time or a year ("On 12 March, our engineer
      // wrote:" in the body does not).
      const attribution = lines
        .slice(i, attributionEnd + 1)
        .map((line) => line.text)
        .join(' ')
      if (
        seenContent &&
        (ADDRESS.test(attribution) || TIME.test(attribution) || /\b(?:19|20)\d{2}\b|\d\/\d/.test(attribution))
      ) {
        return {line: i, kind: 'quote'}
      }
      i = attributionEnd
      continue
    }
    if (seenContent && lines[i].field === 'from' && isHeaderBlock(lines, i)) {
      // An Outlook rule line (`____`, `-----`) just above, perhaps after a blank line, belongs to the quote.
      // Header fields above `From:` (`Date:`, `Subject:` in some clients) belong to the block.
      let first = i
      while (first > 0 && lines[first - 1].field === 'other') first--
      let above = first - 1
      while (above >= 0 && above >= i - 2 && isBlank(lines[above])) above--
      if (above >= 0 && RULE_LINE.test(lines[above].text)) first = above
      return {line: first, kind: 'quote'}
    }
    if (seenContent && lines[i].sentAt) {
      const header = sentAtHeader(lines, i)
      if (header !== -1) return {line: header, kind: 'quote'}
    }
    if (!isBlank(lines[i]) && !lines[i].field) seenContent = true
  }
  return undefined
}

/**
 * When an attribution starts at line `i` — `On … wrote:` (perhaps wrapped over up to four short
 * lines), a bare `Jo <jo@example.com> wrote:` followed by `>` lines, or a line with a time and an
 * address ending in a colon (`2016-10-24 15:36 GMT+02:00 Jo <jo@example.com>:`) — the index of
 * its last line, else -1.
 */
function attributionAt(lines: Line[], i: number): number {
  const first = lines[i].text
  if (first.length > 300 || isQuoted(lines[i]) || isBlank(lines[i])) return -1
  const bare = BARE_ATTRIBUTION.test(first) && ADDRESS.test(first)
  if (!/\d/.test(first) && !bare) return -1
  const startsLikeOne = ATTRIBUTION_START.test(first)
  let joined = ''
  for (let j = i; j < lines.length && j <= i + 4; j++) {
    const text = lines[j].text
    // An address wrapped at its closing bracket leaves `>:` (or `> wrote:`) on the next line.
    const wrappedEnd = j > i && /^\s*>\s*(?::|wrote\s?:|a écrit\s?:|schrieb\s?:)\s*$/i.test(text)
    if (text.length > 200 || (j > i && isQuoted(lines[j]) && !wrappedEnd)) break
    joined += ' ' + text
    if (isBlank(lines[j])) {
      if (!startsLikeOne) break
      continue
    }
    if (
      ATTRIBUTION_END.test(text) &&
      /\d|@/.test(joined) &&
      (startsLikeOne || ADDRESS.test(joined) || quotedAfter(lines, j))
    )
      return j
    if (
      /:\s*$/.test(text) &&
      ADDRESS.test(joined) &&
      (TIME.test(joined) || /\b(?:wrote|schrieb|a écrit|escribió|schreef|skrev) /i.test(joined))
    )
      return j
    if (j === i && BARE_ATTRIBUTION.test(text)) return bare || quotedAfter(lines, i) ? i : -1
    // `On … John <john@example.com> wrote` with no colon, directly above `>` lines.
    if (
      startsLikeOne &&
      /\b(?:wrote|schrieb|a écrit|skrev|schreef)\s*$/i.test(text) &&
      ADDRESS.test(joined) &&
      quotedAfter(lines, j)
    )
      return j
    if (/[.!?]\s*$/.test(text) && !ADDRESS.test(text)) break
  }
  return -1
}

/** Whether the next non-blank line after `i` is a `>` line. */
function quotedAfter(lines: Line[], i: number): boolean {
  let next = i + 1
  while (next < lines.length && isBlank(lines[next])) next++
  return next < lines.length && isQuoted(lines[next])
}

/**
 * A Lotus Notes or Outlook reply header without `From:`: a sender-and-time line (`12/11/2000 02:19 PM`,
 * perhaps after the sender's name on the line above, or `jo@example.com on 01/12/2000 07:27 PM`)
 * with a `To:` or `cc:` field within the next four lines. Returns the header's first line, else -1.
 */
function sentAtHeader(lines: Line[], i: number): number {
  let fields = 0
  for (let j = i + 1; j < lines.length && j <= i + 4; j++) if (lines[j].field === 'other') fields++
  if (fields === 0) return -1
  const above = lines[i - 1]
  const aboveText = above?.text.trim() ?? ''
  if (above && !above.blank && !above.proseLike && aboveText.length <= 80 && !/[.?!:]$/.test(aboveText)) return i - 1
  return i
}

/** A `From:` line followed within a few lines by other header fields (`Sent:`, `To:`, `Subject:`). */
function isHeaderBlock(lines: Line[], i: number): boolean {
  let others = 0
  for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
    if (lines[j].field === 'other') others++
    else if (isBlank(lines[j]) && others > 0) break
  }
  return others >= 2 || (others >= 1 && /@|\]|>/.test(lines[i].text))
}

/** Runs of `>` lines (blank lines inside a run belong to it). */
function findQuotedRuns(lines: Line[], limit: number): Array<{first: number; last: number}> {
  const runs: Array<{first: number; last: number}> = []
  let i = 0
  while (i < limit) {
    if (!isQuoted(lines[i])) {
      i++
      continue
    }
    const first = i
    let last = i
    let j = i + 1
    while (j < limit && (isQuoted(lines[j]) || isBlank(lines[j]))) {
      if (isQuoted(lines[j])) last = j
      j++
    }
    runs.push({first, last})
    i = last + 1
  }
  return runs
}

/** A heading that starts an enclosed document: `Annex A: Useful contacts`, `# Appendix 2`, `Enclosure`. */
const ENCLOSURE_HEADING =
  /^\s{0,3}#{0,6}\s?(?:annex|appendix|enclosures?|attachment|schedule)(?:\s+[A-Z\d]{1,3})?\s*(?:[:.–—-].{0,70})?$/i

/**
 * An annex or appendix after the sign-off: a heading such as `Annex A: Useful contacts` below a
 * complimentary close, with only the sender's name, role and contact lines between them. What
 * follows is an enclosed document, not the letter's body (its length, its lists and its links are
 * not the letter's). Returns its first line.
 */
function findEnclosure(lines: Line[], limit: number): number | undefined {
  let afterClose = -1
  for (let i = 0; i < limit; i++) {
    const line = lines[i]
    if (line.blank) continue
    if (line.kind === 'close') {
      afterClose = 0
      continue
    }
    if (afterClose === -1) continue
    if (ENCLOSURE_HEADING.test(line.text)) return i
    // Between the close and the annex: the name, a role, an office, contact lines, a rule.
    if (line.proseLike || ++afterClose > 6) afterClose = -1
  }
  return undefined
}

/** The last `-- ` delimiter line before `limit`, when one exists. */
function findSignatureDelimiter(lines: Line[], limit: number): number | undefined {
  for (let i = limit - 1; i >= 0; i--) {
    if (lines[i].kind === 'separator') return i
  }
  return undefined
}

interface TailBlock {
  first: number
  last: number
  kind: 'disclaimer' | 'footer'
}

/**
 * Disclaimers and footers sit at the end of the writer's part. From the first paragraph that
 * matches one, every paragraph to `limit` is disclaimer or footer — unless a complimentary close
 * comes later, which shows the match was in the body.
 */
function findTail(lines: Line[], limit: number): {line: number; blocks: TailBlock[]} | undefined {
  const paragraphs: Array<{first: number; last: number; text: string}> = []
  let i = 0
  while (i < limit) {
    if (isBlank(lines[i]) || isQuoted(lines[i])) {
      i++
      continue
    }
    const first = i
    while (i < limit && !isBlank(lines[i]) && !isQuoted(lines[i])) i++
    paragraphs.push({
      first,
      last: i - 1,
      text: lines
        .slice(first, i)
        .map((line) => line.text)
        .join(' ')
    })
  }
  const kinds = paragraphs.map((paragraph) => classify(paragraph.text))
  // A complimentary close after a candidate shows the candidate was body prose.
  let lastClose = -1
  paragraphs.forEach((paragraph, p) => {
    if (!kinds[p] && CLOSE.test(paragraph.text)) lastClose = p
  })
  for (let p = lastClose + 1; p < paragraphs.length; p++) {
    const kind = kinds[p]
    if (!kind) continue
    // Footers close a message: only the last few paragraphs may start one.
    if (kind === 'footer' && p < paragraphs.length - 3) continue
    const blocks: TailBlock[] = []
    let current: TailBlock['kind'] = kind
    for (let q = p; q < paragraphs.length; q++) {
      current = kinds[q] ?? current
      blocks.push({first: paragraphs[q].first, last: paragraphs[q].last, kind: current})
    }
    return {line: paragraphs[p].first, blocks}
  }
  return undefined
}

function classify(text: string): 'disclaimer' | 'footer' | undefined {
  if (DISCLAIMER.test(text)) return 'disclaimer'
  if (FOOTER.test(text)) return 'footer'
  return undefined
}
