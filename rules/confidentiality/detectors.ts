/**
 * Personal-data detectors: pure functions that find candidate values in a text, validate them
 * (checksums, issuer prefixes, structure, cue words) and return their spans with a masked form.
 * They never return or log the value itself. Regexes are compiled once, at module load.
 *
 * Every detector takes the text to search (the writer's prose; other parts blanked with spaces
 * keep the offsets) and returns detections in order of `start`.
 */
import {electronicFormatIBAN, isValidIBAN} from 'ibantools'
import cues from './cues.json' with {type: 'json'}
import examples from './examples.json' with {type: 'json'}

export type PiiKind =
  | 'card'
  | 'cvv'
  | 'sort-code'
  | 'account-number'
  | 'iban'
  | 'nino'
  | 'nhs'
  | 'passport'
  | 'driving-licence'
  | 'date-of-birth'

export interface Detection {
  kind: PiiKind
  start: number
  end: number
  /** What to show instead of the value: `[card number ending 1111]`. Never the value. */
  masked: string
}

export interface DetectOptions {
  /** Values that are not leaks (the organisation's own published details), compared without spaces or dashes. */
  allow?: string[]
  /** Today, for "a date of birth is in the past" (tests pass a fixed date). */
  today?: Date
}

/* ------------------------------------------------------------------ helpers */

/** A value without spaces, dashes and dots, in upper case: how values are compared. */
export function compact(value: string): string {
  return value.replace(/[\s.\u2010-\u2015-]/g, '').toUpperCase()
}

const knownExamples = new Set(examples.values.map(compact))

/** All digits the same (`0000 0000`), or a run up or down (`1234 5678 9012`): a placeholder. */
export function isSequenceOrRepeat(digits: string): boolean {
  if (digits.length < 4) return false
  let same = true
  let up = true
  let down = true
  for (let index = 1; index < digits.length; index++) {
    const previous = digits.charCodeAt(index - 1) - 48
    const current = digits.charCodeAt(index) - 48
    if (current !== previous) same = false
    if (current !== (previous + 1) % 10) up = false
    if (current !== (previous + 9) % 10) down = false
  }
  return same || up || down
}

/** A known example or placeholder value, or one on the allow list. */
function exempt(value: string, allow: Set<string>): boolean {
  const key = compact(value)
  if (allow.has(key) || knownExamples.has(key)) return true
  const digits = key.replace(/\D/g, '')
  return digits.length === key.length && isSequenceOrRepeat(digits)
}

function allowSet(options: DetectOptions | undefined): Set<string> {
  return new Set((options?.allow ?? []).map(compact))
}

