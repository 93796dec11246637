/** `corrlint explain`, `corrlint rules` and `corrlint init` as plain functions. */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {explainCommand} from '../src/cli/commands/explain.js'
import {initCommand, starterConfig} from '../src/cli/commands/init.js'
import {rulesCommand} from '../src/cli/commands/rules.js'
import {clearConfigCache, loadSettings, PRESET_NAMES} from '../src/config/index.js'
import type {Rule} from '../src/types.js'

const rules: Rule[] = allRules
const root = mkdtempSync(join(tmpdir(), 'corrlint-init-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))

describe('explain', () => {
  it('prints a rule from its own docs: what, why, criterion and refs, failing and passing example', () => {
    const rule = allRules.find((candidate) => candidate.id === 'structure/close-matches-salutation')!
    const {output, exitCode} = explainCommand(rule.id, rules)
    expect(exitCode).toBe(0)
    const lines = output.split('\n')
    expect(lines.slice(0, 6)).toEqual([
      'structure/close-matches-salutation (error by default)',
      'Criterion: structure — Structure (assessment criteria 2.4, 2.5)',
      '',
      'What it checks',
      `  ${rule.docs.summary}`,
      ''
    ])
    expect(output).toContain(`Why it matters\n  ${rule.docs.why}\n`)
    expect(output).toContain('Fails\n  | Dear Mrs Patel,\n  |\n  | Thank you for your letter about your bill.')
    expect(output).toContain('  | Yours faithfully,\n  | Sam Okafor\n\nPasses\n  | Dear Mrs Patel,')
  })

  it('shows the settings a guideline rule example needs', () => {
    const {output} = explainCommand('spelling/guideline-terms', rules)
    expect(output).toContain('(Examples checked with {"guidelines":{"terms":["PayFast"]}}.)')
  })

  it('prints a criterion: summary, why, refs and its rules', () => {
    const {output, exitCode} = explainCommand('structure', rules)
    expect(exitCode).toBe(0)
    expect(output.split('\n').slice(0, 2)).toEqual(['structure — Structure (assessment criteria 2.4, 2.5)', ''])
    for (const rule of rules.filter((candidate) => candidate.criterion === 'structure')) {
      expect(output).toMatch(new RegExp(`^  ${rule.id.replace(/[/-]/g, '\\$&')} +${rule.severity} +`, 'm'))
    }
  })

  it('an unknown name exits 2 with one line and a near match', () => {
    expect(explainCommand('salutation', rules)).toEqual({
      output:
        'corrlint: unknown rule or criterion "salutation" (did you mean "structure/salutation"?); see corrlint rules\n',
      exitCode: 2
    })
    expect(explainCommand('zzz', rules)).toEqual({
      output: 'corrlint: unknown rule or criterion "zzz"; see corrlint rules\n',
      exitCode: 2
    })
  })
})

describe('rules', () => {
  it('lists every rule under its criterion with its default severity, folding per-criterion guideline rules', () => {
    const {output, exitCode} = rulesCommand(rules)
    expect(exitCode).toBe(0)
    const first = rules.find((rule) => rule.criterion === 'structure')!
    expect(output.startsWith(`Structure (structure; 2.4, 2.5)\n  ${first.id} `)).toBe(true)
    const folded =
      /^(?!tone\/guideline-(?:banned|prefer)$|completeness\/guideline-required$)[a-z]+\/guideline-(?:banned|prefer|required)$/
    for (const rule of allRules.filter((item) => !folded.test(item.id))) expect(output).toContain(`  ${rule.id} `)
    expect(output).toContain('  tone/guideline-banned ')
    expect(output).toContain('  completeness/guideline-required ')
    expect(output).not.toContain('  clarity/guideline-banned ')
    const shown = rules.length - 24
    expect(output).toContain(
      `\n${shown} rules. corrlint explain <rule> shows why each matters, with examples.\nGuideline entries naming another criterion report as <criterion>/guideline-banned, -prefer or -required (24 more; --all lists them).\n`
    )
    expect(rulesCommand(rules, {all: true}).output).toContain('  clarity/guideline-banned ')
  })

  it('lists rules as JSON', () => {
    const list = JSON.parse(rulesCommand(rules, {json: true}).output) as Array<{
      id: string
      criterion: string
      severity: string
    }>
    expect(list.map((item) => item.id)).toEqual(rules.map((rule) => rule.id))
    expect(list[0]).toEqual({
      id: rules[0].id,
      criterion: rules[0].criterion,
      severity: rules[0].severity,
      summary: rules[0].docs.summary
    })
  })
})

describe('init', () => {
  it('writes a starter for the chosen preset, valid once every example is uncommented', async () => {
    for (const preset of PRESET_NAMES) {
      const cwd = mkdtempSync(join(root, `${preset}-`))
      expect(await initCommand({cwd, preset})).toEqual({
        output: `Wrote .corrlintrc.yaml (preset: ${preset}). Edit it, then run corrlint on a draft.\n`,
        exitCode: 0
      })
      const written = readFileSync(join(cwd, '.corrlintrc.yaml'), 'utf8')
      expect(written).toBe(starterConfig(preset))
      clearConfigCache()
      expect((await loadSettings({filePath: 'a.txt', cwd})).settings.preset).toBe(preset)
      writeFileSync(
        join(cwd, '.corrlintrc.yaml'),
        written.replace(/^# ([a-z$][\w$]*:.*|\s+\S.*)$/gm, '$1').replace(/^\$schema:.*$/m, '')
      )
      writeFileSync(join(cwd, 'words.txt'), 'Okafor\n')
      clearConfigCache()
      const {settings} = await loadSettings({filePath: 'a.txt', cwd})
      expect(settings.guidelines.terms).toEqual(['Brightwell Home'])
      expect(settings.rules['clarity/sentence-length']).toEqual({
        severity: 'warning',
        options: {warning: 20, error: 35}
      })
    }
  })

  it('asks for the preset when it can prompt, and defaults to email', async () => {
    const asked: string[] = []
    const cwd = mkdtempSync(join(root, 'ask-'))
    const result = await initCommand({
      cwd,
      prompt: async (question) => {
        asked.push(question)
        return '2'
      }
    })
    expect(result.exitCode).toBe(0)
    expect(asked[0]).toContain('  2. letter ')
    expect(readFileSync(join(cwd, '.corrlintrc.yaml'), 'utf8')).toContain('\npreset: letter\n')
    const other = mkdtempSync(join(root, 'default-'))
    await initCommand({cwd: other, prompt: async () => ''})
    expect(readFileSync(join(other, '.corrlintrc.yaml'), 'utf8')).toContain('\npreset: email\n')
  })

  it('never overwrites an existing config, and refuses an unknown preset', async () => {
    const cwd = mkdtempSync(join(root, 'exists-'))
    writeFileSync(join(cwd, '.corrlintrc.json'), '{"preset": "chat"}')
    expect(await initCommand({cwd, preset: 'letter'})).toEqual({
      output:
        'corrlint: .corrlintrc.json already exists; corrlint init never overwrites a config (edit it, or delete it first)\n',
      exitCode: 2
    })
    expect(readFileSync(join(cwd, '.corrlintrc.json'), 'utf8')).toBe('{"preset": "chat"}')
    const fresh = mkdtempSync(join(root, 'bad-'))
    expect(await initCommand({cwd: fresh, preset: 'memo'})).toEqual({
      output: 'corrlint: unknown preset "memo" (expected one of email, letter, complaint-reply, chat, template)\n',
      exitCode: 2
    })
  })
})
