/**
 * Words that judge: the [negative] class of phrase patterns (pattern.ts). AFINN-165 rates 3,382
 * English words for valence from -5 to +5; a word rated -2 or lower that judges a person or their
 * work ("useless", "incompetent", "pathetic") counts, one that names a situation or a feeling
 * ("lost", "damaged", "disappointed") does not, nor does a past participle ("misled", "cheated": what
 * was done to someone), but for a few that judge ("biased"). judging.json lists the adjustments;
 * scripts/build-lexicons.mjs applies them at build time into judging-words.json.
 */
import generated from './judging-words.json' with {type: 'json'}

let words: Set<string> | undefined

/** Whether a normalised (lower-case) word judges a person or their work. */
export function judging(word: string): boolean {
  words ??= new Set(generated.words)
  return words.has(word)
}
