import type {Rule} from '../../src/types.js'

/** The rules of the purpose criterion. */
export const rules: Rule[] = []
