/**
 * Step 1 of the splitter: split the text into lines and give every line one kind, once.
 *
 * The kinds are the few shapes real mail is made of (the zones talon and Quagga model): blank
 * lines, header fields, greetings, closes, names, role/organisation and contact lines of a
 * signature, quote and forward headers, quoted lines, signature separators, mobile boilerplate,
 * letter furniture (dates, references, headings) and prose. Step 2 (`setaside.ts` for the parts
 * that are not the writer's, `zones.ts` for opening, body and closing) reads these kinds and never
 * tests a line's text again. Each line is classified from its own text only; the decisions that need
 * neighbouring lines (a greeting of a name alone, a quote header of several lines) are step 2's.
 */
import type {ComplimentaryClose, Salutation, Span} from '../types.js'
import {
  isDateLine,
  isHeadingLine,
  isNameLike,
  isProseLike,
  isReferenceLine,
  isSignatureLike,
  isSubjectHeading,
  matchClose,
  matchSalutation,
  wordsUpTo
} from './lines-classify.js'

/** The kind of one line. */
export type LineKind =
  | 'blank'
  /** `> …`: a line of a quoted earlier message. */
  | 'quoted'
  /** `-- `: the start of a signature (RFC 3676). */
  | 'separator'
  /** `---------- Forwarded message ----------`, `----- Forwarded by Jo/ORG on … -----`, `Begin forwarded message:`. */
  | 'forward-header'
  /** `-----Original Message-----`. */
  | 'original-header'
  /** A header field of a quoted or forwarded message: `From:`, `Sent:`, `To:`, `cc:`, `Subject:`. */
  | 'header-field'
  /** A sender and time line of a Lotus Notes or Outlook reply header: `Jo Bloggs@ORG  12/11/2000 02:19 PM`. */
  | 'sent-at'
  /** `Sent from my iPhone`. */
  | 'boilerplate'
  /** `Dear Mrs Patel,`, `Hi Sam`. */
  | 'greeting'
  /** `Kind regards,`, `Thanks, Sam`. */
  | 'close'
  /** A line that could be a person's name: `Sam Okafor`, `Shirley,`. */
  | 'name'
  /** A name signed with a dash and no close: `-Shannon`, `-- Jo`. */
  | 'dash-name'
  /** Initials alone signing off: `jg`, `- SW`. */
  | 'initials'
  /** A short line of a signature block: a role, team or organisation. */
  | 'role'
  /** A phone number, email or web address, on a short line. */
  | 'contact'
  /** A letter's date line. */
  | 'date'
  /** `Our ref: AB/123`. */
  | 'reference'
  /** `Re: Your account`, a capitals heading, or a short heading in sentence case. */
  | 'heading'
  /** A line of running prose. */
  | 'prose'
  /** Any other short line. */
  | 'short'

/** One line of the text with its kind and what its classifier matched. */
export interface MailLine extends Span {
  index: number
  text: string
  kind: LineKind
  blank: boolean
  /** Set by step 2 when the line lies in a set-aside part. */
  aside: boolean
  /** For a `greeting` line. */
  salutation?: Salutation
  /** For a `close` line. */
  close?: {close: ComplimentaryClose; name?: Span}
  /** A header field (`From:` or another: `Sent:`, `To:`, `cc:`, `Subject:`), whatever its kind. */
  field?: 'from' | 'other'
  /** Whether the line holds a numeric date with a clock time (`12/11/2000 02:19 PM`). */
  sentAt: boolean
  /** Whether the line is a Markdown heading (`# Your visit is booked`), as notification templates write them. */
  markdownHeading: boolean
  /** Whether the line could be a letter's subject heading: `Re: …`, `Subject: …` or a short line in capitals. */
  subject: boolean
  /** Whether the line could be a person's name (one to five capitalised words). */
  nameLike: boolean
  /** Whether the line could also be a signature line (name, role, phone…): short and not a long sentence. */
  signatureLike: boolean
  /** Whether the line is running prose (a long line or a sentence of six words or more). */
  proseLike: boolean
  /** Whether the line, on its own, could be a heading in sentence or title case. */
  headingLike: boolean
}

