import type {Rule} from '../../src/types.js'
import {blameColleagues} from './blame-colleagues.js'
import {compensation} from './compensation.js'
import {guarantee} from './guarantee.js'
import {legal} from './legal.js'
import {liability} from './liability.js'
import {outsideControl} from './outside-control.js'

/** The rules of the commitments criterion. */
export const rules: Rule[] = [guarantee, liability, blameColleagues, outsideControl, legal, compensation]
