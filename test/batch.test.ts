import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lintBatch} from '../src/cli/batch.js'
import {defaultSettings} from '../src/engine/settings.js'
import {bytesInput} from '../src/pipeline/read.js'

const letter = (name: string) => `Dear Mrs Patel,

Thank you for your letter about your October bill. I am sorry for the confusion it caused.

We will send you a corrected bill by Friday 27 November. If you have any questions, please call us on 0161 496 0000.

Yours sincerely,
${name}
Customer Relations Team
`
const cwd = mkdtempSync(join(tmpdir(), 'corrlint-batch-'))
beforeAll(() => {
  mkdirSync(join(cwd, 'drafts'))
  for (let index = 0; index < 8; index++)
    writeFileSync(join(cwd, 'drafts', `reply-${index}.txt`), letter(`Sam Okafor ${index}`))
})
afterAll(() => rmSync(cwd, {recursive: true, force: true}))

const settingsFor = async () => defaultSettings()
const noStdin = bytesInput('<stdin>', async () => {
  throw new Error('stdin not expected')
})

function tty() {
  const written: string[] = []
  return {written, stream: {write: (text: string) => written.push(text), isTTY: true, columns: 80}}
}

describe('lintBatch', () => {
  it('shows a progress bar on a TTY for a stylish run over more than five files, and clears it', async () => {
    const {written, stream} = tty()
    const reports = await lintBatch(
      ['drafts'],
      {format: 'stylish', jobs: 1},
      {stderr: stream, cwd, env: {}},
      settingsFor,
      noStdin
    )
    expect(reports).toHaveLength(8)
    expect(written.some((text) => text.includes('8/8 files'))).toBe(true)
    expect(written.at(-1)).toBe('\r\u001B[K')
  })

  it('shows none when a machine format goes to standard output', async () => {
    const {written, stream} = tty()
    await lintBatch(['drafts'], {format: 'sarif', jobs: 1}, {stderr: stream, cwd, env: {}}, settingsFor, noStdin)
    expect(written).toEqual([])
  })

  it('takes one shard, and writes then applies a baseline', async () => {
    const {stream} = tty()
    const io = {stderr: stream, cwd, env: {CI: 'true'}}
    const shard = await lintBatch(['drafts'], {format: 'json', jobs: 1, shard: '2/3'}, io, settingsFor, noStdin)
    expect(shard.map((report) => report.path)).toEqual([
      'drafts/reply-1.txt',
      'drafts/reply-4.txt',
      'drafts/reply-7.txt'
    ])
    writeFileSync(join(cwd, 'drafts', 'flawed.txt'), 'Hi,\n\nYou failed to read the terms.\n')
    const first = await lintBatch(
      ['drafts'],
      {format: 'json', jobs: 1, writeBaseline: 'baseline.json'},
      io,
      settingsFor,
      noStdin
    )
    const findings = first.reduce((sum, report) => sum + report.findings.length, 0)
    expect(findings).toBeGreaterThan(0)
    expect(JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')).corrlintBaseline).toBe(1)
    const second = await lintBatch(
      ['drafts'],
      {format: 'json', jobs: 1, baseline: 'baseline.json'},
      io,
      settingsFor,
      noStdin
    )
    expect(second.reduce((sum, report) => sum + report.findings.length, 0)).toBe(0)
    rmSync(join(cwd, 'drafts', 'flawed.txt'))
  })

  it('fails the run with one line for a baseline that is not one', async () => {
    writeFileSync(join(cwd, 'not-a-baseline.json'), '{"hello": 1}')
    const {stream} = tty()
    await expect(
      lintBatch(
        ['drafts'],
        {format: 'json', jobs: 1, baseline: 'not-a-baseline.json'},
        {stderr: stream, cwd, env: {}},
        settingsFor,
        noStdin
      )
    ).rejects.toThrow('not-a-baseline.json: not a corrlint baseline (write one with --write-baseline)')
  })
})
