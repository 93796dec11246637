/** Config discovery, validation (one line naming the file and the key), presets, extends, overrides. */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import {clearConfigCache, loadSettings, printConfig} from '../src/config/index.js'
import {checkPattern} from '../src/config/validate.js'
import {CorrlintError} from '../src/errors.js'
import {loadUserPatternEngine} from '../src/text/user-pattern.js'

const root = mkdtempSync(join(tmpdir(), 'corrlint-config-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))
beforeEach(() => clearConfigCache())

let count = 0
/** A fresh project folder with the given files. */
function project(files: Record<string, string>): string {
  const dir = join(root, `p${++count}`)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), content)
  }
  return dir
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(CorrlintError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected a CorrlintError')
}

describe('discovery', () => {
  it('finds .corrlintrc.yaml in a parent folder of the draft', async () => {
    const cwd = project({'.corrlintrc.yaml': 'preset: letter\ndialect: en-US\n', 'letters/2026/a.txt': 'x'})
    const {settings, configFile} = await loadSettings({filePath: 'letters/2026/a.txt', cwd})
    expect(configFile).toBe(join(cwd, '.corrlintrc.yaml'))
    expect(settings.preset).toBe('letter')
    expect(settings.dialect).toBe('en-US')
    expect(settings.configFile).toBe('.corrlintrc.yaml')
  })

  it('prefers the nearest config, and reads the corrlint key of package.json', async () => {
    const cwd = project({
      'package.json': JSON.stringify({name: 'x', corrlint: {preset: 'chat'}}),
      'sub/corrlint.config.json': JSON.stringify({preset: 'template'}),
      'sub/a.txt': 'x',
      'b.txt': 'x'
    })
    expect((await loadSettings({filePath: 'sub/a.txt', cwd})).settings.preset).toBe('template')
    expect((await loadSettings({filePath: 'b.txt', cwd})).settings.preset).toBe('chat')
  })

  it('skips a package.json without a corrlint key and uses defaults when nothing is found', async () => {
    const cwd = project({'package.json': JSON.stringify({name: 'x'}), 'a.txt': 'x'})
    const {settings, configFile} = await loadSettings({filePath: 'a.txt', cwd})
    expect(configFile).toBeUndefined()
    expect(settings).toMatchObject({preset: 'email', dialect: 'en-GB', template: false, rules: {}, accept: []})
  })

  it('a broken package.json without corrlint settings is passed over; with them it is an error', async () => {
    const cwd = project({'package.json': '{"name": "x",', 'a.txt': 'x'})
    expect((await loadSettings({filePath: 'a.txt', cwd})).settings.preset).toBe('email')
    const broken = project({'package.json': '{"corrlint": {"preset": "letter"},', 'a.txt': 'x'})
    expect(await errorOf(loadSettings({filePath: 'a.txt', cwd: broken}))).toMatch(/^package\.json: bad JSON: /)
  })

  it('--config overrides discovery', async () => {
    const cwd = project({
      '.corrlintrc.json': '{"preset": "chat"}',
      'shared/house.yaml': 'preset: letter\n',
      'a.txt': 'x'
    })
    const {settings} = await loadSettings({filePath: 'a.txt', configPath: 'shared/house.yaml', cwd})
    expect(settings.preset).toBe('letter')
  })

  it('never runs a JavaScript config', async () => {
    const cwd = project({'corrlint.config.js': 'globalThis.ran = true; export default {preset: "chat"}', 'a.txt': 'x'})
    expect((await loadSettings({filePath: 'a.txt', cwd})).settings.preset).toBe('email')
    expect(await errorOf(loadSettings({configPath: 'corrlint.config.js', cwd}))).toBe(
      'corrlint.config.js: a config file must be JSON (.json) or YAML (.yaml, .yml); corrlint never runs code from a config'
    )
    expect((globalThis as Record<string, unknown>).ran).toBeUndefined()
  })

  it('reads each config once per process for a batch in one folder', async () => {
    const cwd = project({'.corrlintrc.json': '{"dictionary": ["Okafor"]}', 'a.txt': 'x', 'b.txt': 'x'})
    const first = await loadSettings({filePath: 'a.txt', cwd})
    writeFileSync(join(cwd, '.corrlintrc.json'), '{"dictionary": ["Changed"]}')
    const second = await loadSettings({filePath: 'b.txt', cwd})
    expect(second.settings.dictionary).toEqual(first.settings.dictionary)
    clearConfigCache()
    expect((await loadSettings({filePath: 'b.txt', cwd})).settings.dictionary).toEqual(['Changed'])
  })
})

