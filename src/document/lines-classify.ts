/**
 * Line classifiers for the splitter: salutations, complimentary closes, letter furniture
 * (dates, references, subject headings) and the shape of signature lines.
 * Every pattern runs on one line and has no nested quantifiers.
 */
import type {ComplimentaryClose, Salutation, Span} from '../types.js'
import conventions from './conventions.json' with {type: 'json'}

const greetings = [...conventions.greetings].sort((a, b) => b.length - a.length)
const closes = new Set(conventions.closes)
const informal = new Set(conventions.informalGreetings)
const time = new Set(conventions.timeGreetings)
const unnamed = new Set(conventions.unnamedAddressees)
const titles = new Set(conventions.titles)

const MAX_ADDRESSEE_WORDS = 6
/** Thanks for the reader's time or help, closing a message. */
const THANKS_FOR =
  /^(?:many )?(?:thanks|thank you)(?: again| in advance| so much| very much)? for (?:your|all your|all the) (?:time|help|patience|understanding|support|consideration|co-?operation|input|assistance)$/
const CONNECTORS = new Set(['and', '&', 'or'])

/** An unnamed addressee: `customer`, `Sir or Madam`, or a description ending in one (`King's Award applicant`). */
function isUnnamed(addressee: string): boolean {
  const lower = addressee.toLowerCase()
  if (unnamed.has(lower)) return true
  const words = lower.split(/\s+/)
  return words.length > 1 && words.length <= 4 && unnamed.has(words.at(-1)!)
}

/**
 * A salutation line: `Dear Mrs Patel,`, `Hi Sam`, `Good morning,`, `To whom it may concern`.
 * When the greeting is followed on the same line by body text after a comma (`Hi Sam, thanks for…`),
 * the salutation ends at the comma.
 * @param line The line's text.
 * @param offset The offset of the line's start.
 */
export function matchSalutation(line: string, offset: number): Salutation | undefined {
  const lead = line.length - line.trimStart().length
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > 200) return undefined
  const lower = trimmed.toLowerCase()
  const greeting = greetings.find(
    (candidate) => lower.startsWith(candidate) && /^(?:$|[\s,:;!.—–-])/.test(lower.slice(candidate.length))
  )
  if (!greeting) return undefined
  let end = trimmed.length
  const comma = trimmed.search(/[,!:]/)
  if (comma !== -1 && trimmed.slice(comma + 1).trim() !== '') end = comma + 1
  const head = trimmed.slice(0, end)
  const addressee = trimEndOf(head.slice(greeting.length), ' \t,:;!.—–-').trim()
  const words = addressee === '' ? [] : addressee.split(/\s+/)
  if (words.length > MAX_ADDRESSEE_WORDS) return undefined
  // A lone "Hello." or "Morning." inside prose is not a greeting; a sentence after it is prose.
  if (end === trimmed.length && /[.?]$/.test(trimmed) && !/\b(?:mr|mrs|ms|dr|st)\.$/i.test(trimmed)) {
    if (words.length > 3) return undefined
  }
  // Merge fields and unfilled placeholders (`[Customer name]`, `{{first_name}}`) stand for a name.
  // `and`, `&` between titled names (`Dear Mr and Mrs Doyle`) are part of the addressee.
  const named = words.filter((word, i) => !/^[[{<%]|[\]}>%]$/.test(word) && !(i > 0 && CONNECTORS.has(word)))
  if (named.some((word) => /^[a-z]/.test(word)) && !informal.has(greeting) && !time.has(greeting)) {
    // `Dear valued customer` and `Dear King's Award applicant` are fine; `Dear me, what a day` is not a salutation.
    if (!isUnnamed(addressee) && greeting === 'dear') return undefined
  }
  return {
    start: offset + lead,
    end: offset + lead + head.trimEnd().length,
    text: head.trimEnd(),
    greeting: trimmed.slice(0, greeting.length),
    addressee,
    style: salutationStyle(greeting, addressee)
  }
}

