import type {Rule} from '../../src/types.js'

/** The rules of the tone criterion. */
export const rules: Rule[] = []