describe('invalid configs: one line naming the file and the problem', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['unknown key', {'.corrlintrc.json': '{"rulez": {}}'}, '.corrlintrc.json: unknown key "rulez" at /rulez'],
    [
      'nested unknown key',
      {'.corrlintrc.yaml': 'guidelines:\n  baned:\n    - phrase: x\n'},
      '.corrlintrc.yaml: unknown key "baned" at /guidelines/baned'
    ],
    [
      'wrong type',
      {'.corrlintrc.json': '{"template": "yes"}'},
      '.corrlintrc.json: wrong type at /template: expected boolean, got string'
    ],
    [
      'wrong type in a list',
      {'.corrlintrc.yaml': 'dictionary: Okafor\n'},
      '.corrlintrc.yaml: wrong type at /dictionary: expected array, got string'
    ],
    [
      'bad severity',
      {'.corrlintrc.json': '{"rules": {"structure/salutation": "fatal"}}'},
      '.corrlintrc.json: wrong value at /rules/structure~1salutation: expected "off", "warning", "error" or [severity, {options}]'
    ],
    [
      'bad dialect',
      {'.corrlintrc.json': '{"dialect": "en-UK"}'},
      '.corrlintrc.json: wrong value "en-UK" at /dialect: expected one of en-GB, en-US'
    ],
    [
      'unknown criterion',
      {'.corrlintrc.json': '{"criteria": {"spelin": false}}'},
      '.corrlintrc.json: unknown criterion "spelin" at /criteria/spelin'
    ],
    [
      'unknown rule id',
      {'.corrlintrc.json': '{"rules": {"structure/salutations": "off"}}'},
      '.corrlintrc.json: unknown rule "structure/salutations" at /rules (see corrlint rules)'
    ],
    [
      'unknown rule id in accept',
      {'.corrlintrc.yaml': 'accept:\n  - {rule: acronym, text: BACS}\n'},
      '.corrlintrc.yaml: unknown rule "acronym" at /accept/0/rule (see corrlint rules)'
    ],
    [
      'unknown rule id, near one',
      {'.corrlintrc.json': '{"rules": {"tone/salutation": "off"}}'},
      '.corrlintrc.json: unknown rule "tone/salutation" at /rules (did you mean "structure/salutation"?)'
    ],
    [
      'unknown preset',
      {'.corrlintrc.yaml': 'preset: lettre\n'},
      '.corrlintrc.yaml: unknown preset "lettre" at /preset (expected one of email, letter, complaint-reply, chat, template)'
    ],
    [
      'unknown preset in extends',
      {'.corrlintrc.yaml': 'extends: lettre\n'},
      '.corrlintrc.yaml: unknown preset "lettre" at /extends (expected one of email, letter, complaint-reply, chat, template, or a config file path)'
    ],
    [
      'missing required key',
      {'.corrlintrc.yaml': 'accept:\n  - rule: spelling/misspelling\n'},
      '.corrlintrc.yaml: missing "text" at /accept/0'
    ],
    [
      'required without phrase or pattern',
      {'.corrlintrc.yaml': 'guidelines:\n  required:\n    - message: x\n'},
      '.corrlintrc.yaml: missing "phrase" or "pattern" at /guidelines/required/0'
    ],
    [
      'not an object',
      {'.corrlintrc.json': '["email"]'},
      '.corrlintrc.json: the configuration must be an object of settings (see schema/corrlint.schema.json)'
    ],
    ['extends a missing file', {'.corrlintrc.yaml': 'extends: ./base.yaml\n'}, 'base.yaml: config file not found']
  ]
  for (const [name, files, expected] of cases) {
    it(name, async () => {
      const cwd = project({...files, 'a.txt': 'x'})
      expect(await errorOf(loadSettings({filePath: 'a.txt', cwd}))).toBe(expected)
    })
  }

  it('bad YAML names the file, line and column', async () => {
    const cwd = project({'.corrlintrc.yaml': 'preset: letter\nrules:\n  structure/salutation: [error\n', 'a.txt': 'x'})
    const message = await errorOf(loadSettings({filePath: 'a.txt', cwd}))
    expect(message).toMatch(/^\.corrlintrc\.yaml: bad YAML: .+ at line 4, column 1$/)
  })

  it('bad JSON names the file', async () => {
    const cwd = project({'.corrlintrc.json': '{"preset": "letter",}', 'a.txt': 'x'})
    expect(await errorOf(loadSettings({filePath: 'a.txt', cwd}))).toMatch(/^\.corrlintrc\.json: bad JSON: /)
  })

  it('a config in a parent folder is named by its path from the working folder', async () => {
    const cwd = project({'.corrlintrc.json': '{"rulez": 1}', 'drafts/a.txt': 'x'})
    expect(await errorOf(loadSettings({filePath: 'a.txt', cwd: join(cwd, 'drafts')}))).toBe(
      `${join(cwd, '.corrlintrc.json')}: unknown key "rulez" at /rulez`
    )
  })

  it('extends that loops back is an error', async () => {
    const cwd = project({
      '.corrlintrc.yaml': 'extends: ./base.yaml\n',
      'base.yaml': 'extends: ./.corrlintrc.yaml\n',
      'a.txt': 'x'
    })
    expect(await errorOf(loadSettings({filePath: 'a.txt', cwd}))).toBe(
      'base.yaml: "extends" loops back to .corrlintrc.yaml'
    )
  })

  it('refuses required patterns RE2 cannot compile, and accepts nested repeats (they run in linear time)', async () => {
    await loadUserPatternEngine()
    expect(() => checkPattern('(\\w)\\1', '/p', 'c.yaml')).toThrow(
      /^c\.yaml: invalid pattern \/\(\\w\)\\1\/ at \/p: .*; patterns use RE2 syntax \(no lookaround or backreferences\)$/
    )
    expect(() => checkPattern('(?=Dear)', '/p', 'c.yaml')).toThrow(
      /invalid pattern \/\(\?=Dear\)\/ at \/p: invalid or unsupported Perl syntax/
    )
    expect(() => checkPattern('(', '/p', 'c.yaml')).toThrow(
      'c.yaml: invalid pattern /(/ at /p: missing closing ): `(`; patterns use RE2 syntax (no lookaround or backreferences)'
    )
    for (const pattern of ['complaints? (team|department)', '[(a+)]+', '(a+)+$', '(a?){28}a{28}', '.*.*.*='])
      expect(() => checkPattern(pattern, '/p', 'c.yaml')).not.toThrow()
  })

  it('checks patterns under overrides[] when the config is loaded, naming the config file and the pattern', async () => {
    const cwd = project({
      '.corrlintrc.json':
        '{"overrides": [{"files": ["*.txt"], "guidelines": {"required": [{"pattern": "(?<=Dear )Mrs"}]}}]}',
      'a.txt': 'x'
    })
    expect(await errorOf(loadSettings({filePath: 'a.txt', cwd}))).toMatch(
      /^\.corrlintrc\.json: invalid pattern \/\(\?<=Dear \)Mrs\/ at \/overrides\/0\/guidelines\/required\/0\/pattern: /
    )
  })

  it('rule options are checked against the rule schema', async () => {
    const cwd = project({
      '.corrlintrc.json': '{"rules": {"clarity/reading-level": ["error", {"target": "nine"}]}}',
      'a.txt': 'x'
    })
    expect(await errorOf(loadSettings({filePath: 'a.txt', cwd}))).toBe(
      '.corrlintrc.json: rule "clarity/reading-level" options: wrong type at /rules/clarity~1reading-level/1/target: expected number, got string'
    )
  })
})

