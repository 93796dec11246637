import {allRules} from '../../../rules/index.js'
import type {Rule} from '../../../src/types.js'
import {RuleTester} from '../../support/rule-tester.js'

/** A heating firm's booking email around the body under test, which is line 3. */
export const tester = new RuleTester({
  wrap: (body) => `Dear Mr Osei,\n\n${body}\n\nKind regards,\nRuth Adeyemi\nHearth Heating`
})

/** The registered guideline rule of one kind (`guideline-banned`…) for every criterion, in report order. */
export function guidelineRules(kind: string): Rule[] {
  return allRules.filter((rule) => rule.id.endsWith(`/${kind}`))
}
