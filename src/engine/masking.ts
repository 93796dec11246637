/**
 * Masking confidential values, once, where findings are made (issue #22).
 *
 * Every confidential value found in a draft is a span of `doc.text` with a masked form
 * (`[card number ending 3012]`). The engine collects them all, whatever the verdict settings,
 * sorts and merges them once (O(m log m)), adds every other place the same value recurs in the
 * draft or in the original file (another separator, a URL, a header, an HTML title), and then:
 *
 * - masks by position: any text of a finding (message, suggestion, actual, expected) that copies
 *   characters of the source overlapping a secret span has those characters replaced, whatever
 *   the length of the copy: a quote cut in the middle of a card number shows none of its digits,
 *   and a partly shown value gets the masked form without its last digits (`[card number]`);
 * - gives every format that shows the original file its masks (`FileReport.masks`).
 *
 * Positional masking works on short windows (q-grams) of the source around each secret: one map
 * from each window to which of its characters belong to a secret, built in time linear in the
 * secrets' length, then one pass over each text, linear in its length. No text is compared with
 * every secret, so masking is O((n + m) log m) for n findings and m secrets.
 */

/** A confidential span of a text, with its masked form. */
export interface SecretSpan {
  start: number
  end: number
  masked: string
}

/** The width of the windows the index keys on. */
const Q = 4

/** The masked form of a value shown only in part: without the digits a full mask may reveal. */
export function partialMask(masked: string): string {
  const at = masked.lastIndexOf(' ending ')
  return at > 0 && masked.endsWith(']') ? `${masked.slice(0, at)}]` : masked
}

/** What a masked form shows of its value (`3012` of `[card number ending 3012]`), or undefined. */
function shownPart(masked: string): string | undefined {
  const at = masked.lastIndexOf(' ending ')
  return at > 0 && masked.endsWith(']') ? masked.slice(at + 8, -1) : undefined
}

/**
 * Sort spans by start and merge those that overlap (the union is masked, with the masked form
 * of the first). O(m log m).
 */
export function mergeSpans<T extends SecretSpan>(spans: T[]): SecretSpan[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: SecretSpan[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span.start < last.end) {
      if (span.end > last.end) last.end = span.end
      continue
    }
    merged.push({start: span.start, end: span.end, masked: span.masked})
  }
  return merged
}

/** Separators a card or account number may be written with between its digits. */
const DIGIT_SEPARATOR = /[\s.\u00a0\u2010-\u2015\u202f-]/

/** The fewest digits a number-like value needs before it is searched for with any separators. */
const MIN_DIGITS = 8
/** The fewest characters another value needs before it is searched for where it recurs. */
const MIN_LENGTH = 4

/**
 * Every other place in `text` where one of the values recurs: the same characters (bounded by
 * non-word characters), or for a value of at least eight digits, the same digits with any
 * separators or none (`4526 0181 5908 3012`, `4526018159083012`, `4526-0181-5908-3012`).
 * One pass over `text` with hash look-ups: linear in the text and the values.
 */
export function findRecurrences(text: string, values: Array<{value: string; masked: string}>): SecretSpan[] {
  return new ValueIndex(values).find(text)
}

/** The values to look for, indexed once (by their digits, and by their first characters). */
export class ValueIndex {
  private readonly byDigits = new Map<string, string>()
  private readonly digitLengths = new Set<number>()
  private readonly byPrefix = new Map<string, Array<{value: string; masked: string}>>()

  constructor(values: Array<{value: string; masked: string}>) {
    for (const {value, masked} of values) {
      const trimmed = value.trim()
      const digits = trimmed.replace(/\D/g, '')
      const compact = trimmed.replace(new RegExp(DIGIT_SEPARATOR.source, 'g'), '')
      if (digits.length >= MIN_DIGITS && digits === compact) {
        if (!this.byDigits.has(digits)) this.byDigits.set(digits, masked)
        this.digitLengths.add(digits.length)
      }
      if (trimmed.length >= MIN_LENGTH) {
        const key = trimmed.slice(0, MIN_LENGTH)
        const list = this.byPrefix.get(key)
        if (!list) this.byPrefix.set(key, [{value: trimmed, masked}])
        else if (!list.some((item) => item.value === trimmed)) list.push({value: trimmed, masked})
      }
    }
  }

