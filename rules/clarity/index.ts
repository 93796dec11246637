import type {Rule} from '../../src/types.js'

/** The rules of the clarity criterion. */
export const rules: Rule[] = []
