import type {Rule} from '../../src/types.js'
import {markRules} from './proof-marks.js'
import {sentenceRules} from './proof-sentences.js'
import {wordRules} from './proof-words.js'

/** Proofreading rules: repeated words, a/an, lowercase i, capitals, spaces, balance, punctuation, its/it's. */
export const proofreadingRules: Rule[] = [...wordRules, ...sentenceRules, ...markRules]
