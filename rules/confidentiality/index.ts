import type {Rule} from '../../src/types.js'

/** The rules of the confidentiality criterion. */
export const rules: Rule[] = []
