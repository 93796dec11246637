import type {Rule} from '../../src/types.js'
import {dictionaryRules} from './dictionary-rules.js'
import {proofreadingRules} from './proofreading.js'

/** The rules of the spelling criterion: dictionary spelling (misspelling, dialect), then proofreading. */
export const rules: Rule[] = [...dictionaryRules, ...proofreadingRules]
