import type {Rule} from '../../src/types.js'

/** The rules of the commitments criterion. */
export const rules: Rule[] = []