describe('resolution', () => {
  it('maps every key onto Settings', async () => {
    const cwd = project({
      'words.txt': '# names\nOkafor\n\nPatel # a customer\n',
      '.corrlintrc.yaml': [
        'dialect: en-GB',
        'audience: vulnerable',
        'rules:',
        '  structure/subject-line: off',
        '  clarity/reading-level: [warning, {margin: 1}]',
        'criteria:',
        '  confidentiality: false',
        'dictionary: [Khan]',
        'dictionaryFile: words.txt',
        'spelling:',
        '  accept: [Acme]',
        '  reject: [alright]',
        'accept:',
        '  - {rule: clarity/unexplained-acronym, text: BACS}',
        'internalDomains: [Example.co.uk]',
        'readingTarget: 8',
        'guidelines:',
        '  banned: [{phrase: no worries, message: Say "of course".}]',
        '  prefer: [{use: refund, instead: [reimbursement]}]',
        '  required: [{pattern: "complaints (team|procedure)", criterion: actions}]',
        '  signOff: [Kind regards]',
        '  terms: [PayFast]',
        '  maxWords: 250',
        ''
      ].join('\n'),
      'a.txt': 'x'
    })
    const {settings} = await loadSettings({filePath: 'a.txt', cwd})
    expect(settings).toEqual({
      preset: 'email',
      dialect: 'en-GB',
      template: false,
      audience: 'vulnerable',
      rules: {
        'structure/subject-line': {severity: 'off'},
        'clarity/reading-level': {severity: 'warning', options: {margin: 1}}
      },
      criteria: {confidentiality: false},
      dictionary: ['Khan', 'Acme', 'Okafor', 'Patel', 'PayFast'],
      rejectWords: ['alright'],
      accept: [{rule: 'clarity/unexplained-acronym', text: 'BACS'}],
      internalDomains: ['example.co.uk'],
      guidelines: {
        banned: [{phrase: 'no worries', message: 'Say "of course".'}],
        prefer: [{use: 'refund', instead: ['reimbursement']}],
        required: [{pattern: 'complaints (team|procedure)', criterion: 'actions'}],
        signOff: ['Kind regards'],
        terms: ['PayFast'],
        readingTarget: 8,
        maxWords: 250
      },
      configFile: '.corrlintrc.yaml'
    })
  })

  it('presets: letter makes structure strict, complaint-reply makes commitments fail, chat relaxes structure, template turns template mode on', async () => {
    const cwd = project({'a.txt': 'x'})
    const letter = (await loadSettings({filePath: 'a.txt', cwd, cli: {preset: 'letter'}})).settings
    expect(letter.rules['structure/salutation']).toEqual({severity: 'error'})
    expect(letter.rules['structure/guideline-sign-off']).toEqual({severity: 'error'})
    const chat = (await loadSettings({filePath: 'a.txt', cwd, cli: {preset: 'chat'}})).settings
    expect(chat.rules['structure/salutation']).toEqual({severity: 'off'})
    expect(chat.rules['structure/sender-name']).toEqual({severity: 'warning'})
    expect(chat.rules['completeness/contact-details']).toEqual({severity: 'off'})
    expect(chat.guidelines.maxWords).toBe(120)
    const template = (await loadSettings({filePath: 'a.txt', cwd, cli: {preset: 'template'}})).settings
    expect(template.template).toBe(true)
    const complaint = (await loadSettings({filePath: 'a.txt', cwd, cli: {preset: 'complaint-reply'}})).settings
    expect(complaint.preset).toBe('complaint-reply')
    for (const [id, value] of Object.entries(complaint.rules))
      if (id.startsWith('commitments/')) expect(value).toEqual({severity: 'error'})
  })

  it('every rule a preset names is registered', async () => {
    const {presets} = await import('../src/config/presets.js')
    const {knownRules} = await import('../src/config/index.js')
    const ids = new Set(knownRules().map((rule) => rule.id))
    for (const preset of Object.values(presets))
      for (const id of Object.keys(preset.rules ?? {})) expect(ids.has(id), id).toBe(true)
  })

  it('extends a preset and another config file; lists add up, later values win', async () => {
    const cwd = project({
      'base.yaml':
        'extends: letter\ndialect: en-US\nguidelines:\n  banned: [{phrase: as per}]\n  terms: [eBay]\nrules:\n  structure/subject-line: warning\n',
      '.corrlintrc.yaml':
        'extends: [./base.yaml]\ndialect: en-GB\nguidelines:\n  banned: [{phrase: no worries}]\n  terms: [PayFast]\nrules:\n  structure/subject-line: [error, {}]\n',
      'a.txt': 'x'
    })
    const {settings} = await loadSettings({filePath: 'a.txt', cwd})
    expect(settings.preset).toBe('letter')
    expect(settings.dialect).toBe('en-GB')
    expect(settings.guidelines.banned).toEqual([{phrase: 'as per'}, {phrase: 'no worries'}])
    expect(settings.guidelines.terms).toEqual(['eBay', 'PayFast'])
    expect(settings.rules['structure/subject-line']).toEqual({severity: 'error', options: {}})
    expect(settings.rules['structure/salutation']).toEqual({severity: 'error'})
  })

  it('overrides apply to the files their globs match', async () => {
    const cwd = project({
      '.corrlintrc.yaml': [
        'overrides:',
        '  - files: ["submissions/**"]',
        '    preset: letter',
        '    rules: {structure/subject-line: off}',
        '    accept: [{rule: clarity/unexplained-acronym, text: BACS}]',
        '  - files: ["*.md"]',
        '    template: true',
        ''
      ].join('\n'),
      'submissions/sam/letter.txt': 'x',
      'drafts/reply.txt': 'x',
      'drafts/template.md': 'x'
    })
    const submission = (await loadSettings({filePath: 'submissions/sam/letter.txt', cwd})).settings
    expect(submission.preset).toBe('letter')
    expect(submission.rules['structure/subject-line']).toEqual({severity: 'off'})
    expect(submission.accept).toEqual([{rule: 'clarity/unexplained-acronym', text: 'BACS'}])
    const draft = (await loadSettings({filePath: 'drafts/reply.txt', cwd})).settings
    expect(draft.preset).toBe('email')
    expect(draft.accept).toEqual([])
    expect(draft.template).toBe(false)
    expect((await loadSettings({filePath: 'drafts/template.md', cwd})).settings.template).toBe(true)
  })

  it('command-line flags win over the config', async () => {
    const cwd = project({
      '.corrlintrc.yaml': 'preset: letter\ndialect: en-US\nrules:\n  structure/salutation: [warning, {x: 1}]\n',
      'words.txt': 'Zorbo\n',
      'a.txt': 'x'
    })
    const {settings} = await loadSettings({
      filePath: 'a.txt',
      cwd,
      cli: {
        preset: 'chat',
        dialect: 'en-GB',
        template: true,
        rules: {'structure/salutation': 'error'},
        dictionaryFile: 'words.txt'
      }
    })
    expect(settings.preset).toBe('chat')
    expect(settings.dialect).toBe('en-GB')
    expect(settings.template).toBe(true)
    expect(settings.rules['structure/salutation']).toEqual({severity: 'error', options: {x: 1}})
    expect(settings.dictionary).toEqual(['Zorbo'])
  })

  it('a missing --dictionary file is one clear error', async () => {
    const cwd = project({'a.txt': 'x'})
    expect(await errorOf(loadSettings({filePath: 'a.txt', cwd, cli: {dictionaryFile: 'nope.txt'}}))).toBe(
      `--dictionary: cannot read ${join(cwd, 'nope.txt')} (not found)`
    )
  })

  it('--print-config prints the resolved settings as JSON', async () => {
    const cwd = project({'.corrlintrc.json': '{"preset": "template", "dictionary": ["Okafor"]}', 'a.txt': 'x'})
    const printed = JSON.parse(await printConfig({filePath: 'a.txt', cwd}))
    expect(printed).toMatchObject({
      preset: 'template',
      template: true,
      dictionary: ['Okafor'],
      configFile: '.corrlintrc.json'
    })
  })
})

