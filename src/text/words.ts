import type {Sentence} from '../types.js'
import {AttachedMap} from './attached.js'
import type {PatternOptions} from './pattern.js'

/**
 * The one form in which the rules compare a word with their lists and with each other: lower case,
 * curly apostrophes (‘ ’ ʼ) and the prime (′) made straight. (The tone, commitments, clarity and
 * proofreading rules each had their own, differing only in which apostrophes they straightened.)
 */
export function normaliseWord(word: string): string {
  let normal = normalForms.get(word)
  if (normal === undefined) {
    normal = word.toLowerCase()
    if (CURLY.test(normal)) normal = normal.replace(CURLY_ALL, "'")
    remember(normalForms, word, normal)
  }
  return normal
}

/**
 * Keep `value` as the answer for `key` in `memo`, when the key is short enough (MAX_REMEMBERED_LENGTH),
 * emptying the memo first when it holds MAX_REMEMBERED answers: bounded for a language server that
 * runs for days (a draft has a few hundred distinct words). What normaliseWord and SortedPairs share.
 */
export function remember<Value>(memo: Map<string, Value>, key: string, value: Value): void {
  if (key.length > MAX_REMEMBERED_LENGTH) return
  if (memo.size >= MAX_REMEMBERED) memo.clear()
  memo.set(key, value)
}

const MAX_REMEMBERED = 20_000

/**
 * The longest word remembered. V8 keeps a cut of 13 characters or more as a view of the string it
 * was cut from: remembering one would keep the whole draft it came from alive (a language server
 * sees a new draft at every edit). Shorter words are copies; longer ones are rare.
 */
const MAX_REMEMBERED_LENGTH = 12

/**
 * The normal forms already computed. The rules ask for the same words many times (each rule, each
 * neighbour of a word): before this, normalising made an eighth of all a batch allocated (105 of
 * 792 MB over the 500 bench drafts) and a tenth of its time went to collecting garbage.
 */
const normalForms = new Map<string, string>()
const CURLY = /[\u2018\u2019\u02bc\u2032]/
const CURLY_ALL = /[\u2018\u2019\u02bc\u2032]/g

/** White space, or a comma then white space, filling the gap between two words (sticky: no copies). */
const SPACE = /\s+/y
const COMMA_SPACE = /,\s+/y

/**
 * How the tone and commitments lists (and the complaint reading) find phrases in the writer's
 * sentences: words compared by `normaliseWord`, separated by white space only (a comma or full stop
 * in between breaks a phrase), except where the phrase itself has a comma (`legally, you must`).
 */
export const PROSE_WORDS: PatternOptions = {
  normalise: normaliseWord,
  between: (raw: string) => (raw.endsWith(',') ? COMMA_SPACE : SPACE)
}

const caches = new WeakMap<(word: string) => string, AttachedMap<Sentence, string[]>>()

/**
 * A sentence's words passed through `normalise`, computed once per sentence and normaliser however
 * many phrase lists look at them (the built-in lists all use `normaliseWord`; an organisation's
 * guidelines compare words their own way).
 */
export function normalisedWords(sentence: Sentence, normalise: (word: string) => string): string[] {
  let bySentence = caches.get(normalise)
  if (!bySentence) caches.set(normalise, (bySentence = new AttachedMap()))
  let normal = bySentence.get(sentence)
  if (!normal) bySentence.set(sentence, (normal = sentence.words.map((word) => normalise(word.text))))
  return normal
}

/**
 * Whether the sticky expression `pattern` matches all of `text` from `start` to `end` (a gap
 * between two words), without copying the gap out of the text. The gap must not be followed by
 * more of what the pattern matches (it ends where a word starts).
 */
export function fills(pattern: RegExp, text: string, start: number, end: number): boolean {
  if (start >= end) return false
  pattern.lastIndex = start
  return pattern.test(text) && pattern.lastIndex === end
}

/**
 * A sentence's words as `normaliseWord` gives them, position for position with `sentence.words`
 * (computed once per sentence): what a rule that walks the words compares, rather than normalising
 * each word again at each look.
 */
export function normalWords(sentence: Sentence): readonly string[] {
  return normalisedWords(sentence, normaliseWord)
}