  /** Where the values occur in `text` (`digitsOnly`: only numbers, by their digits). */
  find(text: string, digitsOnly = false): SecretSpan[] {
    const found: SecretSpan[] = []
    if (this.byDigits.size > 0) {
      // Runs of digits with short runs of separators between them; each window of a secret's length is looked up.
      const run = /\d(?:[\s.\u00a0\u2010-\u2015\u202f-]{0,3}\d)*/g
      for (let match = run.exec(text); match; match = run.exec(text)) {
        const positions: number[] = []
        let digits = ''
        for (let index = 0; index < match[0].length; index++) {
          const code = match[0].charCodeAt(index)
          if (code >= 48 && code <= 57) {
            digits += match[0][index]
            positions.push(match.index + index)
          }
        }
        if (digits.length < MIN_DIGITS) continue
        for (const length of this.digitLengths) {
          for (let first = 0; first + length <= digits.length; first++) {
            const masked = this.byDigits.get(digits.slice(first, first + length))
            if (masked === undefined) continue
            found.push({start: positions[first], end: positions[first + length - 1] + 1, masked})
            first += length - 1
          }
        }
      }
    }
    if (this.byPrefix.size > 0 && !digitsOnly) {
      for (let at = 0; at + MIN_LENGTH <= text.length; at++) {
        const list = this.byPrefix.get(text.slice(at, at + MIN_LENGTH))
        if (!list) continue
        for (const {value, masked} of list) {
          if (!text.startsWith(value, at)) continue
          // Bounded: not the middle of a longer word or number (`4821` in `48210`).
          if (isWordChar(text, at - 1) && isWordChar(text, at)) continue
          if (isWordChar(text, at + value.length) && isWordChar(text, at + value.length - 1)) continue
          found.push({start: at, end: at + value.length, masked})
        }
      }
    }
    return found
  }
}

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  return /[\p{L}\p{N}_]/u.test(text[index])
}

/** Which characters of each window of the source belong to a secret, and what a partial copy is called. */
interface WindowEntry {
  /** Bit i set: the window's character i is a secret's. */
  bits: number
  /** Some occurrence of the window takes in a character beside a secret: a copy with its context. */
  edge: boolean
  /** The masked form to show for part of a value (`[card number]`). */
  label: string
}

/** Finds copies of secret characters in any text by position (see the module comment). */
export class SecretMasker {
  private readonly windows = new Map<string, WindowEntry>()
  /** Whole values and their masked forms. */
  private readonly values = new Map<string, string>()
  /** Masked forms, and what they show (`ending 3012`): never masked again. */
  private readonly labels = new Set<string>()
  private readonly endings = new Set<string>()

  /** Values of eight digits or more, found again in a field with any separators. */
  private readonly digitValues: Array<{value: string; masked: string}> = []
  private digitIndex: ValueIndex | undefined

  /** Each source: a text and its secret spans, sorted and merged (mergeSpans). */
  constructor(sources: Array<{text: string; spans: SecretSpan[]}>) {
    for (const {text, spans} of sources) this.add(text, spans)
    if (this.digitValues.length > 0) this.digitIndex = new ValueIndex(this.digitValues)
  }

  private add(text: string, spans: SecretSpan[]): void {
    for (const {start, end, masked} of spans) {
      if (text.slice(start, end).replace(/\D/g, '').length >= MIN_DIGITS)
        this.digitValues.push({value: text.slice(start, end), masked})
      const value = text.slice(start, end)
      if (value.trim().length > 0 && !this.values.has(value.trim())) this.values.set(value.trim(), masked)
      this.labels.add(masked)
      this.labels.add(partialMask(masked))
      const ending = shownPart(masked)
      if (ending !== undefined) this.endings.add(ending)
      const label = partialMask(masked)
      for (let at = Math.max(0, start - (Q - 1)); at < end && at + Q <= text.length; at++) {
        const window = text.slice(at, at + Q)
        let bits = 0
        let overlap = 0
        let digit = false
        for (let index = 0; index < Q; index++) {
          const position = at + index
          if (position >= start && position < end) {
            bits |= 1 << index
            overlap++
            if (/\d/.test(text[position])) digit = true
          }
        }
        // A window that is mostly context ("is T" before a password Tr0ub…) marks its one secret
        // character only when it is a digit: `This is The…` must not lose its T.
        if (overlap === 1 && !digit) continue
        const edge = overlap < Q
        const entry = this.windows.get(window)
        if (entry) {
          entry.bits |= bits
          entry.edge ||= edge
        } else this.windows.set(window, {bits, label, edge})
      }
    }
  }

