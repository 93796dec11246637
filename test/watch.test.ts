/** `--watch` re-checks a draft when it is saved and says which criteria changed. */
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, it, onTestFinished} from 'vitest'
import {changesSince} from '../src/cli/watch.js'
import type {RunReport} from '../src/types.js'

const bin = new URL('../bin/corrlint.cjs', import.meta.url).pathname
const good =
  'Dear Mrs Patel,\n\nThank you for your letter about your bill. We will send a corrected bill by Friday 27 November.\n\nYours sincerely,\nSam Okafor\n'

it('re-checks a draft on save and shows the verdicts that changed', {timeout: 60_000}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-watch-'))
  onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
  const file = join(dir, 'draft.txt')
  writeFileSync(file, good.replace('Yours sincerely', 'Yours faithfully'))
  const child = spawn(process.execPath, [bin, '--watch', 'draft.txt', '--no-color'], {cwd: dir})
  let stdout = ''
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for "${text}"; got:\n${stdout}`)), 30_000)
      const check = () => {
        if (stdout.includes(text)) {
          clearTimeout(timer)
          resolve()
        }
      }
      child.stdout.on('data', (chunk) => {
        stdout += chunk
        check()
      })
      check()
    })
  try {
    await waitFor('Watching draft.txt')
    expect(stdout).toContain('FAIL  Structure')
    stdout = ''
    writeFileSync(file, good)
    await waitFor('Changes since last check:')
    expect(stdout).toContain('draft.txt: Structure FAIL → PASS')
    expect(stdout).toContain('PASS  Structure')
  } finally {
    child.kill()
  }
})

it('a config that turns invalid is one line on standard error, and the watch goes on to the next save', {
  timeout: 60_000
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-watch-'))
  onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
  const file = join(dir, 'draft.txt')
  const config = join(dir, '.corrlintrc.json')
  writeFileSync(file, good)
  writeFileSync(config, '{"dialect": "en-GB"}')
  const child = spawn(process.execPath, [bin, '--watch', 'draft.txt', '--no-color'], {cwd: dir})
  let stdout = ''
  let stderr = ''
  let exited: number | null | undefined
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  child.on('exit', (code) => (exited = code))
  const until = async (done: () => boolean, what: string) => {
    for (const started = Date.now(); !done(); await new Promise((resolve) => setTimeout(resolve, 50))) {
      if (Date.now() - started > 30_000)
        throw new Error(`timed out waiting for ${what}; stdout:\n${stdout}\nstderr:\n${stderr}`)
      if (exited !== undefined)
        throw new Error(`corrlint exited (${exited}) while waiting for ${what}; stderr:\n${stderr}`)
    }
  }
  try {
    await until(() => stdout.includes('Watching draft.txt'), 'the first report')
    stdout = ''
    writeFileSync(config, '{"dialect": "en-GB", "rulez": 1}')
    // Saving the config re-checks; so does saving the draft.
    await new Promise((resolve) => setTimeout(resolve, 200))
    writeFileSync(file, good)
    await until(() => stderr.includes('\n'), 'the error line')
    await until(() => stdout.includes('fix it and save'), 'the watching line')
    expect(stderr.split('\n')[0]).toBe('corrlint: .corrlintrc.json: unknown key "rulez" at /rulez')
    stdout = ''
    await new Promise((resolve) => setTimeout(resolve, 300))
    writeFileSync(config, '{"dialect": "en-GB"}')
    await until(() => stdout.includes('press Ctrl+C to stop'), 'a new report')
    expect(stdout).toContain('PASS  Structure')
    // One line per failed check (the config's save and the draft's), never a stack trace.
    expect(new Set(stderr.split('\n').filter(Boolean))).toEqual(
      new Set(['corrlint: .corrlintrc.json: unknown key "rulez" at /rulez'])
    )
    expect(exited).toBeUndefined()
  } finally {
    child.kill()
  }
})

it('lists only the criteria whose verdict changed', () => {
  const report = (structure: 'pass' | 'fail'): RunReport =>
    ({
      version: '0',
      files: [
        {
          path: 'a.txt',
          criteria: [
            {id: 'structure', title: 'Structure', status: structure},
            {id: 'tone', title: 'Tone', status: 'pass'}
          ]
        }
      ]
    }) as unknown as RunReport
  expect(changesSince(report('fail'), report('pass'))).toEqual(['a.txt: Structure FAIL → PASS'])
  expect(changesSince(report('pass'), report('pass'))).toEqual([])
})
