/**
 * One draft with hundreds of thousands of findings must not take the whole report down: every
 * format writes it, and the other files' reports with it. (Spreading a file's lines into
 * `out.push(...)` overflowed the stack past about 62,000 findings in stylish and 125,000 in markdown.)
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {summarise} from '../src/engine/index.js'
import {formatters} from '../src/report/index.js'
import type {FormatOptions} from '../src/report/types.js'
import type {FileReport, Finding} from '../src/types.js'
import {handMadeReport} from './helpers.js'

const cwd = '/work/project'
const bin = new URL('../bin/corrlint.cjs', import.meta.url).pathname
const COUNT = 130_000

function fileReport(path: string, findings: Finding[]): FileReport {
  return handMadeReport(path, findings, {facts: {words: COUNT, sentences: 1, paragraphs: 1}})
}

const findings: Finding[] = Array.from({length: COUNT}, (_, index) => ({
  ruleId: 'spelling/misspelling',
  criterion: 'spelling',
  severity: 'error',
  message: 'Unknown word: "teh".',
  start: {offset: index * 4, line: 1, column: index * 4 + 1},
  end: {offset: index * 4 + 3, line: 1, column: index * 4 + 4}
}))
const report = summarise([fileReport(`${cwd}/huge.txt`, findings), fileReport(`${cwd}/small.txt`, [])], '0.1.0')
const options: FormatOptions = {color: false, cwd, rules: []}

describe('a report with 130,000 findings in one file', () => {
  for (const [name, format] of Object.entries(formatters)) {
    it(`is written in ${name}`, {timeout: 60_000}, () => {
      const out = format(report, options)
      expect(out.includes('huge.txt')).toBe(true)
      // github and sarif list findings, so a clean file is not named; csv has no messages.
      if (name !== 'github' && name !== 'sarif') expect(out.includes('small.txt')).toBe(true)
      if (name !== 'csv') expect(occurrences(out, 'teh')).toBeGreaterThanOrEqual(COUNT)
    })
  }
})

function occurrences(text: string, word: string): number {
  let count = 0
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) count++
  return count
}

describe('the CLI on a draft with 75,000 findings and a small one', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'corrlint-huge-'))
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))
  const body = Array.from({length: 25_000}, () => 'Thankyou recieve teh adress.').join(' ')
  writeFileSync(join(scratch, 'big.txt'), `Dear Mr Smith,\n\n${body}\n\nYours sincerely,\nJo\n`)
  writeFileSync(
    join(scratch, 'small.txt'),
    'Dear Mr Smith,\n\nThank you for your letter about your account.\n\nYours sincerely,\nJo Bloggs\n'
  )

  // Stylish, the default, overflowed first (past about 62,000 findings); every format's writer is
  // checked with 130,000 findings above.
  it('reports both files in stylish', {timeout: 120_000}, () => {
    const run = spawnSync(process.execPath, [bin, '--jobs', '1', 'big.txt', 'small.txt'], {
      cwd: scratch,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: {...process.env, NO_COLOR: '1'}
    })
    expect(run.stderr).not.toContain('internal error')
    expect(run.status).toBe(1)
    expect(run.stdout.includes('small.txt')).toBe(true)
    expect(occurrences(run.stdout, 'recieve')).toBeGreaterThanOrEqual(25_000)
  })
})