  /** Whether there is anything to mask. */
  get empty(): boolean {
    return this.windows.size === 0 && this.values.size === 0
  }

  /** `field` with every character copied from a secret replaced by a masked form. */
  mask(field: string): string {
    if (this.empty || field.length === 0) return field
    const covered = new Uint8Array(field.length)
    /** Covered by a window with context, by a whole value or by a number's digits: a sure copy. */
    const anchored = new Uint8Array(field.length)
    const labelAt: string[] = []
    let any = false
    // The digits of a number written with other separators, or none (`4526018159083012`).
    if (this.digitIndex) {
      for (const span of this.digitIndex.find(field, true)) {
        covered.fill(1, span.start, span.end)
        anchored.fill(1, span.start, span.end)
        for (let index = span.start; index < span.end; index++) labelAt[index] ??= span.masked
        any = true
      }
    }
    for (let at = 0; at + Q <= field.length; at++) {
      const entry = this.windows.get(field.slice(at, at + Q))
      if (!entry) continue
      for (let index = 0; index < Q; index++) {
        if (entry.bits & (1 << index)) {
          covered[at + index] = 1
          if (entry.edge) anchored[at + index] = 1
          labelAt[at + index] ??= entry.label
          any = true
        }
      }
    }
    // Short whole values (a three-digit CVV) have windows only with their context.
    if (!any) return field
    // Our own masked forms and what they show are kept as they are.
    const protectedPattern = /\[[^[\]\n]{1,80}\]|ending \d{4}/g
    for (let match = protectedPattern.exec(field); match; match = protectedPattern.exec(field)) {
      const text = match[0]
      const keep = text.startsWith('[') ? this.labels.has(text) : this.endings.has(text.slice(7))
      if (keep) covered.fill(0, match.index, match.index + text.length)
    }
    let out = ''
    let index = 0
    while (index < field.length) {
      if (!covered[index]) {
        out += field[index++]
        continue
      }
      let end = index
      while (end < field.length && covered[end]) end++
      const copied = field.slice(index, end)
      const whole = this.values.get(copied.trim())
      // Letters alone, matched only inside a value and not beside it, are a word the value
      // happens to contain (`password` in a token `…/password/edit?reset_password_token=…`), not
      // a copy of it: the rule's own message says "A password is written…".
      if (
        whole === undefined &&
        !/[^\p{L}]/u.test(copied) &&
        !anchored.subarray(index, end).some((flag) => flag === 1)
      ) {
        out += copied
        index = end
        continue
      }
      const label = whole ?? labelAt.slice(index, end).find((item) => item !== undefined) ?? '[confidential]'
      const lead = copied.length - copied.trimStart().length
      const trail = copied.length - copied.trimEnd().length
      out += `${copied.slice(0, lead)}${label}${trail > 0 ? copied.slice(copied.length - trail) : ''}`
      index = end
    }
    return out
  }
}

/** `text` with every span (sorted, not overlapping) replaced by its masked form; spans that overlap [from, to) are clipped to it. */
export function maskRange(text: string, from: number, to: number, spans: SecretSpan[]): string {
  let out = ''
  let at = from
  // First span that may overlap: binary search on end.
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (spans[middle].end <= from) low = middle + 1
    else high = middle
  }
  for (let index = low; index < spans.length && spans[index].start < to; index++) {
    const span = spans[index]
    const start = Math.max(span.start, from)
    const end = Math.min(span.end, to)
    out += text.slice(at, start)
    out += start === span.start && end === span.end ? span.masked : partialMask(span.masked)
    at = end
  }
  return out + text.slice(at, to)
}
