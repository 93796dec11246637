/** The config end to end through the CLI program (`main`, in process): exit codes and one-line errors. */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {clearConfigCache} from '../src/config/index.js'
import {runInProcess} from './support/cli.js'

const root = mkdtempSync(join(tmpdir(), 'corrlint-config-cli-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))
beforeEach(() => clearConfigCache())

const draft = `Dear Mr Barker,

Thank you for your email about changing the delivery date for order 50917. No worries, I have moved it to the day you asked for.

Your sofa will now arrive on Tuesday 1 December between 8am and 12pm. If you need a different day, please reply to this email or call us on 0161 496 0732.

Kind regards,
Priya Shah
`

let count = 0
function project(files: Record<string, string>): string {
  const dir = join(root, `p${++count}`)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), content)
  }
  return dir
}

const run = (args: string[], cwd: string) => runInProcess(args, {cwd})

describe('config through the CLI', () => {
  const invalid: Array<[string, string, string]> = [
    ['unknown key', '{"rulez": {}}', 'corrlint: .corrlintrc.json: unknown key "rulez" at /rulez\n'],
    [
      'wrong type',
      '{"template": 1}',
      'corrlint: .corrlintrc.json: wrong type at /template: expected boolean, got number\n'
    ],
    [
      'unknown rule id',
      '{"rules": {"tone/nope": "off"}}',
      'corrlint: .corrlintrc.json: unknown rule "tone/nope" at /rules (see corrlint rules)\n'
    ],
    [
      'unknown preset',
      '{"preset": "memo"}',
      'corrlint: .corrlintrc.json: unknown preset "memo" at /preset (expected one of email, letter, complaint-reply, chat, template)\n'
    ]
  ]
  for (const [name, config, expected] of invalid) {
    it(`${name}: one line on stderr, exit 2, no report`, async () => {
      const cwd = project({'.corrlintrc.json': config, 'draft.txt': draft})
      expect(await run([join(cwd, 'draft.txt')], cwd)).toEqual({code: 2, stdout: '', stderr: expected})
    })
  }

  it('bad YAML: one line, exit 2', async () => {
    const cwd = project({'.corrlintrc.yaml': 'guidelines:\n  banned: [{phrase: x}\n', 'draft.txt': draft})
    const result = await run([join(cwd, 'draft.txt')], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^corrlint: \.corrlintrc\.yaml: bad YAML: [^\n]+\n$/)
  })

  // Runs once rules/index.ts registers the guideline rules (the engine lints with allRules).
  it.skipIf(!allRules.some((rule) => rule.id === 'tone/guideline-banned'))(
    'a banned phrase in the config fails tone; --rule and --config work on top',
    async () => {
      const cwd = project({
        '.corrlintrc.yaml': 'guidelines:\n  banned: [{phrase: no worries, message: Say "of course".}]\n',
        'other.yaml': '{}\n',
        'draft.txt': draft
      })
      const failing = await run([join(cwd, 'draft.txt'), '--format', 'json'], cwd)
      expect(failing.code).toBe(1)
      const report = JSON.parse(failing.stdout) as {
        files: Array<{
          findings: Array<{ruleId: string; message: string}>
          criteria: Array<{id: string; status: string}>
        }>
      }
      expect(
        report.files[0].findings
          .filter((finding) => finding.ruleId === 'tone/guideline-banned')
          .map((finding) => finding.message)
      ).toEqual(['"No worries" is banned by your organisation\'s guidelines: Say "of course".'])
      const turnedOff = await run(
        [join(cwd, 'draft.txt'), '--format', 'json', '--rule', 'tone/guideline-banned=off'],
        cwd
      )
      expect(
        JSON.parse(turnedOff.stdout).files[0].findings.some(
          (finding: {ruleId: string}) => finding.ruleId === 'tone/guideline-banned'
        )
      ).toBe(false)
      const elsewhere = await run(
        [join(cwd, 'draft.txt'), '--format', 'json', '--config', join(cwd, 'other.yaml')],
        cwd
      )
      expect(
        JSON.parse(elsewhere.stdout).files[0].findings.some(
          (finding: {ruleId: string}) => finding.ruleId === 'tone/guideline-banned'
        )
      ).toBe(false)
    }
  )

  it('--print-config prints the resolved settings', async () => {
    const cwd = project({'.corrlintrc.yaml': 'preset: letter\ndictionary: [Barker]\n', 'draft.txt': draft})
    const result = await run(['--print-config', 'draft.txt', '--dialect', 'en-US'], cwd)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({
      preset: 'letter',
      dialect: 'en-US',
      dictionary: ['Barker'],
      configFile: '.corrlintrc.yaml'
    })
  })

  it('init, explain and rules subcommands', async () => {
    const cwd = project({'notes.txt': 'x'})
    expect(await run(['init', '--preset', 'letter'], cwd)).toEqual({
      code: 0,
      stdout: 'Wrote .corrlintrc.yaml (preset: letter). Edit it, then run corrlint on a draft.\n',
      stderr: ''
    })
    expect(readFileSync(join(cwd, '.corrlintrc.yaml'), 'utf8')).toContain('\npreset: letter\n')
    const again = await run(['init'], cwd)
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'corrlint: .corrlintrc.yaml already exists; corrlint init never overwrites a config (edit it, or delete it first)\n'
    })
    const explained = await run(['explain', 'structure/salutation'], cwd)
    expect(explained.code).toBe(0)
    expect(explained.stdout.split('\n')[0]).toBe('structure/salutation (error by default)')
    expect((await run(['explain', 'nope'], cwd)).code).toBe(2)
    const listed = await run(['rules'], cwd)
    expect(listed.code).toBe(0)
    expect(listed.stdout).toContain('  structure/guideline-sign-off ')
    expect(listed.stdout).toContain('  structure/salutation ')
  })
})
