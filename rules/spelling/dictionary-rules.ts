import type {Rule} from '../../src/types.js'

/** spelling/misspelling and spelling/dialect (owned by the dictionary work). */
export const dictionaryRules: Rule[] = []
