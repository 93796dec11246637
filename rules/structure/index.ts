import type {Rule} from '../../src/types.js'

/** The rules of the structure criterion. */
export const rules: Rule[] = []