describe('README.md: Configuration', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const from = readme.indexOf('\n## Configuration')
  const docs = readme.slice(from, readme.indexOf('\n## ', from + 5))
  const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1])
  const schema = JSON.parse(readFileSync(new URL('../schema/corrlint.schema.json', import.meta.url), 'utf8')) as {
    properties: Record<string, unknown>
  }

  it('documents every config key with an example', () => {
    for (const key of Object.keys(schema.properties)) {
      const heading = docs.split('\n').some((line) => line.startsWith('#### ') && line.includes(`\`${key}\``))
      expect(key === '$schema' ? docs.includes('$schema: ') : heading, key).toBe(true)
      if (key !== '$schema')
        expect(blocks.some((block) => new RegExp(`^${key.replace('$', '\\$')}:`, 'm').test(block))).toBe(true)
    }
  })

  it('every example is a valid config', async () => {
    for (const [index, block] of blocks.entries()) {
      const cwd = project({
        '.corrlintrc.yaml': block.replace(/^\$schema:.*$/m, '').replace(/^extends:.*$/m, ''),
        'words.txt': 'Okafor\n',
        'a.txt': 'x'
      })
      await expect(loadSettings({filePath: 'a.txt', cwd}), `example ${index + 1}`).resolves.toBeDefined()
    }
  })
})

