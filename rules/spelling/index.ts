import type {Rule} from '../../src/types.js'

/** The rules of the spelling criterion. */
export const rules: Rule[] = []
