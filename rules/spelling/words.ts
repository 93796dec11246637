/**
 * The words the dictionary rules (spelling/misspelling, spelling/dialect) look at, and what they
 * never look at.
 *
 * In scope: the words of the body's sentences, the greeting word of the salutation (`Dear`, not the
 * name after it) and the complimentary close (`Kind regards`). Never: headers, quotes, signatures
 * (the sender's name, role, organisation and contact lines), address blocks, reference lines.
 *
 * Inside that scope a token is skipped when it is not a word a dictionary could judge: it has a
 * digit (codes `ORD-35034`, money `£4.99`, ordinals `21st`, postcodes `M1 2AB`, times `9am`), or a
 * character other than Latin letters, apostrophes and hyphens (other scripts, emails, domains, `T&Cs`, `3.5kg`), or it
 * sits in a URL or next to `/`, `@`, `#`, or it is one letter long, or it is the value after a
 * secret's name (`your password is bluemoon`). A hyphenated word is also
 * looked at part by part (`well-known` → `well`, `known`).
 */

import {defineView, draftOf} from '../../src/document/draft.js'
import type {CorrDocument, Span} from '../../src/types.js'

export interface Token extends Span {
  /** The text, curly apostrophes made straight, outer apostrophes and hyphens removed. */
  text: string
  /** First word of its sentence (so a capital letter says nothing about a name). */
  sentenceStart: boolean
}

/** A token and, when it is hyphenated, its parts (each with its own span). */
export interface ScannedWord extends Token {
  readonly parts: readonly Token[]
  /** Its sentence's index into `doc.body.paragraphs`, or -1 outside the body (salutation, close). */
  paragraph: number
  /** Its sentence's index into `doc.sentences`. */
  sentence: number
  /**
   * Whether a word beside it in the sentence starts with a capital too (`Covent Garden`, `Mr
   * Okafor`, `National Museum`): a run of capitalised words is a name. The first word of the
   * sentence and the pronoun `I` do not count.
   */
  capitalRun: boolean
  /** The first word of the sentence, capitalised, when this word comes right after it (a name before it, or not). */
  first?: string
}

// The scheme or `www.` is literal; the rest runs to the next space: linear.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]*/gi
const CHECKABLE = /^[\p{Script=Latin}'-]+$/u
const PLAIN = /^[a-z]+$/i
const NEAR_CODE = new Set(['/', '\\', '@', '#', '_', '=', '&'])
// `fited [sic]`: the writer quotes someone else's spelling faithfully. Sticky: tried right after a word.
const SIC = /\s{0,2}[[(]sic[\])]/iy
/** The parts of a word without a hyphen: one shared empty list, not a new one per word. */
const NO_PARTS: readonly Token[] = Object.freeze([])

/** Whether `[start, end)` lies inside one of `scopes`. */
function inScopes(scopes: readonly Span[], start: number, end: number): boolean {
  for (const scope of scopes) if (start >= scope.start && end <= scope.end) return true
  return false
}

/** Whether word `at` of a sentence (not its first) starts with a capital, the pronoun `I` aside. */
function capitalAt(words: ReadonlyArray<{text: string}>, at: number): boolean {
  const other = words[at]
  return at > 0 && other !== undefined && other.text !== 'I' && startsWithCapital(other.text)
}

/** Whether `text` starts with an upper-case letter (`/^\p{Lu}/u`, with ASCII answered without it). */
function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(text)
}

/** Whether `text` starts with a lower-case letter (`/^\p{Ll}/u`, with ASCII answered without it). */
export function startsWithLower(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 97 && code <= 122
  return /^\p{Ll}/u.test(text)
}

/** The words of a draft the dictionary rules check, in order (a view of the draft, src/document/draft.ts). */
export const dictionaryWordsView = defineView<ScannedWord[]>('dictionary words', (draft) => scan(draft.doc))

/** The words of `doc` the dictionary rules check, in order (computed once per draft). */
export function scanWords(doc: CorrDocument): ScannedWord[] {
  return draftOf(doc).get(dictionaryWordsView)
}

