import type {Rule} from '../../src/types.js'
import {countedRules} from './counted.js'
import {density} from './density.js'

/** The rules of the clarity criterion; density comes last and reuses the others' findings. */
export const rules: Rule[] = [
  countedRules.readingLevel,
  countedRules.sentenceLength,
  countedRules.paragraphLength,
  countedRules.bodyLength,
  countedRules.passiveVoice,
  countedRules.wordyPhrase,
  countedRules.unexplainedAcronym,
  countedRules.hedge,
  countedRules.redundancy,
  density
]
