import type {CriterionId, Rule} from '../src/types.js'
import {criteria} from './criteria.js'
import {guidelineRules} from './guidelines/index.js'

/**
 * Every rule by criterion: the built-in ones, then the organisation-guideline rules that land under
 * that criterion (they report only when a configuration gives them guidelines: `appliesTo`).
 */
export const rulesByCriterion = Object.fromEntries(
  criteria.map(({id, rules}) => [id, [...rules, ...guidelineRules.filter((rule) => rule.criterion === id)]])
) as Record<CriterionId, Rule[]>

export const allRules: Rule[] = Object.values(rulesByCriterion).flat()
