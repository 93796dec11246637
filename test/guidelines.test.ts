/** Organisation guidelines: each kind of guideline rule, and the organisation fixture config end to end. */
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {guidelineRules} from '../rules/guidelines/index.js'
import {allRules} from '../rules/index.js'
import {loadSettings} from '../src/config/index.js'
import {defaultSettings, lintSource} from '../src/engine/index.js'
import {readSource} from '../src/input/index.js'
import type {Finding, Guidelines} from '../src/types.js'
import {at, findingsOf, lintText} from './helpers.js'

const letter = (body: string, close = 'Kind regards,') => `Dear Mrs Patel,\n\n${body}\n\n${close}\nSam Okafor`
const lintWith = (text: string, guidelines: Guidelines) =>
  lintText(text, {rules: guidelineRules, settings: {guidelines}})

describe('guideline rule docs', () => {
  const ids = new Set<string>()
  for (const rule of guidelineRules) {
    it(`${rule.id}: unique id under its criterion, complete docs, examples that fail and pass`, async () => {
      expect(ids.has(rule.id)).toBe(false)
      ids.add(rule.id)
      expect(rule.id.startsWith(`${rule.criterion}/guideline-`)).toBe(true)
      expect(allRules).toContain(rule)
      const failing = await lintText(rule.docs.fail, {rules: [rule], settings: rule.docs.settings})
      expect(findingsOf(failing, rule.id).length).toBeGreaterThan(0)
      expect(failing.findings.every((finding) => finding.criterion === rule.criterion)).toBe(true)
      const passing = await lintText(rule.docs.pass, {rules: [rule], settings: rule.docs.settings})
      expect(passing.findings).toEqual([])
    })
  }
  it('is silent without guidelines', async () => {
    for (const rule of guidelineRules) {
      expect((await lintText(rule.docs.fail, {rules: [rule]})).findings).toEqual([])
    }
  })
})

describe('banned', () => {
  it('finds whole phrases in any case, across a line break, with curly apostrophes; lands under the named criterion', async () => {
    const report = await lintWith(
      letter(
        'Thank you for your email. As per\nour call, I’ve sent the form. We can’t help with that, as personal data is involved.'
      ),
      {
        banned: [
          {phrase: 'per our call', criterion: 'tone', severity: 'warning'},
          {phrase: 'as per', message: 'Say "as" or "following".', criterion: 'clarity'},
          {phrase: "can't help", severity: 'warning'}
        ]
      }
    )
    expect(report.findings.map((finding) => [finding.ruleId, finding.severity, at(finding), finding.message])).toEqual([
      [
        'clarity/guideline-banned',
        'error',
        '3:27',
        '"As per" is banned by your organisation\'s guidelines: Say "as" or "following".'
      ],
      ['tone/guideline-banned', 'warning', '3:30', '"per our call" is banned by your organisation\'s guidelines.'],
      ['tone/guideline-banned', 'warning', '4:34', '"can’t help" is banned by your organisation\'s guidelines.']
    ])
  })

  it('does not match inside longer words or in quoted text', async () => {
    const text =
      'Dear Mrs Patel,\n\nThank you for your email. I have sent the forms as personal data is involved.\n\nKind regards,\nSam Okafor\n\nOn 20 Nov 2026, Ann Patel <ann@example.com> wrote:\n> as per my last email, no worries\n'
    const report = await lintWith(text, {banned: [{phrase: 'as per'}, {phrase: 'no worries'}]})
    expect(report.findings).toEqual([])
  })
})