/** Inside a merge-field placeholder: `{{…}}`, `[…]`, `<…>` right around the value. */
function inPlaceholder(text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  const after = text[end]
  return (before === '{' && after === '}') || (before === '[' && after === ']') || (before === '<' && after === '>')
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A case-insensitive regex matching any of the phrases as whole words (longest first). */
function cueRegex(phrases: string[], flags = 'i'): RegExp {
  const sorted = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+'))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, `${flags}u`)
}

const nhsCue = cueRegex(cues.nhs)
const nhsCueAll = cueRegex(cues.nhs, 'gi')
const passportCue = cueRegex(cues.passport)
const passportCueAll = cueRegex(cues.passport, 'gi')
const ninoCue = cueRegex(cues.nino)
const licenceCue = cueRegex(cues.licence)
const cvvCue = cueRegex([...cues.cvv, ...cues.cvvWeak], 'gi')
const strongCvvCue = cueRegex(cues.cvv)
const notCardCue = cueRegex(cues.notCard, 'gi')
const cardCue = cueRegex([...cues.card, ...cues.cvv])
const dobCue = cueRegex(cues.dob, 'gi')
const sortCodeCue = cueRegex(cues.sortCode, 'gi')
const bankCue = cueRegex(cues.bank)
const fillerWords = new Set(cues.filler.map((word) => word.toLowerCase()))

/** A sentence break: `.`, `!` or `?` then space and a capital, or a blank line. */
const sentenceBreak = /[.!?]["')\]]?\s+(?=[A-Z])|\n[ \t]*\n/g

/** The text of up to `width` characters before `start`, cut at the last sentence break. */
function windowBefore(text: string, start: number, width: number): string {
  const window = text.slice(Math.max(0, start - width), start)
  let cut = 0
  sentenceBreak.lastIndex = 0
  for (let match = sentenceBreak.exec(window); match; match = sentenceBreak.exec(window))
    cut = match.index + match[0].length
  return window.slice(cut)
}

/** The text of up to `width` characters after `end`, cut at the first sentence break. */
function windowAfter(text: string, end: number, width: number): string {
  const window = text.slice(end, end + width)
  sentenceBreak.lastIndex = 0
  const match = sentenceBreak.exec(window)
  return match ? window.slice(0, match.index) : window
}

/** Whether a cue comes within `width` characters before the value (same sentence), or just after it. */
function cued(text: string, start: number, end: number, cue: RegExp, width = 48): boolean {
  return cue.test(windowBefore(text, start, width)) || cue.test(windowAfter(text, end, 24).slice(0, 24))
}

const fillerStep = /[\s,:;=()"\u2013\u2014-]*([\p{L}\p{N}'\u2019.]*)/uy
const separatorRun = /[\s,:;=()"\u2013\u2014-]*/y

/**
 * The positions a value may start at after a cue ending at `from`: after the punctuation that
 * follows it, and after each of up to `maxWords` filler words (`is`, `your`, `number`…).
 */
function positionsAfterCue(text: string, from: number, maxWords: number): number[] {
  const positions: number[] = []
  let position = from
  for (let step = 0; step <= maxWords; step++) {
    separatorRun.lastIndex = position
    separatorRun.exec(text)
    positions.push(separatorRun.lastIndex)
    fillerStep.lastIndex = position
    const word = fillerStep.exec(text)
    if (!word || !word[1]) break
    let bare = word[1].toLowerCase()
    while (bare.endsWith('.')) bare = bare.slice(0, -1)
    // A word of full stops alone (`no. 123`, after the cue `NHS No`) is punctuation.
    if (bare !== '' && !fillerWords.has(bare)) break
    position = fillerStep.lastIndex
  }
  return positions
}

/** After a cue ending at `from`, where `value` (a sticky regex) first matches past filler words, or undefined. */
function valueAfterCue(text: string, from: number, value: RegExp, maxWords = 6): RegExpExecArray | undefined {
  for (const at of positionsAfterCue(text, from, maxWords)) {
    value.lastIndex = at
    const match = value.exec(text)
    if (match) return match
  }
  return undefined
}

/** Every position a value may start at after any match of `cue` (a global regex). */
function startsAfterCues(text: string, cue: RegExp, maxWords: number): Set<number> {
  const starts = new Set<number>()
  cue.lastIndex = 0
  for (let match = cue.exec(text); match; match = cue.exec(text)) {
    for (const at of positionsAfterCue(text, match.index + match[0].length, maxWords)) starts.add(at)
  }
  return starts
}

/** Whether the cue follows the value at once: `943 476 5919 (NHS number)`. */
function cueJustAfter(text: string, end: number, cue: RegExp): boolean {
  const after = windowAfter(text, end, 32)
  const match = cue.exec(after)
  return match !== null && /^[\s,(\u2013\u2014-]*(?:your\s+|the\s+|an?\s+)?$/i.test(after.slice(0, match.index))
}

/** Where a list goes on after a value: `, `, ` and `, ` or `. */
const listJoin = /[ \t]*(?:[,;/&][ \t]*)?(?:(?:and|or)[ \t]+)?/iy

function listNext(text: string, end: number): number {
  listJoin.lastIndex = end
  listJoin.exec(text)
  return listJoin.lastIndex
}

/* ------------------------------------------------------------------ cards */

/**
 * A run of 12+ digits, groups separated as people write card numbers: a space, a non-breaking or
 * narrow space, a tab, a dash or a dot, a dash with spaces around it (` - `), or a line break.
 * Not inside a word or an amount.
 */
const digitRun =
  /(?<![\p{L}\p{N}_.,/+-]|\p{N}[ \t\u00a0\u202f.\u2013-])\d(?:[ \t\u00a0\u202f]?(?:[\u2013.\n-][ \t\u00a0\u202f]?)?\d){11,80}(?![\p{L}\p{N}_]|[.,/]\d|-\d)/gu

/** Luhn (mod-10) check of a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48
    if (double) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
    double = !double
  }
  return sum % 10 === 0
}

/** The card scheme whose issuer prefix and length fit, or undefined. */
export function cardIssuer(digits: string): string | undefined {
  const length = digits.length
  const two = Number(digits.slice(0, 2))
  const three = Number(digits.slice(0, 3))
  const four = Number(digits.slice(0, 4))
  if (digits[0] === '4' && (length === 13 || length === 16 || length === 19)) return 'Visa'
  if (((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) && length === 16) return 'Mastercard'
  if ((two === 34 || two === 37) && length === 15) return 'American Express'
  if ((four === 6011 || two === 65 || (three >= 644 && three <= 649)) && length >= 16 && length <= 19) return 'Discover'
  if (four >= 3528 && four <= 3589 && length >= 16 && length <= 19) return 'JCB'
  if ((two === 36 || two === 38 || two === 39 || (three >= 300 && three <= 305)) && length >= 14 && length <= 19)
    return 'Diners Club'
  if ((two === 50 || (two >= 56 && two <= 69)) && length >= 13 && length <= 19) return 'Maestro'
  return undefined
}

/** The groups of a digit run as written (the digits between separators), with their offsets in the run. */
function groupsOf(run: string): Array<{start: number; end: number}> {
  const groups: Array<{start: number; end: number}> = []
  let start = -1
  for (let index = 0; index <= run.length; index++) {
    const digit = index < run.length && run.charCodeAt(index) >= 48 && run.charCodeAt(index) <= 57
    if (digit && start === -1) start = index
    else if (!digit && start !== -1) {
      groups.push({start, end: index})
      start = -1
    }
  }
  return groups
}

/** A card number as written: one group, or groups of which the first has four digits (as every card prints). */
function cardShaped(value: string): boolean {
  const digits = value.replace(/\D/g, '')
  if (digits.length < 13 || digits.length > 19) return false
  const first = groupsOf(value)
  if (first.length > 1 && first[0].end - first[0].start !== 4) return false
  return cardIssuer(digits) !== undefined && luhnValid(digits)
}

/**
 * Full payment card numbers: 13–19 digits, Luhn-valid, with a plausible issuer prefix, not right
 * after a label that says what else it is (`IMEI`, `order number`, `tracking`). A longer
 * run of groups (several cards in a list, `4012888888881881 4012-8888-8888-1881`) is read as
 * consecutive card numbers, longest first.
 */
export function findCardNumbers(text: string, options?: DetectOptions): Detection[] {
  const allow = allowSet(options)
  const found: Detection[] = []
  // A number labelled as something else (`IMEI 8635…`, `order number 4921…`) is not a card.
  const labelled = startsAfterCues(text, notCardCue, 3)
  const add = (start: number, end: number) => {
    const value = text.slice(start, end)
    if (labelled.has(start) || exempt(value, allow) || inPlaceholder(text, start, end)) return
    found.push({kind: 'card', start, end, masked: `[card number ending ${value.replace(/\D/g, '').slice(-4)}]`})
  }
  digitRun.lastIndex = 0
  for (let match = digitRun.exec(text); match; match = digitRun.exec(text)) {
    const run = match[0]
    if (cardShaped(run)) {
      add(match.index, match.index + run.length)
      continue
    }
    if (run.replace(/\D/g, '').length <= 19) continue
    const groups = groupsOf(run)
    for (let first = 0; first < groups.length; ) {
      let last = groups.length - 1
      while (last >= first && !cardShaped(run.slice(groups[first].start, groups[last].end))) last--
      if (last < first) {
        first++
        continue
      }
      add(match.index + groups[first].start, match.index + groups[last].end)
      first = last + 1
    }
  }
  return found
}

/**
 * CVV/CVC values: 3 or 4 digits right after a cue (`CVV 737`, `card security code is 123`). A
 * generic cue (`security code`, `3-digit code`) counts only with a card word in the same sentence,
 * since banks also send one-time "security codes".
 */
const cvvValue = /(?<![\p{N}])\d{3,4}(?![\p{L}\p{N}_%]|[.,:/]\d)/uy

export function findCardSecurityCodes(text: string, options?: DetectOptions): Detection[] {
  const allow = allowSet(options)
  const found: Detection[] = []
  cvvCue.lastIndex = 0
  for (let cue = cvvCue.exec(text); cue; cue = cvvCue.exec(text)) {
    const value = valueAfterCue(text, cue.index + cue[0].length, cvvValue, 8)
    if (!value) continue
    const end = value.index + value[0].length
    if (
      !strongCvvCue.test(cue[0]) &&
      !cardCue.test(text.slice(cue.index, end)) &&
      !cued(text, cue.index, end, cardCue, 80)
    )
      continue
    const start = value.index
    if (allow.has(value[0]) || inPlaceholder(text, start, end) || found.some((item) => item.start === start)) continue
    found.push({kind: 'cvv', start, end, masked: '[CVV]'})
  }
  return found
}

/* ------------------------------------------------------------------ bank details */

const sortCodePattern =
  /(?<![\p{L}\p{N}_./:-]|\d )(?:\d{2}-\d{2}-\d{2}|\d{2} \d{2} \d{2}|\d{2}\u2013\d{2}\u2013\d{2})(?![\p{L}\p{N}_]|[-/:.]\d| \d{1,7}(?!\d))/gu
const plainSortCode = /(?<![\p{N}])\d{6}(?![\p{L}\p{N}_]|[-/:.]\d)/uy
const accountPattern = /(?<![\p{L}\p{N}_./:£$€-])\d{8}(?![\p{L}\p{N}_]|[-/:.,]\d)/gu

/** How far (in characters) a sort code and an account number may be apart to count as a pair. */
const pairDistance = 160

/**
 * A UK sort code together with an 8-digit account number within a sentence or two: one detection
 * for each value (each is masked). A sort code alone, or an account number alone, is not reported.
 * A pair is not reported when either value is on the allow list (the organisation's own account).
 */
export function findSortCodeAccounts(text: string, options?: DetectOptions): Detection[] {
  const allow = allowSet(options)
  const sortCodes: Array<{start: number; end: number}> = []
  sortCodePattern.lastIndex = 0
  for (let match = sortCodePattern.exec(text); match; match = sortCodePattern.exec(text)) {
    sortCodes.push({start: match.index, end: match.index + match[0].length})
  }
  // Six digits written together count only straight after "sort code".
  const cue = sortCodeCue
  cue.lastIndex = 0
  for (let match = cue.exec(text); match; match = cue.exec(text)) {
    const value = valueAfterCue(text, match.index + match[0].length, plainSortCode, 3)
    if (value) sortCodes.push({start: value.index, end: value.index + value[0].length})
  }
  sortCodes.sort((a, b) => a.start - b.start)
  const accounts: Array<{start: number; end: number}> = []
  accountPattern.lastIndex = 0
  for (let match = accountPattern.exec(text); match; match = accountPattern.exec(text)) {
    accounts.push({start: match.index, end: match.index + match[0].length})
  }
  const found: Detection[] = []
  const used = new Set<number>()
  for (const sortCode of sortCodes) {
    const account = accounts.find(
      (item) =>
        !used.has(item.start) &&
        Math.abs(item.start - sortCode.start) <= pairDistance &&
        !/\n[ \t]*\n/.test(text.slice(Math.min(item.end, sortCode.end), Math.max(item.start, sortCode.start)))
    )
    if (!account) continue
    // A bank word near the pair: a date (12-05-26) beside an order number is not bank details.
    const first = Math.min(account.start, sortCode.start)
    const last = Math.max(account.end, sortCode.end)
    if (!bankCue.test(windowBefore(text, first, 48) + text.slice(first, last))) continue
    const sortValue = text.slice(sortCode.start, sortCode.end)
    const accountValue = text.slice(account.start, account.end)
    if (exempt(sortValue, allow) || exempt(accountValue, allow) || allow.has(compact(sortValue + accountValue)))
      continue
    if (inPlaceholder(text, sortCode.start, sortCode.end) || inPlaceholder(text, account.start, account.end)) continue
    used.add(account.start)
    found.push({kind: 'sort-code', start: sortCode.start, end: sortCode.end, masked: '[sort code]'})
    found.push({
      kind: 'account-number',
      start: account.start,
      end: account.end,
      masked: `[account number ending ${accountValue.slice(-4)}]`
    })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Two capitals, two check digits, then 11–30 letters or digits, single spaces or dashes allowed between groups. */
const ibanCandidate = /(?<![\p{L}\p{N}_-])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![\p{L}\p{N}_]|-[\p{L}\p{N}])/gu

/** IBANs (any country), valid by ibantools: the country's length and format, and mod-97. */
export function findIbans(text: string, options?: DetectOptions): Detection[] {
  const allow = allowSet(options)
  const found: Detection[] = []
  ibanCandidate.lastIndex = 0
  for (let match = ibanCandidate.exec(text); match; match = ibanCandidate.exec(text)) {
    const candidate = match[0]
    // The match may run on into a following code or word: try each group boundary, longest first.
    const ends = [candidate.length]
    for (let index = candidate.length - 1; index > 4; index--)
      if (candidate[index] === ' ' || candidate[index] === '-') ends.push(index)
    for (const length of ends) {
      const value = candidate.slice(0, length)
      const iban = electronicFormatIBAN(value)
      if (!iban || !isValidIBAN(iban)) continue
      const start = match.index
      const end = start + length
      if (!exempt(value, allow) && !inPlaceholder(text, start, end))
        found.push({kind: 'iban', start, end, masked: '[IBAN]'})
      ibanCandidate.lastIndex = end
      break
    }
  }
  return found
}

/* ------------------------------------------------------------------ national identifiers */

/**
 * National Insurance numbers: two prefix letters (first not D F I Q U V; second not D F I O Q U V;
 * not BG GB NK KN TN NT ZZ), six digits (spaces allowed in pairs), a suffix A–D.
 */
const ninoPattern = /(?<![\p{L}\p{N}_])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![\p{L}\p{N}_])/giu
const bannedPrefixes = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'])

/** Whether two letters are a valid NI number prefix. */
export function validNinoPrefix(prefix: string): boolean {
  const upper = prefix.toUpperCase()
  if (!/^[A-Z]{2}$/.test(upper)) return false
  if ('DFIQUV'.includes(upper[0]) || 'DFIOQUV'.includes(upper[1])) return false
  return !bannedPrefixes.has(upper)
}

export function findNinos(text: string, options?: DetectOptions): Detection[] {
  const allow = allowSet(options)
  const found: Detection[] = []
  ninoPattern.lastIndex = 0
  for (let match = ninoPattern.exec(text); match; match = ninoPattern.exec(text)) {
    const value = match[0]
    if (!validNinoPrefix(match[1])) continue
    const start = match.index
    const end = start + value.length
    // Lower case (`ab 12 34 56 c`) reads as a NI number only with a cue nearby.
    if (value !== value.toUpperCase() && !cued(text, start, end, ninoCue)) continue
    if (exempt(value, allow) || inPlaceholder(text, start, end)) continue
    found.push({kind: 'nino', start, end, masked: '[National Insurance number]'})
  }
  return found
}

/** Ten digits, written together or as 3-3-4 with spaces or dashes. */
const nhsPattern =
  /(?<![\p{L}\p{N}_./:£$€+-])(?:\d{3} \d{3} \d{4}|\d{3}-\d{3}-\d{4}|\d{10})(?![\p{L}\p{N}_]|[-/:.,]\d| \d)/gu

/** NHS number check digit (mod 11, weights 10 to 2; a remainder giving 10 is never issued). */
export function nhsValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (10 - index)
  const check = 11 - (sum % 11)
  const expected = check === 11 ? 0 : check
  return expected !== 10 && expected === digits.charCodeAt(9) - 48
}

/**
 * NHS numbers: mod-11 valid AND an `NHS` cue right before (filler words allowed: `NHS number, which
 * we hold, is …`) or right after (`… (NHS number)`): 1 in 11 random numbers pass mod-11.
 */
export function findNhsNumbers(text: string, options?: DetectOptions): Detection[] {
  const allow = allowSet(options)
  const found: Detection[] = []
  const starts = startsAfterCues(text, nhsCueAll, 8)
  nhsPattern.lastIndex = 0
  for (let match = nhsPattern.exec(text); match; match = nhsPattern.exec(text)) {
    const value = match[0]
    const start = match.index
    const end = start + value.length
    if (!nhsValid(value.replace(/\D/g, '')) || !(starts.has(start) || cueJustAfter(text, end, nhsCue))) continue
    starts.add(listNext(text, end))
    if (exempt(value, allow) || inPlaceholder(text, start, end)) continue
    found.push({kind: 'nhs', start, end, masked: '[NHS number]'})
  }
  return found
}

/**
 * UK passport numbers: nine digits (or two letters and seven digits, the newer form), only right
 * after a `passport` cue (filler words allowed) or right before one; a list after the cue counts.
 */
const passportPattern = /(?<![\p{L}\p{N}_./:£$€+-])(?:\d{9}|[A-Z]{2}\d{7})(?![\p{L}\p{N}_]|[-/:.,]\d)/giu

export function findPassportNumbers(text: string, options?: DetectOptions): Detection[] {
  const allow = allowSet(options)
  const found: Detection[] = []
  const starts = startsAfterCues(text, passportCueAll, 8)
  passportPattern.lastIndex = 0
  for (let match = passportPattern.exec(text); match; match = passportPattern.exec(text)) {
    const value = match[0]
    const start = match.index
    const end = start + value.length
    if (!(starts.has(start) || cueJustAfter(text, end, passportCue))) continue
    starts.add(listNext(text, end))
    if (exempt(value, allow) || inPlaceholder(text, start, end)) continue
    found.push({kind: 'passport', start, end, masked: '[passport number]'})
  }
  return found
}

/**
 * UK (DVLA) driving licence numbers, 16 characters: 5 of the surname (padded with 9), 6 digits
 * (decade, month — plus 50 for women —, day, year), 2 initials (padded with 9), 1 digit, 2 letters.
 * Spaces between the three blocks are allowed.
 */
const licencePattern =
  /(?<![\p{L}\p{N}_./@-])([A-Z9]{5}) ?(\d{6}) ?([A-Z9]{2}\d[A-Z]{2})(?![\p{L}\p{N}_@]|[./-][\p{L}\p{N}])/giu

/** Whether the blocks of a driving licence number have the DVLA structure. */
export function validLicence(surname: string, dob: string, rest: string): boolean {
  if (!/^[A-Z]+9*$/i.test(surname)) return false
  if (!/^[A-Z][A-Z9]\d[A-Z]{2}$/i.test(rest)) return false
  const month = Number(dob.slice(1, 3))
  const day = Number(dob.slice(3, 5))
  const realMonth = month > 50 ? month - 50 : month
  if (realMonth < 1 || realMonth > 12) return false
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][realMonth - 1]
  return day >= 1 && day <= days
}

export function findDrivingLicences(text: string, options?: DetectOptions): Detection[] {
  const allow = allowSet(options)
  const found: Detection[] = []
  licencePattern.lastIndex = 0
  for (let match = licencePattern.exec(text); match; match = licencePattern.exec(text)) {
    const value = match[0]
    if (!validLicence(match[1], match[2], match[3])) continue
    const start = match.index
    const end = start + value.length
    // Lower case, or written in blocks, only with a cue.
    if ((value !== value.toUpperCase() || value.includes(' ')) && !cued(text, start, end, licenceCue)) continue
    if (exempt(value, allow) || inPlaceholder(text, start, end)) continue
    found.push({kind: 'driving-licence', start, end, masked: '[driving licence number]'})
  }
  return found
}

/* ------------------------------------------------------------------ date of birth */

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const numericDate = /(?<![\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})(?![\p{N}]|[/.-]\d)/uy
const isoDate = /(?<![\p{N}/.-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|[/.-]\d)/uy
const dayMonthYear =
  /(?<![\p{N}])(\d{1,2})(?:st|nd|rd|th)?(?: of)? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? (\d{4})(?![\p{N}])/iuy
const monthDayYear =
  /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?![\p{N}])/iuy

/** Whether day/month/year (year of 2 or 4 digits) is a real date, not in the future. */
function plausibleBirthDate(day: number, month: number, year: number, twoDigitYear: boolean, today: Date): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  let fullYear = year
  if (twoDigitYear) fullYear = year + (year <= today.getFullYear() % 100 ? 2000 : 1900)
  if (fullYear < 1900) return false
  const date = new Date(Date.UTC(fullYear, month - 1, day))
  if (date.getUTCMonth() !== month - 1) return false
  return date.getTime() <= today.getTime()
}

/** A full date (day, month and year) starting exactly at the sticky position, or undefined. */
function fullDateAt(text: string, at: number, today: Date): {start: number; end: number} | undefined {
  numericDate.lastIndex = at
  let match = numericDate.exec(text)
  if (match) {
    const [, first, , second, year] = match
    const ok =
      plausibleBirthDate(Number(first), Number(second), Number(year), year.length === 2, today) ||
      plausibleBirthDate(Number(second), Number(first), Number(year), year.length === 2, today)
    return ok ? {start: at, end: at + match[0].length} : undefined
  }
  isoDate.lastIndex = at
  match = isoDate.exec(text)
  if (match)
    return plausibleBirthDate(Number(match[3]), Number(match[2]), Number(match[1]), false, today)
      ? {start: at, end: at + match[0].length}
      : undefined
  dayMonthYear.lastIndex = at
  match = dayMonthYear.exec(text)
  if (match) {
    const month = months.indexOf(match[2].slice(0, 3).toLowerCase()) + 1
    return plausibleBirthDate(Number(match[1]), month, Number(match[3]), false, today)
      ? {start: at, end: at + match[0].length}
      : undefined
  }
  monthDayYear.lastIndex = at
  match = monthDayYear.exec(text)
  if (match) {
    const month = months.indexOf(match[1].slice(0, 3).toLowerCase()) + 1
    return plausibleBirthDate(Number(match[2]), month, Number(match[3]), false, today)
      ? {start: at, end: at + match[0].length}
      : undefined
  }
  return undefined
}

/** A sticky regex that matches where any full date could start (a digit or a month name). */
const dateStart = /(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/iuy

/** Words allowed between a date and a cue that follows it: `14/03/1968 (your date of birth)`, `… is her birthday`. */
const linkWords = new Set(['is', 'was', 'as', 'your', 'his', 'her', 'their', 'my', 'the', 'a', 'being'])
const wordChar = /[\p{L}\p{N}]/u

/** A full date ending just before a cue at `cueStart` (only punctuation and link words between). */
function dateBeforeCue(text: string, cueStart: number, today: Date): {start: number; end: number} | undefined {
  const window = windowBefore(text, cueStart, 48)
  const from = cueStart - window.length
  for (let position = from; position < cueStart; position++) {
    if (position > 0 && wordChar.test(text[position - 1])) continue
    dateStart.lastIndex = position
    if (!dateStart.test(text)) continue
    const date = fullDateAt(text, position, today)
    if (!date) continue
    const between = text
      .slice(date.end, cueStart)
      .replace(/[\s,:;()\u2013\u2014-]+/g, ' ')
      .trim()
      .toLowerCase()
    if (between === '' || between.split(' ').every((word) => linkWords.has(word))) return date
  }
  return undefined
}

/**
 * Full dates of birth: a day, month and year, not in the future, right after a cue (`born on`,
 * `DOB:`, `date of birth`) or just before one (`14/03/1968 (date of birth)`).
 */
export function findDatesOfBirth(text: string, options?: DetectOptions): Detection[] {
  const today = options?.today ?? new Date()
  const found: Detection[] = []
  const add = (date: {start: number; end: number}) => {
    if (
      inPlaceholder(text, date.start, date.end) ||
      found.some((item) => item.start < date.end && date.start < item.end)
    )
      return
    found.push({kind: 'date-of-birth', start: date.start, end: date.end, masked: '[date of birth]'})
  }
  // "Your birthday, 14/03/2026" is an occasion this year, not a date of birth: a birthday's date is over a year old.
  const yearAgo = new Date(today.getTime() - 366 * 24 * 3600 * 1000)
  dobCue.lastIndex = 0
  for (let cue = dobCue.exec(text); cue; cue = dobCue.exec(text)) {
    const latest = /^birthday/i.test(cue[0]) ? yearAgo : today
    const value = valueAfterCue(text, cue.index + cue[0].length, dateStart)
    const after = value && fullDateAt(text, value.index, latest)
    if (after) {
      add(after)
      dobCue.lastIndex = Math.max(dobCue.lastIndex, after.end)
      continue
    }
    const before = dateBeforeCue(text, cue.index, latest)
    if (before) add(before)
  }
  return found.sort((a, b) => a.start - b.start)
}

/* ------------------------------------------------------------------ all */

/** Every detector, in order of `start`; where two overlap the first found (by the order below) wins. */
export function findPersonalData(text: string, options?: DetectOptions): Detection[] {
  const all = [
    ...findCardNumbers(text, options),
    ...findIbans(text, options),
    ...findSortCodeAccounts(text, options),
    ...findNinos(text, options),
    ...findNhsNumbers(text, options),
    ...findPassportNumbers(text, options),
    ...findDrivingLicences(text, options),
    ...findCardSecurityCodes(text, options),
    ...findDatesOfBirth(text, options)
  ]
  const kept: Detection[] = []
  for (const detection of all) {
    if (kept.some((other) => detection.start < other.end && other.start < detection.end)) continue
    kept.push(detection)
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end)
}
