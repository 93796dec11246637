/** The engine's report: masking across findings, criterion titles. */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/index.js'
import type {Rule} from '../src/types.js'

const draft = `Dear Mr Shah,

I am writing about your account. Your code is QX7741 and your order is 55120.

We will send your new card by Friday 27 November.

Kind regards,
Sam Okafor
`

/** Finds the code and masks it, as a confidentiality rule does. */
const secretRule: Rule = {
  id: 'confidentiality/test-secret',
  criterion: 'confidentiality',
  severity: 'error',
  docs: {summary: 'test', why: 'test', fail: 'test', pass: 'test'},
  check(doc, context) {
    const start = doc.text.indexOf('QX7741')
    context.report({start, end: start + 6, message: 'A code was found.', masked: '[code]'})
  }
}

/** Another criterion's rule that repeats the same value in its message, suggestion and actual (as a speller would). */
const chattyRule: Rule = {
  id: 'spelling/test-chatty',
  criterion: 'spelling',
  severity: 'error',
  docs: {summary: 'test', why: 'test', fail: 'test', pass: 'test'},
  check(doc, context) {
    const start = doc.text.indexOf('Your code')
    context.report({start, end: start + 21, message: "'QX7741' is not a word", suggestion: 'QX 7741', actual: 'Your code is QX7741', expected: 'nothing like QX7741'})
  }
}

describe('masking across findings', () => {
  it("masks a confidential value in every finding's fields, not only the finding that found it", async () => {
    const report = await lint(draft, {rules: [chattyRule, secretRule]})
    const json = JSON.stringify(report.findings)
    expect(report.findings).toHaveLength(2)
    expect(json).not.toContain('QX7741')
    expect(json).not.toContain('7741')
    const chatty = report.findings.find((item) => item.ruleId === 'spelling/test-chatty')!
    expect(chatty.message).toBe("'[code]' is not a word")
    expect(chatty.actual).toBe('Your code is [code]')
    expect(report.masks).toHaveLength(1)
  })

  it('leaves findings alone when nothing is masked', async () => {
    const report = await lint(draft, {rules: [chattyRule]})
    expect(report.findings[0].message).toBe("'QX7741' is not a word")
    expect(report.masks).toEqual([])
  })
})

describe('criterion titles', () => {
  it('names the spelling criterion for the dialect it checks', async () => {
    const title = async (dialect: 'en-GB' | 'en-US') => (await lint(draft, {settings: {dialect}})).criteria.find((result) => result.id === 'spelling')?.title
    expect(await title('en-GB')).toBe('UK spelling and proofreading')
    expect(await title('en-US')).toBe('US spelling and proofreading')
  })
})