describe('guideline phrases are phrase patterns', () => {
  it('banned: inflections, alternatives, gaps and a judging word, each finding on the words that caused it', async () => {
    const body = 'We regret that your claim failed. We regretted the delay. Our courier, frankly, was hopeless.'
    const report = await lintWith(letter(body), {
      banned: [
        {phrase: '{regret}', message: 'Say sorry.'},
        {phrase: '(courier|driver) ... (is|was) [negative]', severity: 'warning'}
      ]
    })
    expect(report.findings.map((finding) => [at(finding), finding.severity, finding.actual])).toEqual([
      ['3:4', 'error', 'regret'],
      ['3:38', 'error', 'regretted'],
      ['3:63', 'warning', 'courier, frankly, was hopeless']
    ])
  })
  it('banned with max: an occurrence limit reports only the uses past it', async () => {
    const report = await lintWith(
      letter('Unfortunately the part is late. Unfortunately the engineer is ill. Unfortunately we must wait.'),
      {
        banned: [{phrase: 'unfortunately', max: 1}]
      }
    )
    expect(report.findings.map((finding) => [at(finding), finding.message])).toEqual([
      ['3:33', '"Unfortunately" is used 3 times, more than the 1 allowed by your organisation\'s guidelines.'],
      ['3:68', '"Unfortunately" is used 3 times, more than the 1 allowed by your organisation\'s guidelines.']
    ])
  })
  it('prefer and required take patterns too, and a part of speech loads the tagger on demand', async () => {
    const prefer = await lintWith(letter('We will reimburse you. We reimbursed Mr Khan.'), {
      prefer: [{use: 'refund', instead: ['{reimburse}']}]
    })
    expect(prefer.findings.map((finding) => finding.actual)).toEqual(['reimburse', 'reimbursed'])
    const required = {required: [{phrase: '(ask|contact) our complaints (team|department)'}]}
    expect((await lintWith(letter('You can contact our complaints department.'), required)).findings).toEqual([])
    expect((await lintWith(letter('Your refund is on its way.'), required)).findings).toHaveLength(1)
    const tagged = await lintWith(letter('The parcel was very late. It was a late parcel.'), {
      banned: [{phrase: 'very [adj]'}]
    })
    expect(tagged.findings.map((finding) => finding.actual)).toEqual(['very late'])
  })
  it('refuses a phrase that is not a valid pattern when the config is loaded', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'corrlint-phrase-'))
    writeFileSync(join(cwd, '.corrlintrc.json'), '{"guidelines": {"banned": [{"phrase": "(we|i cannot"}]}}')
    writeFileSync(join(cwd, 'a.txt'), 'x')
    await expect(loadSettings({filePath: 'a.txt', cwd})).rejects.toThrow(
      /invalid phrase at \/guidelines\/banned\/0\/phrase: "\(we\|i cannot" at character 13: a group is not closed/
    )
  })
})

describe('prefer', () => {
  it('suggests the preferred word in the capitals of the text it replaces', async () => {
    const report = await lintWith(letter('E-mail us if the e-mail does not arrive.'), {
      prefer: [{use: 'email', instead: ['e-mail']}]
    })
    expect(
      report.findings.map((finding) => [
        finding.ruleId,
        finding.severity,
        at(finding),
        finding.suggestion,
        finding.actual,
        finding.expected
      ])
    ).toEqual([
      ['tone/guideline-prefer', 'warning', '3:1', 'Replace "E-mail" with "Email".', 'E-mail', 'email'],
      ['tone/guideline-prefer', 'warning', '3:18', 'Replace "e-mail" with "email".', 'e-mail', 'email']
    ])
  })
})

describe('required', () => {
  const escalation = {phrase: 'ask our complaints team to review it', message: 'Add the escalation sentence.'}
  it('reports the missing wording on the last body paragraph', async () => {
    const report = await lintWith(
      letter('Thank you for your complaint.\n\nYour refund will reach your card by Friday.'),
      {required: [escalation]}
    )
    const [finding] = report.findings
    expect([finding.ruleId, finding.severity, at(finding), finding.expected]).toEqual([
      'completeness/guideline-required',
      'error',
      '5:1',
      'ask our complaints team to review it'
    ])
    expect(finding.message).toBe(
      'Your organisation\'s guidelines require "ask our complaints team to review it", and the draft does not have it: Add the escalation sentence.'
    )
  })
  it('counts wording in the body or in the signature footer, and a pattern', async () => {
    const footer =
      'Dear Mrs Patel,\n\nYour refund will reach your card by Friday.\n\nKind regards,\nSam Okafor\nCustomer Relations\nNot happy? You can ask our complaints team to review it.\n'
    expect((await lintWith(footer, {required: [escalation]})).findings).toEqual([])
    const pattern = {pattern: 'complaints (team|procedure)', criterion: 'actions' as const}
    expect(
      (await lintWith(letter('Our complaints procedure is on our website.'), {required: [pattern]})).findings
    ).toEqual([])
    const missing = await lintWith(letter('Your refund is on its way.'), {required: [pattern]})
    expect(missing.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      [
        'actions/guideline-required',
        "Your organisation's guidelines require text matching /complaints (team|procedure)/, and the draft does not have it."
      ]
    ])
  })
  it('does not count the wording in a quoted earlier message', async () => {
    const text =
      'Dear Mrs Patel,\n\nYour refund will reach your card by Friday.\n\nKind regards,\nSam Okafor\n\nOn 20 Nov 2026, Ann Patel <ann@example.com> wrote:\n> Can I ask your complaints team to review it?\n'
    expect(findingsOf(await lintWith(text, {required: [escalation]}), 'completeness/guideline-required')).toHaveLength(
      1
    )
  })
})

