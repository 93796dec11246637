/**
 * "Accept this finding" (src/lsp/accept.ts): the edit that adds `{rule, text}` to the `accept`
 * list of each kind of config file, keeping a YAML file's comments; no edit for a confidential
 * value or a finding on more than a phrase; and the config the edit makes really accepts it.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {clearConfigCache, loadSettings} from '../src/config/index.js'
import {acceptEdit} from '../src/lsp/accept.js'
import type {Finding} from '../src/types.js'
import {lintText} from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'corrlint-accept-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const draft =
  'Dear Mrs Patel,\n\nWe will call you in order to arrange the visit on Friday 27 November.\n\nYours sincerely,\nSam Okafor\n'

async function wordyFinding(): Promise<Finding> {
  const report = await lintText(draft)
  return report.findings.find((finding) => finding.ruleId === 'clarity/wordy-phrase')!
}

/** The config text after applying the edit offered for the wordy phrase. */
async function accepted(name: string, before: string): Promise<string | undefined> {
  const file = join(dir, name)
  writeFileSync(file, before)
  const result = await acceptEdit({
    finding: await wordyFinding(),
    draftText: draft,
    draftPath: join(dir, 'draft.txt'),
    configFile: file,
    cwd: dir,
    roots: [dir],
    openText: () => undefined,
    canCreateFiles: false
  })
  if (!result) return undefined
  const edits = result.edit.changes![pathToFileURL(file).href]
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, before), edits)
}

describe('accept this finding', () => {
  it('adds the entry to a YAML config, keeping its comments and entries', async () => {
    const before =
      '# Our team settings\npreset: letter\naccept:\n  # staff names\n  - {rule: spelling/misspelling, text: Okafor}\n'
    expect(await accepted('.corrlintrc.yaml', before)).toBe(
      '# Our team settings\npreset: letter\naccept:\n  # staff names\n  - { rule: spelling/misspelling, text: Okafor }\n  - { rule: clarity/wordy-phrase, text: in order to }\n'
    )
    expect(await accepted('.corrlintrc.yml', 'preset: letter # for letters\n')).toBe(
      'preset: letter # for letters\naccept:\n  - rule: clarity/wordy-phrase\n    text: in order to\n'
    )
  })

  it('adds it to a JSON config and to the "corrlint" key of package.json, with their indentation', async () => {
    expect(await accepted('.corrlintrc.json', '{\n    "preset": "letter"\n}\n')).toBe(
      '{\n    "preset": "letter",\n    "accept": [\n        {\n            "rule": "clarity/wordy-phrase",\n            "text": "in order to"\n        }\n    ]\n}\n'
    )
    const pkg = JSON.parse(
      (await accepted('package.json', '{\n  "name": "letters",\n  "corrlint": {"accept": []}\n}\n'))!
    )
    expect(pkg).toEqual({name: 'letters', corrlint: {accept: [{rule: 'clarity/wordy-phrase', text: 'in order to'}]}})
  })

  it('offers nothing when the entry is there already, or the config cannot be edited safely', async () => {
    const yaml = 'accept:\n  - {rule: clarity/wordy-phrase, text: In Order To}\n'
    expect(await accepted('.corrlintrc.yaml', yaml)).toBeUndefined()
    expect(await accepted('.corrlintrc.yaml', 'accept: [\n')).toBeUndefined()
    expect(await accepted('.corrlintrc.json', '{"preset": ')).toBeUndefined()
  })

  it('never for a confidential value, a finding on no text or over several lines', async () => {
    const finding = await wordyFinding()
    const base = {
      draftText: draft,
      draftPath: join(dir, 'draft.txt'),
      cwd: dir,
      roots: [dir],
      openText: () => undefined,
      canCreateFiles: true
    }
    expect(await acceptEdit({...base, finding: {...finding, masked: '[card number ending 1111]'}})).toBeUndefined()
    expect(await acceptEdit({...base, finding: {...finding, end: finding.start}})).toBeUndefined()
    expect(await acceptEdit({...base, finding: {...finding, start: {...finding.start, offset: 0}}})).toBeUndefined()
  })

  it('creates .corrlintrc.yaml when there is no config, and that config accepts the finding', async () => {
    const folder = mkdtempSync(join(dir, 'new-'))
    const result = await acceptEdit({
      finding: await wordyFinding(),
      draftText: draft,
      draftPath: join(folder, 'letters', 'draft.txt'),
      cwd: folder,
      roots: [folder],
      openText: () => undefined,
      canCreateFiles: true
    })
    const changes = result!.edit.documentChanges as Array<{
      kind?: string
      uri?: string
      edits?: Array<{newText: string}>
    }>
    const uri = pathToFileURL(join(folder, '.corrlintrc.yaml')).href
    expect(changes[0]).toEqual({kind: 'create', uri, options: {ignoreIfExists: true}})
    const content = changes[1].edits![0].newText
    writeFileSync(join(folder, '.corrlintrc.yaml'), content)
    clearConfigCache()
    const {settings} = await loadSettings({filePath: join(folder, 'draft.txt'), cwd: folder})
    const report = await lintText(draft, {settings})
    expect(report.findings.filter((finding) => finding.ruleId === 'clarity/wordy-phrase')).toEqual([])
  })
})
