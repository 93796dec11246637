import type {CriterionId, Rule} from '../src/types.js'
import {rules as structure} from './structure/index.js'
import {rules as purpose} from './purpose/index.js'
import {rules as actions} from './actions/index.js'
import {rules as clarity} from './clarity/index.js'
import {rules as tone} from './tone/index.js'
import {rules as spelling} from './spelling/index.js'
import {rules as confidentiality} from './confidentiality/index.js'
import {rules as commitments} from './commitments/index.js'
import {rules as completeness} from './completeness/index.js'

/** Every built-in rule, by criterion. */
export const rulesByCriterion: Record<CriterionId, Rule[]> = {
  structure,
  purpose,
  actions,
  clarity,
  tone,
  spelling,
  confidentiality,
  commitments,
  completeness
}

export const allRules: Rule[] = Object.values(rulesByCriterion).flat()
