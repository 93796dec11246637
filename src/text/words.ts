import type {Sentence} from '../types.js'

const caches = new WeakMap<(word: string) => string, WeakMap<Sentence, string[]>>()

/**
 * A sentence's words passed through `normalise`, computed once per sentence and normaliser however
 * many phrase lists look at them (the tone and clarity phrase matchers each fold case and
 * apostrophes their own way).
 */
export function normalisedWords(sentence: Sentence, normalise: (word: string) => string): string[] {
  let bySentence = caches.get(normalise)
  if (!bySentence) caches.set(normalise, (bySentence = new WeakMap()))
  let normal = bySentence.get(sentence)
  if (!normal) bySentence.set(sentence, (normal = sentence.words.map((word) => normalise(word.text))))
  return normal
}
