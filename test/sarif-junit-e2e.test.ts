/**
 * End-to-end, through the built program (bin/corrlint.cjs → dist/): a folder of at least 50
 * fixture drafts as SARIF (validated against the SARIF 2.1.0 schema) and JUnit (strict XML parser
 * plus the structure GitLab and Jenkins read), CSV with one row per file, shards that cover every
 * file exactly once, the same report at any --jobs, and a baseline that silences known findings.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CRITERIA} from '../rules/criteria.js'
import {validateSarif} from './support/sarif.js'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/corrlint.cjs')
const fixtures = join(root, 'fixtures')
const DRAFT = /\.(txt|text|md|markdown|eml|html?|docx)$/i
const scratch = mkdtempSync(join(tmpdir(), 'corrlint-e2e-'))
const folder = join(scratch, 'drafts')
let drafts: string[]

function corrlint(args: string[], cwd = scratch) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {...process.env, NO_COLOR: '1', CI: ''}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Every draft under a folder, relative to it with `/`, skipping dot-folders and node_modules like corrlint does. */
function walk(dir: string, base = dir): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') || name === 'node_modules') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...walk(path, base))
    else if (DRAFT.test(name)) found.push(relative(base, path).split('\\').join('/'))
  }
  return found.sort()
}

/** Drafts in the folder: enough for a batch (the pool starts a worker at --jobs 2), no more. */
const FOLDER_DRAFTS = 50

beforeAll(() => {
  // 50 drafts: the fixtures of every kind in turn (so each format is in the batch), copied again
  // under other names while there are fewer.
  const byKind = new Map<string, string[]>()
  for (const name of walk(fixtures)) {
    const kind = name.slice(name.lastIndexOf('.'))
    byKind.set(kind, [...(byKind.get(kind) ?? []), name])
  }
  const lists = [...byKind.values()]
  const sources: string[] = []
  for (let at = 0; sources.length < Math.min(FOLDER_DRAFTS, walk(fixtures).length); at++)
    for (const list of lists) if (at < list.length) sources.push(list[at])
  mkdirSync(folder, {recursive: true})
  for (let round = 0; readdirSync(folder).length < FOLDER_DRAFTS; round++) {
    for (const name of sources.slice(0, FOLDER_DRAFTS - readdirSync(folder).length))
      copyFileSync(join(fixtures, name), join(folder, `${round > 0 ? `copy${round}-` : ''}${name.replace(/\//g, '-')}`))
  }
  drafts = walk(folder).map((name) => `drafts/${name}`)
})
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('a folder of drafts end to end', () => {
  it('has at least 50 drafts to check', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(50)
  })

  it('writes valid SARIF 2.1.0 with a result per finding, the same at --jobs 1 and --jobs 2', () => {
    const two = corrlint(['drafts', '--format', 'sarif', '--jobs', '2', '--output', 'two.sarif'])
    expect(two.stderr).toBe('')
    expect([0, 1]).toContain(two.code)
    const one = corrlint(['drafts', '--format', 'sarif', '--jobs', '1', '--output', 'one.sarif'])
    expect(one.code).toBe(two.code)
    expect(readFileSync(join(scratch, 'one.sarif'), 'utf8')).toBe(readFileSync(join(scratch, 'two.sarif'), 'utf8'))

    const outcome = validateSarif(join(scratch, 'two.sarif'))
    if (!outcome.validator.startsWith('sarif-multitool')) console.warn(`SARIF validated with the ${outcome.validator}`)
    expect(outcome.errors).toEqual([])

    const log = JSON.parse(readFileSync(join(scratch, 'two.sarif'), 'utf8'))
    const json = JSON.parse(corrlint(['drafts', '--format', 'json']).stdout)
    const findings = json.files.reduce((sum: number, file: {findings: unknown[]}) => sum + file.findings.length, 0)
    expect(findings).toBeGreaterThan(0)
    expect(log.runs[0].results).toHaveLength(findings)
    const uris = new Set(
      log.runs[0].results.map((result: any) =>
        decodeURIComponent(result.locations[0].physicalLocation.artifactLocation.uri)
      )
    )
    for (const uri of uris) expect(drafts).toContain(uri)
    for (const result of log.runs[0].results)
      expect(result.partialFingerprints['corrlintFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/)
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(10)
  }, 120_000)

  it('writes valid SARIF for drafts outside the working folder: absolute file: URIs with no uriBaseId', () => {
    const elsewhere = join(scratch, 'elsewhere')
    mkdirSync(elsewhere, {recursive: true})
    const named = drafts.slice(0, 6).map((name) => join(scratch, name))
    const run = corrlint(
      [
        ...named,
        'drafts/' + drafts[6].slice('drafts/'.length),
        '--format',
        'sarif',
        '--output',
        join(scratch, 'outside.sarif')
      ],
      elsewhere
    )
    // (the last path is relative to a folder that is not the working one: reported as unreadable)
    const outcome = validateSarif(join(scratch, 'outside.sarif'))
    expect(outcome.errors).toEqual([])
    const log = JSON.parse(readFileSync(join(scratch, 'outside.sarif'), 'utf8'))
    const locations = [
      ...log.runs[0].results.map((result: any) => result.locations[0].physicalLocation.artifactLocation),
      ...log.runs[0].invocations[0].toolExecutionNotifications.map(
        (note: any) => note.locations[0].physicalLocation.artifactLocation
      )
    ]
    expect(locations.length).toBeGreaterThan(0)
    for (const location of locations) {
      if (location.uri.startsWith('file:')) expect(location.uriBaseId).toBeUndefined()
      else expect(location.uriBaseId).toBe('%SRCROOT%')
    }
    expect(locations.some((location: any) => location.uri.startsWith('file:///'))).toBe(true)
    expect([1, 2]).toContain(run.code)
  }, 120_000)

  it('writes JUnit XML that a strict parser accepts: a testsuite per file, a testcase per criterion', () => {
    const {code, stdout, stderr} = corrlint(['drafts', '--format', 'junit'])
    expect(stderr).toBe('')
    expect([0, 1]).toContain(code)
    expect(XMLValidator.validate(stdout, {allowBooleanAttributes: false})).toBe(true)
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'testcase'].includes(name)
    }).parse(stdout)
    const suites = parsed.testsuites.testsuite as any[]
    expect(suites.map((suite) => suite.name)).toEqual(drafts)
    let failures = 0
    for (const suite of suites) {
      expect(suite.testcase).toHaveLength(CRITERIA.length)
      for (const testcase of suite.testcase) expect(testcase.classname).toBe(suite.name)
      const failed = suite.testcase.filter((testcase: any) => testcase.failure)
      expect(Number(suite.failures)).toBe(failed.length)
      expect(Number(suite.skipped)).toBe(
        suite.testcase.filter((testcase: any) => testcase.skipped !== undefined).length
      )
      for (const testcase of failed) expect(testcase.failure['#text']).toMatch(/^(\d+:\d+|paragraph \d+) error /m)
      failures += failed.length
    }
    expect(Number(parsed.testsuites.tests)).toBe(drafts.length * CRITERIA.length)
    expect(Number(parsed.testsuites.failures)).toBe(failures)
    expect(failures).toBeGreaterThan(0)
  }, 60_000)

  it('reports a broken file in SARIF and JUnit and still checks the others', () => {
    const extra = join(scratch, 'with-broken')
    mkdirSync(extra, {recursive: true})
    for (const name of drafts.slice(0, 7))
      copyFileSync(join(scratch, name), join(extra, name.split('/').pop() as string))
    writeFileSync(join(extra, 'broken.docx'), 'this is not a zip file')
    const sarif = corrlint(['with-broken', '--format', 'sarif', '--jobs', '2'])
    expect(sarif.code).toBe(2)
    expect(sarif.stderr.trim().split('\n')).toHaveLength(1)
    const run = JSON.parse(sarif.stdout).runs[0]
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(1)
    expect(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'with-broken/broken.docx'
    )
    const junit = corrlint(['with-broken', '--format', 'junit', '--jobs', '2']).stdout
    const parsed = new XMLParser({ignoreAttributes: false, attributeNamePrefix: ''}).parse(junit)
    expect(parsed.testsuites.errors).toBe('1')
    expect(parsed.testsuites.testsuite).toHaveLength(8)
  }, 60_000)
})

