import type {Rule} from '../../src/types.js'

/** The rules of the actions criterion. */
export const rules: Rule[] = []