/** `value` without trailing characters from `chars` (linear, where a `[…]+$` regex is quadratic). */
function trimEndOf(value: string, chars: string): string {
  let end = value.length
  while (end > 0 && chars.includes(value[end - 1])) end--
  return value.slice(0, end)
}

function salutationStyle(greeting: string, addressee: string): Salutation['style'] {
  const lower = addressee.toLowerCase()
  if (greeting === 'to whom it may concern' || greeting === 'dear all') return 'formal-unnamed'
  if (time.has(greeting)) return 'time'
  if (informal.has(greeting)) return 'informal'
  if (lower === '' || isUnnamed(lower) || unnamed.has(lower.replace(/^(?:dear|valued)\s+/, ''))) {
    return 'formal-unnamed'
  }
  const words = lower.replace(/\./g, '').split(/\s+/)
  if (titles.has(words[0]) || words.length >= 2) return 'formal-named'
  // `Dear {{name}}`: the field holds the name the organisation has (a full name, or title and
  // surname), so it is named and formal, unless the field says it is a first name.
  if (greeting === 'dear' && MERGE_FIELD.test(lower) && !/first|given|fore/.test(lower)) return 'formal-named'
  return 'informal'
}

/** An addressee that is one merge field: `{{name}}`, `[Customer name]`, `<first_name>`, `%NAME%`. */
const MERGE_FIELD = /^(?:\{\{[^{}]{1,40}\}\}|\[[^[\]]{1,40}\]|<[^<>]{1,40}>|%[^%\s]{1,40}%)$/

/**
 * A complimentary close: `Yours sincerely,`, `Kind regards`, `Thanks, Sam`.
 * Returns the close and, when the name follows on the same line, the name.
 */
export function matchClose(line: string, offset: number): {close: ComplimentaryClose; name?: Span} | undefined {
  const lead = line.length - line.trimStart().length
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > 60) return undefined
  const comma = trimmed.indexOf(',')
  const head = comma === -1 ? trimmed : trimmed.slice(0, comma + 1)
  let normalised = trimEndOf(head.toLowerCase(), ' \t,.!:;-–').replace(/\s+/g, ' ')
  if (!closes.has(normalised)) {
    const joined = normalised.startsWith('thank') ? undefined : / (?:and|&) /.exec(normalised)
    const short = joined !== null && joined !== undefined && normalised.slice(0, joined.index).split(' ').length <= 3
    const before = joined ? normalised.slice(0, joined.index) : ''
    const after = joined ? normalised.slice(joined.index + joined[0].length) : ''
    if (joined && closes.has(before) && after.split(' ').length <= 3 && head.endsWith(',')) {
      // `Best regards and Season's Greetings,`: a close joined to a short wish.
      normalised = before
    } else if (joined && short && closes.has(after) && (head.endsWith(',') || after.includes(' '))) {
      // `Diolch yn fawr and kind regards,`, `Happy holidays and best wishes`: a short greeting joined to a close.
      normalised = after
    } else if (THANKS_FOR.test(normalised)) {
      // `Thank you for your time.`, `Thanks in advance for your help`: thanks that close the message.
      normalised = 'thanks'
    } else return undefined
  }
  const close: ComplimentaryClose = {
    start: offset + lead,
    end: offset + lead + head.length,
    text: head,
    normalised
  }
  const rest = comma === -1 ? '' : trimmed.slice(comma + 1)
  // `Regards, and happy new year,`: a close and a short wish after it.
  if (rest.trim() === '' || /^\s*and [\p{L}' ]{1,30},?$/u.test(rest)) return {close}
  if (!isNameLike(rest)) return undefined
  const restLead = rest.length - rest.trimStart().length
  const nameStart = offset + lead + comma + 1 + restLead
  return {close, name: {start: nameStart, end: nameStart + rest.trim().length}}
}

const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const DATE_LINE = new RegExp(
  `^(?:date\\s*:\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS},?\\s+\\d{4}|${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})$`,
  'i'
)

/** A letter's date line: `12 November 2026`, `Monday 3 December 2026`, `12/11/2026`. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim().replace(/[.,]$/, ''))
}

const REFERENCE_LINE =
  /^(?:(?:our|your|my)\s+)?(?:ref(?:erence)?\.?|case|order|account|claim|complaint|policy|customer|booking|invoice)(?:\s+(?:ref(?:erence)?|number|no\.?|id))?\s*[:#]/i

/** A reference line: `Our ref: AB/123`, `Your reference: 4411`, `Account number: 12345678`. */
export function isReferenceLine(line: string): boolean {
  return REFERENCE_LINE.test(line.trim())
}

/**
 * How many words (runs of characters between white space) `trimmed` has, counting no further than
 * `limit + 1`: the line predicates only ask whether a line is short, and a paragraph written as one
 * long line need not be split into an array of its words for that (several times a line).
 */
export function wordsUpTo(trimmed: string, limit: number): number {
  if (trimmed === '') return 1
  let words = 1
  let space = false
  for (let index = 0; index < trimmed.length; index++) {
    const code = trimmed.charCodeAt(index)
    const white = code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(trimmed[index]))
    if (white) space = true
    else if (space) {
      space = false
      if (++words > limit) return words
    }
  }
  return words
}