function scan(doc: CorrDocument): ScannedWord[] {
  const scopes: Span[] = []
  if (doc.body.span) scopes.push(doc.body.span)
  const salutation = doc.opening.salutation
  if (salutation) scopes.push({start: salutation.start, end: salutation.start + salutation.greeting.length})
  const close = doc.closing.complimentaryClose
  if (close) scopes.push({start: close.start, end: close.end})

  const urls = new SpanIndex([
    ...[...doc.prose.matchAll(URL)].map((match) => ({start: match.index, end: match.index + match[0].length})),
    ...secretValues(doc.prose)
  ])
  const inUrl = (start: number, end: number): boolean => urls.overlaps(start, end)

  const out: ScannedWord[] = []
  doc.sentences.forEach((sentence, sentenceIndex) => {
    if (
      !inScopes(scopes, sentence.start, sentence.end) &&
      !scopes.some((scope) => sentence.start < scope.end && sentence.end > scope.start)
    )
      return
    sentence.words.forEach((word, index) => {
      if (!inScopes(scopes, word.start, word.end) || inUrl(word.start, word.end)) return
      const raw = doc.text.slice(word.start, word.end)
      if (NEAR_CODE.has(doc.text.charAt(word.start - 1)) || NEAR_CODE.has(doc.text.charAt(word.end))) return
      SIC.lastIndex = word.end
      if (SIC.test(doc.text)) return
      // `brightwell.co.uk`, `invoice.pdf`: a full stop followed by a letter.
      if (doc.text.charAt(word.end) === '.' && /\p{L}/u.test(doc.text.charAt(word.end + 1))) return
      // Most words are plain ASCII letters: test that first. (Latin letters exclude digits too.)
      const plain = PLAIN.test(raw)
      const straight = plain ? raw : raw.replace(/[\u2018\u2019\u02bc]/g, "'")
      if (!plain && !CHECKABLE.test(straight)) return
      let lead = 0
      while (lead < straight.length && (straight[lead] === "'" || straight[lead] === '-')) lead++
      let stop = straight.length
      while (stop > lead && (straight[stop - 1] === "'" || straight[stop - 1] === '-')) stop--
      const text = straight.slice(lead, stop)
      if (text.length < 2) return
      const start = word.start + lead
      const sentenceStart = index === 0
      let parts = NO_PARTS
      if (text.includes('-')) {
        const pieces: Token[] = []
        parts = pieces
        let offset = 0
        for (const piece of text.split('-')) {
          if (piece.length > 0)
            pieces.push({
              text: piece,
              start: start + offset,
              end: start + offset + piece.length,
              sentenceStart: sentenceStart && offset === 0
            })
          offset += piece.length + 1
        }
      }
      const capitalRun = capitalAt(sentence.words, index - 1) || capitalAt(sentence.words, index + 1)
      const first = index === 1 && /^\p{Lu}/u.test(sentence.words[0].text) ? sentence.words[0].text : undefined
      out.push({
        text,
        start,
        end: start + text.length,
        sentenceStart,
        parts,
        paragraph: sentence.paragraph,
        sentence: sentenceIndex,
        capitalRun,
        first
      })
    })
  })
  return out
}

const SECRET_NAME = /\b(?:password|passcode|passphrase|memorable (?:word|name|place)|security (?:answer|word)|pin)\b/gi
const LINKS = new Set(['is', 'was', 'will', 'be', 'now', 'set', 'to', 'as'])

/**
 * The value after a secret's name (`password is bluemoon`, `memorable word: Zanzibar`): never a
 * word to spell-check, and a finding would repeat it (confidentiality reports and masks it).
 */
function secretValues(prose: string): Span[] {
  const spans: Span[] = []
  for (const match of prose.matchAll(SECRET_NAME)) {
    let at = match.index + match[0].length
    // Up to three linking words or a colon, then the value (to the next space).
    for (let step = 0; step < 4; step++) {
      while (at < prose.length && (prose[at] === ' ' || prose[at] === ':' || prose[at] === '=' || prose[at] === '\t'))
        at++
      let end = at
      while (end < prose.length && !/\s/.test(prose[end])) end++
      const token = prose.slice(at, end)
      if (!LINKS.has(token.toLowerCase())) {
        if (end > at) spans.push({start: at, end})
        break
      }
      at = end
    }
  }
  return spans
}

/**
 * Sorted spans asked about in increasing order of position (as words are visited): a moving
 * pointer keeps every question constant time on average, so a long draft stays linear.
 */
export class SpanIndex {
  private readonly spans: Span[]
  private next = 0

  constructor(spans: Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start)
  }

  /** Whether `[start, end)` overlaps a span; `start` must not decrease between calls. */
  overlaps(start: number, end: number): boolean {
    while (this.next < this.spans.length && this.spans[this.next].end <= start) this.next++
    for (let index = this.next; index < this.spans.length && this.spans[index].start < end; index++) {
      if (this.spans[index].end > start) return true
    }
    return false
  }
}

/** How a word is capitalised. */
export function caseOf(word: string): 'lower' | 'title' | 'upper' | 'mixed' {
  const lower = word.toLowerCase()
  if (word === lower) return 'lower'
  if (word === word.toUpperCase() && word.length > 1) return 'upper'
  if (word.charAt(0) !== lower.charAt(0) && word.slice(1) === lower.slice(1)) return 'title'
  return 'mixed'
}

/** `word` with the capitals of `like` (Title or UPPER case). */
export function inCaseOf(word: string, like: string): string {
  const shape = caseOf(like)
  if (shape === 'upper') return word.toUpperCase()
  if (shape === 'title') return word.charAt(0).toUpperCase() + word.slice(1)
  return word
}

/**
 * Settings words (the personal dictionary and guideline terms), lower-cased, cached per settings
 * array. A term of several words (`Brightwell Home`, `Flexi-Saver`) also accepts each of its words.
 */
const personal = new WeakMap<string[], Set<string>>()
export function personalWords(words: string[]): Set<string> {
  let found = personal.get(words)
  if (!found) {
    found = new Set<string>()
    for (const entry of words) {
      const normal = entry
        .trim()
        .toLowerCase()
        .replace(/[\u2018\u2019\u02bc]/g, "'")
      found.add(normal)
      for (const part of normal.split(/[\s-]+/)) if (part) found.add(part)
    }
    personal.set(words, found)
  }
  return found
}
