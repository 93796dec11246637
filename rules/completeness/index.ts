import type {Rule} from '../../src/types.js'

/** The rules of the completeness criterion. */
export const rules: Rule[] = []
