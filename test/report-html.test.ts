import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {defaultSettings, lintSource, summarise} from '../src/engine/index.js'
import {textSource} from '../src/input/text.js'
import {html} from '../src/report/html.js'
import type {FileReport, Rule} from '../src/types.js'

const draft = `Dear Mrs Patel,

Thank you for your letter about your bill & the <meter> reading.

We will send a corrected bill by Friday 27 November.

Yours faithfully,
Sam Okafor

> Your bill is WRONG and I want it fixed!!!
`

/** A stand-in confidentiality rule so the masking path is exercised whatever the real rules do. */
const fakeSecret: Rule = {
  id: 'confidentiality/test-secret',
  criterion: 'confidentiality',
  severity: 'error',
  docs: {summary: 'test', why: 'test', fail: 'test', pass: 'test'},
  check(doc, context) {
    const start = doc.text.indexOf('27 November')
    context.report({start, end: start + 11, message: 'A secret was found.', masked: '[date]'})
  }
}

async function render(text: string, rules: Rule[]) {
  const file = await lintSource(textSource(text, 'draft.txt'), defaultSettings(), {rules, includeText: true})
  return {file, page: html(summarise([file], '0.0.0'), {color: false, cwd: '/', rules})}
}

describe('html report', () => {
  it('is one self-contained page: no external resources', async () => {
    const {page} = await render(draft, allRules)
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).not.toMatch(/<(?:link|script)\b|src=|url\(/i)
    expect(page).toContain('<h1>corrlint report</h1>')
  })

  it('highlights each finding in place with its message, keyboard-reachable', async () => {
    const {file, page} = await render(draft, allRules)
    const finding = file.findings.find((item) => item.ruleId === 'structure/close-matches-salutation')!
    expect(page).toMatch(
      /<mark class="error" id="f0-\d+" tabindex="0" data-msg="error: &#34;Yours faithfully&#34; does not match/
    )
    expect(page).toContain('>Yours faithfully,</mark>')
    expect(page).toContain(`${finding.start.line}:${finding.start.column}</a> <strong>error</strong>`)
  })

  it('shades the parts and escapes the draft', async () => {
    const {page} = await render(draft, allRules)
    for (const part of ['opening', 'body', 'closing'])
      expect(page).toContain(`<div class="part part-${part}"><span class="part-label">${part}</span>`)
    expect(page).toContain('bill &#38; the &#60;meter&#62; reading')
    expect(page).toContain('✘ FAIL')
  })

  it('masks confidential values in the rendered draft and never prints them', async () => {
    const {page} = await render(draft, [fakeSecret])
    expect(page).toContain('<span class="masked">[date]</span>')
    expect(page).not.toContain('27 November')
  })

  it('gives an index matrix with links for several files', async () => {
    const a = (await render(draft, allRules)).file
    const b: FileReport = {...a, path: 'other.txt'}
    const page = html(summarise([a, b], '0.0.0'), {color: false, cwd: '/', rules: allRules})
    expect(page).toContain('<h2 id="index-title">Class summary</h2>')
    expect(page).toContain('<a href="#file-1">other.txt</a>')
    expect(page).toContain('<section id="file-1"')
  })
})