describe('corrlint fixtures', () => {
  const all = () => walk(fixtures).map((name) => `fixtures/${name}`)
  const files = (csv: string) =>
    csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(',')[0])

  it('--format csv gives one row per file', () => {
    const {code, stdout} = corrlint(['fixtures', '--format', 'csv'], root)
    expect([0, 1]).toContain(code)
    expect(files(stdout)).toEqual(all())
  }, 60_000)

  it('--shard 1/3, 2/3 and 3/3 cover every file exactly once', () => {
    const shards = ['1/3', '2/3', '3/3'].map((shard) =>
      files(corrlint(['fixtures', '--format', 'csv', '--shard', shard], root).stdout)
    )
    for (const shard of shards) expect(shard.length).toBeGreaterThan(0)
    expect(shards.flat().sort()).toEqual(all())
    expect(new Set(shards.flat()).size).toBe(all().length)
  }, 60_000)
})

describe('baseline end to end', () => {
  it('records the findings of a run, and with the baseline the same drafts pass', () => {
    const first = corrlint(['drafts', '--format', 'json', '--write-baseline', 'baseline.json'])
    const before = JSON.parse(first.stdout)
    const recorded = JSON.parse(readFileSync(join(scratch, 'baseline.json'), 'utf8'))
    const total = before.files.reduce((sum: number, file: {findings: unknown[]}) => sum + file.findings.length, 0)
    expect(recorded.findings.reduce((sum: number, entry: {count: number}) => sum + entry.count, 0)).toBe(total)
    const second = corrlint(['drafts', '--format', 'json', '--baseline', 'baseline.json'])
    expect(second.code).toBe(0)
    expect(JSON.parse(second.stdout).summary).toMatchObject({errors: 0, warnings: 0})
    // The same files named another way (./drafts) match the same baseline.
    expect(corrlint(['./drafts', '--format', 'json', '--baseline', 'baseline.json']).code).toBe(0)
    expect(corrlint(['drafts', '--baseline', 'missing.json']).code).toBe(2)
  }, 60_000)
})
