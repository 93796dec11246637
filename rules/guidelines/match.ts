/**
 * Phrase search for the guideline rules, on the same phrase engine as the built-in lists
 * (src/text/phrases.ts, pattern syntax in src/text/pattern.ts): whole words, any case, any run of
 * spaces or line breaks between words, straight and curly apostrophes alike. A phrase may be a
 * pattern — `{fail}`, `(a|b)`, `word?`, `...`, `[negative]` — compiled once, matched in time
 * linear in the text. The text is cut at blank lines into runs of words the matcher reads like
 * sentences (a gap never crosses a full stop).
 */

import {defineView, draftOf} from '../../src/document/draft.js'
import {loadPatternLanguage, needsLanguage, type PatternOptions} from '../../src/text/pattern.js'
import {PhraseMatcher} from '../../src/text/phrases.js'
import type {CorrDocument, CriterionId, Sentence, Span} from '../../src/types.js'

const compiled = new Map<string, PhraseMatcher<{phrase: string}>>()

/** A config word as the text's words are compared: lower case, straight apostrophes, no end punctuation. */
export function normaliseWord(word: string): string {
  const text = straighten(word.toLowerCase())
  let start = 0
  let end = text.length
  while (start < end && !LETTER_OR_DIGIT.test(text[start])) start++
  while (end > start && !LETTER_OR_DIGIT.test(text[end - 1])) end--
  return text.slice(start, end)
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

const SPACE = /\s+/y
const COMMA_SPACE = /,\s+/y
const GUIDELINE_WORDS: PatternOptions = {
  normalise: normaliseWord,
  between: (raw) => (raw.endsWith(',') ? COMMA_SPACE : SPACE)
}

/**
 * Load what the guidelines' patterns need (compromise, for a lemma or a part of speech the built-in
 * table does not have); undefined when they need nothing, so a rule can check at once.
 */
/** The entries of a guideline list that land under `criterion` (an entry naming none, under `fallback`). */
export function entriesFor<Entry extends {criterion?: CriterionId}>(
  entries: readonly Entry[] | undefined,
  criterion: CriterionId,
  fallback: CriterionId
): Entry[] {
  return (entries ?? []).filter((entry) => (entry.criterion ?? fallback) === criterion)
}

export function preparePhrases(phrases: readonly string[]): Promise<void> | undefined {
  return phrases.some(needsLanguage) ? loadPatternLanguage() : undefined
}

/** Every occurrence of `phrase` (a pattern) in `text`, as spans. Throws PatternError when it is invalid. */
export function findPhrase(text: string, phrase: string): Span[] {
  let matcher = compiled.get(phrase)
  if (!matcher) {
    matcher = new PhraseMatcher([{phrase}], GUIDELINE_WORDS)
    compiled.set(phrase, matcher)
  }
  return matcher.findAll(runsOf(text), text).map(({start, end}) => ({start, end}))
}

/** A word: letters and digits, joined by an apostrophe, hyphen, full stop, ampersand, at or slash. */
const WORD = /[\p{L}\p{N}]+(?:['’.&@/-][\p{L}\p{N}]+)*/gu
let lastText: string | undefined
let lastRuns: Sentence[] = []

/** The text's runs of words between blank lines (the last text's are kept: rules search it in turn). */
function runsOf(text: string): Sentence[] {
  if (text === lastText) return lastRuns
  const runs: Sentence[] = []
  for (const block of text.matchAll(/[^\n]+(?:\n[ \t]*[^\s][^\n]*)*/g)) {
    const at = block.index
    const words = [...block[0].matchAll(WORD)].map((word) => ({
      text: word[0],
      start: at + word.index,
      end: at + word.index + word[0].length
    }))
    if (words.length === 0) continue
    const node = {type: 'SentenceNode' as const, children: []}
    runs.push({text: block[0], start: at, end: at + block[0].length, words, paragraph: -1, node})
  }
  lastText = text
  lastRuns = runs
  return runs
}

/** The writer's prose with curly apostrophes made straight (same offsets): a view of the draft. */
export const proseTextView = defineView<string>('guideline prose', ({doc}) => straighten(doc.prose))

/** The writer's prose with curly apostrophes made straight (same offsets). */
export function proseOf(doc: CorrDocument): string {
  return draftOf(doc).get(proseTextView)
}

/**
 * Everything the writer sends, including their signature, disclaimer and footer (where a required
 * complaints sentence often lives), but not quoted or forwarded messages or headers (blanked, same
 * offsets), curly apostrophes straight: a view of the draft.
 */
export const sentTextView = defineView<string>('guideline sent text', ({doc}) => {
  const chars = straighten(doc.text).split('')
  for (const part of doc.setAside) {
    if (part.kind !== 'quote' && part.kind !== 'forward' && part.kind !== 'markup') continue
    for (let index = part.start; index < part.end; index++) if (chars[index] !== '\n') chars[index] = ' '
  }
  for (const header of Object.values(doc.headers)) {
    if (!header) continue
    for (let index = header.start; index < header.end; index++) if (chars[index] !== '\n') chars[index] = ' '
  }
  return chars.join('')
})

/**
 * Everything the writer sends, including their signature, disclaimer and footer (where a required
 * complaints sentence often lives), but not quoted or forwarded messages.
 */
export function sentTextOf(doc: CorrDocument): string {
  return draftOf(doc).get(sentTextView)
}

/** Normalise a config phrase as `findPhrase` compares it. */
export function normalisePhrase(phrase: string): string {
  return straighten(phrase).trim().replace(/\s+/g, ' ')
}

/** `Text` with the first letter in capitals when `like` starts with one. */
export function matchCase(text: string, like: string): string {
  const first = like.charAt(0)
  return first !== first.toLowerCase() && text.charAt(0) === text.charAt(0).toLowerCase()
    ? text.charAt(0).toUpperCase() + text.slice(1)
    : text
}

function straighten(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'")
}