const QUOTED = /^\s{0,3}>/
const MD_HEADING = /^\s{0,3}#{1,6}(?!#)\s?\S/
const SEPARATOR = /^(?:-- ?|--)$/
const ORIGINAL_MESSAGE =
  /^\s*[-_=*]{2,}\s*(?:original message|original-nachricht|ursprüngliche nachricht|message d'origine|oprindelig besked|opprinnelig melding|ursprungligt meddelande|mensaje original|mensagem original|oorspronkelijk bericht|messaggio originale|alkuperäinen viesti|oryginalna wiadomość|исходное сообщение)\s*[-_=*]{2,}\s*$/i
const FORWARD_MARKER =
  /^\s*(?:[-_=*]{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|mensagem encaminhada|doorgestuurd bericht|messaggio inoltrato)\s*[-_=*]{2,}|begin forwarded message\s?:|start of forwarded message)\s*$/i
/** Lotus Notes: `----- Forwarded by Jo Bloggs/HOU/ORG on 08/21/2000 01:32 PM -----` (often wrapped). */
const FORWARDED_BY = /^\s*-{2,}\s*forwarded by\s/i
export const HEADER_FROM = /^[\s*>]*(?:from|de|von|van|od|da|från|fra|message du|от|lähettäjä)\s?[*]?\s?:/i
export const HEADER_OTHER =
  /^[\s*]*(?:sent|date|to|cc|subject|reply-to|envoyé|à|a|objet|sujet|copie à|dato|til|emne|gesendet|datum|an|betreff|enviado|fecha|para|asunto|assunto|verzonden|aan|onderwerp|inviato|oggetto|a|data|temat|skickat|till|ämne|отправлено|кому|тема|дата)\s?[*]?\s?:/i
/** A numeric date with a clock time: `12/11/2000 02:19 PM`, `06/08/00 03:26 PM`, `01/12/2000 07:27:18 PM`. */
const SENT_AT = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\s{1,4}\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AP]M)?\b/i
const MOBILE_BOILERPLATE =
  /^[\s(<]*(?:sent from (?:my |the |\[?mail\]?|yahoo|windows mail|mailbox|outlook|aol|samsung|gmail|bluemail|proton)|sent (?:via|with|using) (?:mobile|airmail|blackberry|bluemail|spark|my )|get (?:\[?outlook|the outlook)|(?:gesendet von|envoyé de|enviado de|inviato da) outlook|from my (?:iphone|ipad|android|mobile|phone)|sent from (?:a |my )?(?:phone|mobile)|envoyé (?:de|depuis) mon|diese nachricht wurde von meinem|sendt fra min|skickat från min|von meinem \S+ gesendet|enviado (?:desde|do) m|verzonden (?:met|vanaf) |inviato da|wysłane z)/i
const DASH_NAME = /^\s{0,4}(?:[-–—~]{1,2}|\/\/) ?\p{Lu}[\p{L}.'’-]{0,20}(?: \p{Lu}[\p{L}.'’-]{0,20})?\s*$/u
/** One to three letters with no vowel: `jg`, `- SW`, `m` (`to`, `for`, `ay` are words). */
const INITIALS = /^\s{0,4}(?:[-–—~]{1,2} ?)?[B-DF-HJ-NP-TV-XZb-df-hj-np-tv-xz]{1,3}\.?\s*$/
/** Short words that are not initials. */
const NOT_INITIALS = new Set(
  'ok no yes yep hi ta thx bye and the all any so why how who fyi tia pls asap see cc bcc'.split(' ')
)
/** A reference-style link label at the end of a message: `[0]:`, `[2] https://…`. */
const LINK_REFERENCE = /^\[\d{1,3}\]:?(?:\s|$)/
const PHONE = /(?:\+|\b)\d[\d ().-]{6,18}\d\b/
const CONTACT =
  /@[\w-]+\.|\bhttps?:\/\/|\bwww\.|\b(?:tel|phone|ph|mobile|mob|cell|cellular|fax|direct|e-?mail|web)\s?[:.]/i
const ROLE_WORD =
  /\b(?:manager|director|officer|adviser|advisor|assistant|associate|analyst|specialist|representative|coordinator|co-ordinator|consultant|engineer|president|chairman|chair|chief|executive|head|lead|leader|supervisor|administrator|secretary|clerk|agent|handler|partner|professor|lecturer|counsel|attorney|solicitor|team|department|dept|division|services|service|support|relations|customer|office|centre|center|desk|group|research|ltd|plc|inc|corp|corporation|llc|llp|limited|company|university|college|school|council|authority|agency|bank|trust|society|association|institute|foundation|bureau|ministry|hospital|nhs)\b/i

/**
 * Split `text` into lines and classify each one.
 * @param text The analysed text (`\n` line endings).
 */
export function classifyLines(text: string): MailLine[] {
  const lines: MailLine[] = []
  let start = 0
  for (let index = 0; ; index++) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    lines.push(classifyLine(text.slice(start, end), start, end, index))
    if (nl === -1) break
    start = nl + 1
  }
  return lines
}

