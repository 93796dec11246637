import type {Rule} from '../../src/types.js'
import {actionTime} from './action-time.js'
import {nextAction} from './next-action.js'
import {responseRoute} from './response-route.js'
import {vagueTime} from './vague-time.js'

/** The rules of the actions criterion. */
export const rules: Rule[] = [nextAction, actionTime, responseRoute, vagueTime]
