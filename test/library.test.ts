/** The package's library API: `import {lint} from 'corrlint'` lints a string without the CLI. */
import {describe, expect, it} from 'vitest'
import * as corrlint from '../src/index.js'

describe('library API', () => {
  it('lints a string and returns the typed report', async () => {
    const report = await corrlint.lint(
      'Dear Mrs Patel,\n\nThank you for your letter about your bill.\n\nYours faithfully,\nSam Okafor'
    )
    expect(report.criteria.map((result) => result.id)).toEqual([...corrlint.CRITERIA])
    expect(report.criteria.find((result) => result.id === 'structure')?.status).toBe('fail')
    expect(report.findings.find((finding) => finding.ruleId === 'structure/close-matches-salutation')?.start).toEqual({
      offset: 61,
      line: 5,
      column: 1
    })
  })

  it('formats a report with any registered format', async () => {
    const report = await corrlint.lint('Hi Sam,\n\nYour parcel was delivered today.\n\nKind regards,\nPriya')
    const text = corrlint.formatters.json(corrlint.summarise([report], '1.0.0'), {
      color: false,
      cwd: '/',
      rules: corrlint.allRules
    })
    expect(JSON.parse(text).files[0].kind).toBe('email')
  })
})
