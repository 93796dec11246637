/**
 * Patterns from a config (guidelines.required[].pattern, at the top level or under overrides[])
 * run on a linear-time engine: shapes that take JavaScript's backtracking engine seconds to
 * minutes finish at once, and a pattern the engine cannot compile is one line at config load,
 * naming the config file and the pattern, exit 2 — never an internal error per draft.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const bin = new URL('../bin/corrlint.cjs', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'corrlint-patterns-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

function corrlint(dir: string, args: string[]) {
  const started = performance.now()
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: {...process.env, NO_COLOR: '1'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started}
}

function project(name: string, config: unknown): string {
  const dir = join(scratch, name)
  mkdirSync(dir)
  writeFileSync(join(dir, '.corrlintrc.json'), JSON.stringify(config))
  const draft = `Dear Mrs Patel,\n\n${'a'.repeat(28)}\n\n${'1'.repeat(3_000)}\n\nAlso ${'a'.repeat(32)}b\n\nKind regards,\nSam Okafor\n`
  writeFileSync(join(dir, 'draft.txt'), draft)
  return dir
}

describe('guideline patterns', () => {
  it('that backtrack exponentially or polynomially finish at once, top level and under overrides', {
    timeout: 120_000
  }, () => {
    const dir = project('slow', {
      guidelines: {required: [{pattern: '(a?){28}a{28}'}, {pattern: '.*.*.*='}]},
      overrides: [{files: ['*.txt'], guidelines: {required: [{pattern: '(a+)+$'}]}}]
    })
    const result = corrlint(dir, ['--jobs', '1', 'draft.txt'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const missing = result.stdout
      .split('\n')
      .filter((line) => line.includes('guideline-required'))
      .map((line) => line.match(/matching (\/.*\/), and/)?.[1])
    expect(missing).toEqual(['/.*.*.*=/', '/(a+)+$/'])
    // Each of these took 17 s to over a minute on the backtracking engine; generous for a busy machine.
    expect(result.ms).toBeLessThan(15_000)
  })

  it('an invalid one under overrides[] is one line at load naming the file and the pattern, exit 2', () => {
    const dir = project('invalid', {overrides: [{files: ['*.txt'], guidelines: {required: [{pattern: '(a+'}]}}]})
    const result = corrlint(dir, ['draft.txt'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'corrlint: .corrlintrc.json: invalid pattern /(a+/ at /overrides/0/guidelines/required/0/pattern: missing closing ): `(a+`; patterns use RE2 syntax (no lookaround or backreferences)\n'
    )
  })

  it('with lookaround is refused the same way', () => {
    const dir = project('lookaround', {guidelines: {required: [{pattern: 'Dear (?!Sir)'}]}})
    const result = corrlint(dir, ['draft.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^corrlint: \.corrlintrc\.json: invalid pattern \/Dear \(\?!Sir\)\/ at \/guidelines\/required\/0\/pattern: [^\n]+\n$/
    )
  })
})
