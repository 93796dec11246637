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
import {guidelineRules} from './guidelines/index.js'

const builtIn: Record<CriterionId, Rule[]> = {
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

/**
 * Every rule by criterion: the built-in ones, then the organisation-guideline rules that land under
 * that criterion (they report only when a configuration gives them guidelines: `appliesTo`).
 */
export const rulesByCriterion = Object.fromEntries(
  Object.entries(builtIn).map(([criterion, rules]) => [
    criterion,
    [...rules, ...guidelineRules.filter((rule) => rule.criterion === criterion)]
  ])
) as Record<CriterionId, Rule[]>

export const allRules: Rule[] = Object.values(rulesByCriterion).flat()