describe('generated schema validator', () => {
  it('is the one npm run build generates from schema/corrlint.schema.json', async () => {
    const {generate} = (await import('../scripts/generate-config-validator.mjs' as string)) as {
      generate(): Promise<string>
    }
    expect(readFileSync(new URL('../src/config/schema-validator.ts', import.meta.url), 'utf8')).toBe(await generate())
  })
})

describe('config schema', () => {
  it('lists the registered criteria (rules/criteria.ts), in order', async () => {
    const {CRITERIA} = await import('../rules/criteria.js')
    const schema = JSON.parse(readFileSync(new URL('../schema/corrlint.schema.json', import.meta.url), 'utf8'))
    expect(schema.definitions.criterionId.enum).toEqual([...CRITERIA])
  })

  it('takes its criterion list from rules/criteria.ts: a new criterion needs no edit of the schema', async () => {
    const {criterionIds, withCriterionIds} = (await import('../scripts/generate-config-validator.mjs' as string)) as {
      criterionIds(): Promise<string[]>
      withCriterionIds(text: string, ids: string[]): string
    }
    const {CRITERIA} = await import('../rules/criteria.js')
    expect(await criterionIds()).toEqual([...CRITERIA])
    const text = readFileSync(new URL('../schema/corrlint.schema.json', import.meta.url), 'utf8')
    expect(withCriterionIds(text, [...CRITERIA])).toBe(text)
    const grown = JSON.parse(withCriterionIds(text, [...CRITERIA, 'accessibility']))
    expect(grown.definitions.criterionId.enum).toEqual([...CRITERIA, 'accessibility'])
  })
})
