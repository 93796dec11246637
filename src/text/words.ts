import type {Sentence} from '../types.js'
import {AttachedMap} from './attached.js'

const caches = new WeakMap<(word: string) => string, AttachedMap<Sentence, string[]>>()

/**
 * A sentence's words passed through `normalise`, computed once per sentence and normaliser however
 * many phrase lists look at them (the tone and clarity phrase matchers each fold case and
 * apostrophes their own way).
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
