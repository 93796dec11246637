/**
 * A blank submission never earns passes: a draft with no body of its own fails the criteria that
 * need one (purpose, actions, completeness) with a finding that says so, and shows the criteria
 * that judge prose (clarity, tone, spelling, commitments) as not checked.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/index.js'

const statusOf = (report: Awaited<ReturnType<typeof lint>>) =>
  Object.fromEntries(report.criteria.map((result) => [result.id, result.status]))

describe('a draft with no body', () => {
  for (const [name, text] of [
    ['an empty file', ''],
    ['a file of blank lines', '\n\n   \n'],
    ['a greeting and a one-word sign-off', 'Dear Mrs Patel,\n\nThanks\n'],
    ['a greeting, a close and a name', 'Dear Mrs Patel,\n\nYours sincerely,\nSam Okafor\n']
  ] as const) {
    it(`fails purpose, actions and completeness, and checks no prose: ${name}`, async () => {
      const report = await lint(text)
      expect(statusOf(report)).toMatchObject({
        purpose: 'fail',
        actions: 'fail',
        completeness: 'fail',
        clarity: 'not-checked',
        tone: 'not-checked',
        spelling: 'not-checked',
        commitments: 'not-checked'
      })
      for (const ruleId of ['purpose/statement', 'actions/next-action', 'completeness/contact-details']) {
        const finding = report.findings.find((item) => item.ruleId === ruleId)
        expect(finding?.message, ruleId).toMatch(
          /^The draft has no body of its own \(only a greeting, a sign-off, quoted text or nothing at all\): /
        )
        expect(finding?.severity).toBe('error')
      }
    })
  }

  it('points the finding where the body should be: just after the greeting', async () => {
    const report = await lint('Dear Mrs Patel,\n\nThanks\n')
    const finding = report.findings.find((item) => item.ruleId === 'purpose/statement')!
    expect(finding.start).toMatchObject({line: 1, column: 16})
  })

  it('a short draft with a body of its own is judged as before', async () => {
    const report = await lint(
      'Dear Mrs Patel,\n\nThank you for your letter about your bill. We will send a corrected bill by Friday 27 November. Call us on 0161 496 0000 with any questions.\n\nYours sincerely,\nSam Okafor\n'
    )
    expect(Object.values(statusOf(report))).not.toContain('not-checked')
    expect(report.findings.filter((item) => item.message.startsWith('The draft has no body'))).toEqual([])
  })
})
