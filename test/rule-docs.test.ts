/** Every rule's docs are complete, and its examples are true: `fail` reports, `pass` does not. */
import {describe, expect, it} from 'vitest'
import {CRITERIA} from '../rules/criteria.js'
import {allRules, rulesByCriterion} from '../rules/index.js'
import {findingsOf, lintText} from './helpers.js'

describe('rule docs', () => {
  const ids = new Set<string>()
  for (const rule of allRules) {
    describe(rule.id, () => {
      it('has a unique id named after its criterion, and complete docs', () => {
        expect(ids.has(rule.id)).toBe(false)
        ids.add(rule.id)
        expect(rule.id.startsWith(`${rule.criterion}/`)).toBe(true)
        expect(CRITERIA).toContain(rule.criterion)
        for (const key of ['summary', 'why', 'fail', 'pass'] as const) expect(rule.docs[key].length).toBeGreaterThan(10)
      })
      // A rule that reviews findings (clarity/density) runs after the rules of its criterion.
      const rules = rule.review ? [...rulesByCriterion[rule.criterion].filter((other) => other !== rule), rule] : [rule]
      it('reports on its failing example', async () => {
        const report = await lintText(rule.docs.fail, {rules, settings: rule.docs.settings})
        expect(findingsOf(report, rule.id).length).toBeGreaterThan(0)
      })
      it('is quiet on its passing example', async () => {
        const report = await lintText(rule.docs.pass, {rules, settings: rule.docs.settings})
        expect(findingsOf(report, rule.id)).toEqual([])
      })
    })
  }
})
