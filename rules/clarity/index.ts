import type {Rule} from '../../src/types.js'
import {bodyLength} from './body-length.js'
import {density} from './density.js'
import {hedge} from './hedge.js'
import {paragraphLength} from './paragraph-length.js'
import {passiveVoice} from './passive-voice.js'
import {readingLevel} from './reading-level.js'
import {redundancy} from './redundancy.js'
import {sentenceLength} from './sentence-length.js'
import {unexplainedAcronym} from './unexplained-acronym.js'
import {wordyPhrase} from './wordy-phrase.js'

/** The rules of the clarity criterion; density comes last and reviews the others' findings. */
export const rules: Rule[] = [
  readingLevel,
  sentenceLength,
  paragraphLength,
  bodyLength,
  passiveVoice,
  wordyPhrase,
  unexplainedAcronym,
  hedge,
  redundancy,
  density
]
