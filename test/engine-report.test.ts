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
    context.report({
      start,
      end: start + 21,
      message: "'QX7741' is not a word",
      suggestion: 'QX 7741',
      actual: 'Your code is QX7741',
      expected: 'nothing like QX7741'
    })
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
    const title = async (dialect: 'en-GB' | 'en-US') =>
      (await lint(draft, {settings: {dialect}})).criteria.find((result) => result.id === 'spelling')?.title
    expect(await title('en-GB')).toBe('UK spelling and proofreading')
    expect(await title('en-US')).toBe('US spelling and proofreading')
  })
})

describe('masking what the writer did not write', () => {
  it("masks a customer's card number and password in a quoted message, without reporting them, in the HTML report too", async () => {
    const {lintSource, summarise} = await import('../src/engine/index.js')
    const {defaultSettings} = await import('../src/engine/settings.js')
    const {textSource} = await import('../src/input/text.js')
    const {html} = await import('../src/report/html.js')
    const {allRules} = await import('../rules/index.js')
    const quoted = `Dear Ms Wilson,\n\nThank you for your email about your payment. We have sent you a secure link to update your card.\n\nIf you have any questions, please call us on 0161 496 0732.\n\nKind regards,\nDaniel Hughes\n\nOn 3 May 2025, Jo Wilson wrote:\n> My card is 4539 1488 0343 6467 and my password is Bluebell2024.\n`
    const file = await lintSource(textSource(quoted, 'reply.txt'), defaultSettings(), {includeText: true})
    expect(file.findings.filter((finding) => finding.criterion === 'confidentiality')).toEqual([])
    expect(file.masks.map((mask) => mask.masked).sort()).toEqual(['[card number ending 6467]', '[password]'])
    const page = html(summarise([file], '0.0.0'), {color: false, cwd: '/', rules: allRules})
    expect(page).toContain('[card number ending 6467]')
    expect(page).not.toMatch(/4539|1488 0343|Bluebell2024/)
  })
})