/** The kind of one line, from its own text. */
export function classifyLine(lineText: string, start: number, end: number, index: number): MailLine {
  const trimmed = lineText.trim()
  const line: MailLine = {
    index,
    start,
    end,
    text: lineText,
    kind: 'short',
    blank: trimmed === '',
    aside: false,
    sentAt: false,
    markdownHeading: false,
    subject: false,
    nameLike: false,
    signatureLike: false,
    proseLike: false,
    headingLike: false
  }
  if (line.blank) {
    line.kind = 'blank'
    return line
  }
  line.signatureLike = isSignatureLike(lineText)
  line.proseLike = isProseLike(lineText)
  line.headingLike = isHeadingLine(lineText)
  line.nameLike = isNameLike(lineText)
  line.subject = isSubjectHeading(lineText)
  if (trimmed.length <= 300) {
    if (HEADER_FROM.test(lineText)) line.field = 'from'
    else if (HEADER_OTHER.test(lineText)) line.field = 'other'
  }
  line.sentAt = trimmed.length <= 160 && !line.proseLike && SENT_AT.test(trimmed)
  line.kind = kindOf(line, lineText, trimmed, start)
  // A Markdown heading states the news: a heading, never running prose or a name.
  if (MD_HEADING.test(lineText) && line.kind !== 'quoted' && line.kind !== 'greeting') {
    line.markdownHeading = true
    line.kind = 'heading'
    line.subject = true
    line.headingLike = true
    line.proseLike = false
    line.nameLike = false
    line.signatureLike = false
  }
  return line
}

function kindOf(line: MailLine, lineText: string, trimmed: string, start: number): LineKind {
  if (QUOTED.test(lineText)) return 'quoted'
  if (SEPARATOR.test(lineText)) return 'separator'
  if (FORWARD_MARKER.test(lineText) || FORWARDED_BY.test(lineText)) return 'forward-header'
  if (ORIGINAL_MESSAGE.test(lineText)) return 'original-header'
  if (isBoilerplate(lineText)) return 'boilerplate'
  const salutation = matchSalutation(lineText, start)
  if (salutation) {
    line.salutation = salutation
    return 'greeting'
  }
  const close = matchClose(lineText, start)
  if (close) {
    line.close = close
    return 'close'
  }
  if (isDateLine(lineText)) return 'date'
  if (line.field) return 'header-field'
  if (line.sentAt) return 'sent-at'
  if (line.proseLike) return 'prose'
  if (isReferenceLine(lineText)) return 'reference'
  if (line.subject) return 'heading'
  if (line.nameLike) return ROLE_WORD.test(trimmed) ? 'role' : 'name'
  if (DASH_NAME.test(lineText)) return 'dash-name'
  const bare = trimmed.replace(/^[-–—~ ]+|\.$/g, '').toLowerCase()
  if (INITIALS.test(lineText) && !NOT_INITIALS.has(bare)) return 'initials'
  const words = wordsUpTo(trimmed, 10)
  if (words <= 10 && (CONTACT.test(trimmed) || PHONE.test(trimmed) || LINK_REFERENCE.test(trimmed))) return 'contact'
  if (words <= 8 && !/[.?!]$/.test(trimmed) && ROLE_WORD.test(trimmed)) return 'role'
  if (line.headingLike) return 'heading'
  return 'short'
}

/** `Sent from my iPhone`, `Get Outlook for Android`: short, or an apology for typos — not a sentence that happens to start so. */
function isBoilerplate(line: string): boolean {
  if (line.length >= 120 || !MOBILE_BOILERPLATE.test(line)) return false
  return wordsUpTo(line.trim(), 8) <= 8 || /typo|excuse|brevity/i.test(line)
}

/** Whether a kind belongs to a signature block after the name (role, organisation, contact). */
export function isSignatureKind(kind: LineKind): boolean {
  return kind === 'role' || kind === 'contact' || kind === 'name'
}