describe('signOff', () => {
  it('accepts an allowed close in any case and punctuation, reports another, ignores a missing close', async () => {
    expect(
      (await lintWith(letter('Your refund is on its way.', 'kind regards'), {signOff: ['Kind regards.']})).findings
    ).toEqual([])
    const report = await lintWith(letter('Your refund is on its way.', 'Best wishes,'), {signOff: ['Kind regards']})
    expect(
      report.findings.map((finding) => [finding.ruleId, at(finding), finding.message, finding.suggestion])
    ).toEqual([
      [
        'structure/guideline-sign-off',
        '5:1',
        '"Best wishes" is not one of your organisation\'s sign-offs: use "Kind regards".',
        'Close with "Kind regards,".'
      ]
    ])
    expect(
      (await lintWith('Dear Mrs Patel,\n\nYour refund is on its way.\n\nSam Okafor', {signOff: ['Kind regards']}))
        .findings
    ).toEqual([])
  })
})

describe('terms', () => {
  it('reports each form not spelt exactly like the term, and leaves addresses alone', async () => {
    const text = letter(
      "Pay with PayFast, Payfast or PAYFAST; pay-fast works too. See www.payfast.co.uk or write to help@payfast.com. Our eBay shop and Ebay's listings. You can pay fast online."
    )
    const report = await lintWith(text, {terms: ['PayFast', 'eBay']})
    expect(report.findings.map((finding) => [at(finding), finding.actual, finding.expected])).toEqual([
      ['3:19', 'Payfast', 'PayFast'],
      ['3:30', 'PAYFAST', 'PayFast'],
      ['3:39', 'pay-fast', 'PayFast'],
      ['3:129', 'Ebay', 'eBay']
    ])
    expect(report.findings[0].message).toBe('Write "PayFast" as your organisation spells it, not "Payfast".')
    expect(report.findings.every((finding) => finding.ruleId === 'spelling/guideline-terms')).toBe(true)
  })
})

describe('organisation fixture config (fixtures/org/.corrlintrc.yaml)', () => {
  const root = new URL('../fixtures/org/', import.meta.url).pathname
  const drafts = walk(root).filter((path) => path.endsWith('.txt'))
  const rules = allRules
  const key = (finding: Finding) => `${finding.ruleId}@${finding.start.offset}:${finding.message}`

  it('has drafts', () => expect(drafts.length).toBe(6))
  for (const path of drafts) {
    const name = relative(root, path)
    it(`${name}: changes exactly the expected verdicts and findings`, async () => {
      const expected = JSON.parse(readFileSync(path.replace(/\.txt$/, '.expected.json'), 'utf8')) as {
        criteria: Record<string, string>
        findings: Array<{ruleId: string; severity: string; line: number; column: number; message: string}>
      }
      const source = await readSource(path)
      const {settings} = await loadSettings({filePath: name, cwd: root})
      const without = await lintSource(source, defaultSettings(), {rules})
      const withConfig = await lintSource(source, settings, {rules})
      const changed = Object.fromEntries(
        withConfig.criteria
          .filter((result, index) => {
            const was = without.criteria[index].status
            // A criterion checked only because a guideline applies to it has not changed verdict by passing.
            return result.status !== was && !(was === 'not-checked' && result.status === 'pass')
          })
          .map((result) => [result.id, result.status])
      )
      expect(changed).toEqual(expected.criteria)
      const before = new Set(without.findings.map(key))
      const added = withConfig.findings
        .filter((finding) => !before.has(key(finding)))
        .map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity,
          line: finding.start.line,
          column: finding.start.column,
          message: finding.message
        }))
      expect(added).toEqual(expected.findings)
    })
  }
})

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]))
}

describe('appliesTo', () => {
  it('a guideline rule applies only when the settings have entries for its kind and criterion', () => {
    const byId = new Map(guidelineRules.map((rule) => [rule.id, rule]))
    const settings = {
      ...defaultSettings(),
      guidelines: {banned: [{phrase: 'as per', criterion: 'clarity' as const}], terms: ['PayFast']}
    }
    const applying = guidelineRules.filter((rule) => rule.appliesTo?.(settings) !== false).map((rule) => rule.id)
    expect(applying).toEqual(['clarity/guideline-banned', 'spelling/guideline-terms'])
    expect(
      byId.get('tone/guideline-banned')!.appliesTo!({...defaultSettings(), guidelines: {banned: [{phrase: 'x'}]}})
    ).toBe(true)
    expect(guidelineRules.every((rule) => rule.appliesTo!(defaultSettings()) === false)).toBe(true)
  })
})