/** A subject heading in a letter: `Re: Your account`, `Subject: …`, or a short line in capitals. */
export function isSubjectHeading(line: string): boolean {
  const trimmed = line.trim()
  if (/^(?:re|subject)\s*:/i.test(trimmed)) return true
  if (wordsUpTo(trimmed, 12) > 12 || /[.?!]$/.test(trimmed)) return false
  const letters = trimmed.replace(/[^A-Za-z]/g, '')
  return letters.length >= 4 && letters === letters.toUpperCase()
}

/**
 * A heading in sentence or title case: 2–12 words starting with a capital or a digit, no sentence
 * punctuation (`.?!:;,` ) at its end and no greeting or thanks (`Thank you for your letter` is prose
 * that lost its full stop, not a heading).
 */
export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length > 90) return false
  const words = wordsUpTo(trimmed, 12)
  if (words < 2 || words > 12) return false
  if (!/^[\p{Lu}\d]/u.test(trimmed) || /[.?!:;,…]$/.test(trimmed)) return false
  return !/^(?:thanks?|thank you|many thanks|i|i'm|i am|we|we're|we are|hope|hi|hello|dear|please|sorry|just)\b/i.test(
    trimmed
  )
}

/** A line that could be a person's name: one to five words, capitalised, no digits or `@`. */
export function isNameLike(line: string): boolean {
  const trimmed = line.trim().replace(/[,.]$/, '')
  if (trimmed.length === 0 || trimmed.length > 50 || /[\d@:;!?/\\]/.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  if (words.length > 5) return false
  return words.every((word) =>
    /^(?:[A-Z\u00C0-\u00DE][\p{L}'’.-]*|(?:de|van|von|der|da|di|le|la|bin|al)|[A-Z]\.)$/u.test(word)
  )
}

/** A short line that may belong to a signature block: name, role, team, phone, email, address. */
export function isSignatureLike(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length > 90) return false
  const words = wordsUpTo(trimmed, 10)
  if (words > 10) return false
  return !(words >= 6 && /[.?!]$/.test(trimmed) && !/\b(?:ltd|plc|inc|co|llp)\.$/i.test(trimmed))
}

/** A line of running prose: a longer line ending in sentence punctuation, or simply long. */
export function isProseLike(line: string): boolean {
  const trimmed = line.trim()
  const words = wordsUpTo(trimmed, 14)
  return (words >= 6 && /[.?!]["'”’)]?$/.test(trimmed)) || words > 14
}
