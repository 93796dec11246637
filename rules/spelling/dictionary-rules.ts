import type {Rule} from '../../src/types.js'
import {dialect} from './dialect.js'
import {misspelling} from './misspelling.js'

/** spelling/misspelling and spelling/dialect (owned by the dictionary work). */
export const dictionaryRules: Rule[] = [misspelling, dialect]
