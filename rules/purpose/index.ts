import type {Rule} from '../../src/types.js'
import {purposeStatement} from './statement.js'

/** The rules of the purpose criterion. */
export const rules: Rule[] = [purposeStatement]
