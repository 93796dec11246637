/**
 * The command line: exit codes, formats, flags and standard input. Most cases run the program in
 * this process (test/support/cli.ts: the same `main` as the built program, without a Node start-up
 * each); the cases about the process itself (version and help, a closed pipe, colour from the
 * environment, timing on standard error, bad options) run the built program, bin/corrlint.cjs.
 */
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {reportFileText, timingRows} from '../src/cli/index.js'
import {runInProcess} from './support/cli.js'

const bin = new URL('../bin/corrlint.cjs', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'corrlint-cli-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

type RunOptions = {input?: string; env?: Record<string, string>; cwd?: string}

/** The program in this process. */
function corrlint(args: string[], options: RunOptions = {}) {
  return runInProcess(args, {cwd: options.cwd ?? dir, stdin: options.input, env: {NO_COLOR: '1', ...options.env}})
}

/** The built program in a process of its own. */
function spawned(args: string[], options: RunOptions = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    encoding: 'utf8',
    cwd: options.cwd ?? dir,
    env: {...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...options.env}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const good = `Dear Mrs Patel,

Thank you for your letter of 5 November about your October bill. I am sorry for the confusion it caused.

We will send you a corrected bill by Friday 27 November. If you have any questions, please call us on 0161 496 0000.

Yours sincerely,
Sam Okafor
Customer Relations Team
`
const mismatched = good.replace('Yours sincerely,', 'Yours faithfully,')
writeFileSync(join(dir, 'good.txt'), good)
writeFileSync(join(dir, 'mismatched.txt'), mismatched)

describe('corrlint CLI', async () => {
  it('prints how the draft was read and the verdicts, exit 1 on a failed criterion', async () => {
    const {code, stdout, stderr} = await corrlint(['mismatched.txt'])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(stdout).toContain('Read as: opening 1 · body 3–5 · closing 7 · signature 8–9')
    expect(stdout).toMatch(/FAIL {2}Structure/)
    expect(stdout).toContain('7:1     error    "Yours faithfully" does not match "Dear Mrs Patel".')
    expect(stdout).toContain('→ Close with "Yours sincerely,".')
    expect(stdout).toMatch(/✖ 1 criterion failed: Structure \(1 error, \d+ warnings?\)\./)
    expect(stdout).not.toContain('\u001B[')
  })

  it('gives JSON with all nine criteria and every finding located', async () => {
    const {code, stdout} = await corrlint(['mismatched.txt', '--format', 'json'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    const [file] = report.files
    expect(file.criteria.map((c: {id: string}) => c.id)).toEqual([
      'structure',
      'purpose',
      'actions',
      'clarity',
      'tone',
      'spelling',
      'confidentiality',
      'commitments',
      'completeness'
    ])
    for (const criterion of file.criteria) expect(['pass', 'fail', 'not-checked']).toContain(criterion.status)
    const finding = file.findings.find((f: {ruleId: string}) => f.ruleId === 'structure/close-matches-salutation')
    expect(finding).toMatchObject({
      criterion: 'structure',
      severity: 'error',
      start: {line: 7, column: 1, offset: good.indexOf('Yours')},
      end: {line: 7, column: 18}
    })
    expect(report.summary.files).toBe(1)
  })

  it('reads standard input with -', async () => {
    const {stdout} = await corrlint(['-', '--stdin-filename', 'draft.txt', '--format', 'json'], {input: mismatched})
    expect(JSON.parse(stdout).files[0].path).toBe('draft.txt')
  })

  it('exits 2 with one line naming a missing file, and still checks the others', async () => {
    const {code, stdout, stderr} = await corrlint(['nope.txt', 'good.txt', '--format', 'json'])
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('nope.txt')
    const report = JSON.parse(stdout)
    expect(report.files.map((f: {path: string; fatal?: string}) => [f.path, Boolean(f.fatal)])).toEqual([
      ['nope.txt', true],
      ['good.txt', false]
    ])
  })

  it('exits 2 on a bad option or a missing value, without a stack trace', async () => {
    for (const args of [
      ['--nope', 'good.txt'],
      ['--format', 'nope', 'good.txt'],
      ['good.txt', '--format'],
      ['--max-warnings', 'x', 'good.txt'],
      []
    ]) {
      const {code, stderr} = spawned(args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).not.toMatch(/\n\s+at /)
    }
  })

  it("spans an .eml file's header lines whatever their order", async () => {
    writeFileSync(
      join(dir, 'order.eml'),
      'From: Sam <sam@example.com>\nTo: Anita <anita@example.org>\nSubject: Your bill for October\nMIME-Version: 1.0\nContent-Type: text/plain\n\nDear Anita,\n\nYour bill is ready.\n\nKind regards,\nSam\n'
    )
    const parts = JSON.parse((await corrlint(['order.eml', '--format', 'json'])).stdout).files[0].parts
    expect(parts[0]).toMatchObject({kind: 'headers', start: {line: 1}, end: {line: 3}})
  })

  it('reports the reading grade in the facts, and takes the audience from --audience', async () => {
    const file = JSON.parse((await corrlint(['good.txt', '--format', 'json'])).stdout).files[0]
    expect(file.facts.readingGrade).toEqual(expect.any(Number))
    expect((await corrlint(['good.txt', '--stdin-filename', 'x'])).stdout).toMatch(/reading grade \d/)
    expect(
      JSON.parse((await corrlint(['--print-config', 'good.txt', '--audience', 'vulnerable'])).stdout).audience
    ).toBe('vulnerable')
  })

  it('prints the version and help with exit 0', async () => {
    expect(spawned(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    const help = spawned(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Exit codes: 0 every criterion passed')
    // The criteria named are the registered ones (rules/criteria.ts), not a list written out again.
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(
      'against nine criteria: structure, purpose, actions, clarity, tone, spelling, confidentiality, commitments and completeness.'
    )
  })

  it('--explain shows why a failed criterion matters and a before/after example around the change', async () => {
    const {stdout} = await corrlint(['mismatched.txt', '--explain'])
    expect(stdout).toContain('Why it matters: A reader expects the conventions of a business letter or email')
    expect(stdout).toContain('Serves assessment criteria 2.4, 2.5.')
    expect(stdout).toMatch(/Before: …[^\n]*Yours faithfully/)
    expect(stdout).toMatch(/After: {2}…[^\n]*Yours sincerely/)
    expect((await corrlint(['mismatched.txt'])).stdout).not.toContain('Why it matters')
  })

  it("stops quietly, with the run's exit code, when the reader of its output has gone (`corrlint … | head`)", async () => {
    // The pipe's reading end is closed before corrlint writes: every write fails with EPIPE.
    const closedPipe = (args: string[]) =>
      new Promise<{code: number | null; stderr: string}>((resolve) => {
        const child = spawn(process.execPath, [bin, ...args], {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {...process.env, NO_COLOR: '1'}
        })
        child.stdout.destroy()
        let stderr = ''
        child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
        child.on('close', (code) => resolve({code, stderr}))
      })
    for (const format of ['stylish', 'json', 'sarif']) {
      expect(await closedPipe(['--format', format, 'good.txt'])).toEqual({code: 0, stderr: ''})
      expect(await closedPipe(['--format', format, 'mismatched.txt'])).toEqual({code: 1, stderr: ''})
    }
  })

  it('honours FORCE_COLOR and --no-color', async () => {
    expect(spawned(['good.txt'], {env: {FORCE_COLOR: '1'}}).stdout).toContain('\u001B[')
    expect(spawned(['good.txt', '--no-color'], {env: {FORCE_COLOR: '1'}}).stdout).not.toContain('\u001B[')
  })

  it('prints the time per rule to standard error with CORRLINT_TIMING=1, after the report and apart from it', async () => {
    const timed = spawned(['--format', 'json', 'good.txt', 'mismatched.txt', '--jobs', '1'], {
      env: {CORRLINT_TIMING: '1'}
    })
    expect(JSON.parse(timed.stdout).files).toHaveLength(2)
    const lines = timed.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^Rule +\| Time \(ms\) \| Relative$/)
    expect(lines.slice(2, -2).length).toBeGreaterThan(5)
    for (const line of lines.slice(2, -2))
      expect(line).toMatch(/^(?:[a-z]+\/[a-z-]+|\([a-z ]+\)) +\| +\d+\.\d \| +\d+\.\d%$/)
    expect(timed.stderr).toContain('(split and parse the draft)')
    expect(timed.stderr).toContain('spelling/misspelling')
    expect(lines.at(-2)).toMatch(/^2 files timed in this thread, \d+ ms in all$/)
    // How the program was loaded (test/code-cache.test.ts checks each case).
    expect(lines.at(-1)).toMatch(/^start-up: (?:code cache used|no code cache yet|code cache out of date)/)
    // Off by default, and with CORRLINT_TIMING=0.
    expect(spawned(['good.txt']).stderr).toBe('')
    expect(spawned(['good.txt'], {env: {CORRLINT_TIMING: '0'}}).stderr).toBe('')
  })

  it('writes a clean GitHub report to a file as one ::debug:: line, and prints nothing for it', async () => {
    const report = {files: [{}, {}]} as unknown as import('../src/types.js').RunReport
    expect(reportFileText('github', '', report)).toBe('::debug::corrlint: 2 files checked, nothing to report\n')
    expect(reportFileText('github', '::warning file=a.txt::x\n', report)).toBe('::warning file=a.txt::x\n')
    expect(reportFileText('json', '', report)).toBe('')
    const clean = spawned(['good.txt', '-f', 'github'])
    expect(clean.stdout).toBe('')
  })

  it('prints as many rows as CORRLINT_TIMING asks for: a number, or all', () => {
    expect([undefined, '', '0'].map(timingRows)).toEqual([0, 0, 0])
    expect(['1', 'true', 'yes'].map(timingRows)).toEqual([15, 15, 15])
    expect(timingRows('40')).toBe(40)
    expect(timingRows('ALL')).toBe(Number.POSITIVE_INFINITY)
    const rows = (value: string) =>
      spawned(['good.txt', '--jobs', '1'], {env: {CORRLINT_TIMING: value}})
        .stderr.trim()
        .split('\n').length - 4
    expect(rows('3')).toBe(3)
    expect(rows('all')).toBeGreaterThan(40)
  })
})

describe('flags as CI users expect (issue #21)', async () => {
  const oneWarning = good.replace(
    'We will send you a corrected bill by Friday 27 November.',
    'We will send you a corrected bill, with every charge for the month set out line by line and the credit for the missed reading shown beside the charge it replaces, by Friday 27 November.'
  )
  writeFileSync(join(dir, 'one-warning.txt'), oneWarning)

  it('takes one value per --rule and --ignore-pattern, repeatable, and keeps the paths after them', async () => {
    const folder = join(dir, 'ignore-pattern')
    mkdirSync(folder)
    for (const name of ['good.txt', 'mismatched.txt', 'one-warning.txt']) writeFileSync(join(folder, name), good)
    const json = async (args: string[]) =>
      JSON.parse((await corrlint([...args, '--format', 'json'], {cwd: folder})).stdout)
    const ruled = await corrlint([
      '--rule',
      'structure/close-matches-salutation=off',
      'mismatched.txt',
      '--rule',
      'clarity/sentence-length=off',
      '--format',
      'json'
    ])
    expect(ruled.stderr).toBe('')
    expect(ruled.code).toBe(0)
    const ids = JSON.parse(ruled.stdout).files[0].findings.map((finding: {ruleId: string}) => finding.ruleId)
    expect(ids).not.toContain('structure/close-matches-salutation')
    const ignored = await json(['--ignore-pattern', 'mis*', 'good.txt', '--ignore-pattern', 'one-*', '.'])
    expect(ignored.files.map((file: {path: string}) => file.path)).toEqual(['good.txt'])
  })

  it('says why a run whose criteria all passed fails on its warnings; --max-warnings -1 is no limit', async () => {
    const plain = await corrlint(['one-warning.txt'])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toContain('✔ Every checked criterion passed (0 errors, 1 warning).')
    const limited = await corrlint(['one-warning.txt', '--max-warnings', '0'])
    expect(limited.code).toBe(1)
    expect(limited.stdout).not.toContain('✔')
    expect(limited.stdout).toContain(
      '✖ Every checked criterion passed, but the run failed: 1 warning, more than --max-warnings 0.'
    )
    const strict = await corrlint(['one-warning.txt', '--fail-on', 'warning', '--format', 'json'])
    expect(strict.code).toBe(1)
    expect(JSON.parse(strict.stdout).summary.warnings).toBe(1)
    expect(strict.stderr).toBe('corrlint: the run failed: 1 warning, and --fail-on warning fails the run on any\n')
    expect((await corrlint(['one-warning.txt', '--max-warnings', '0', '--format', 'markdown'])).stdout).toContain(
      '❌ **The run failed:** 1 warning, more than --max-warnings 0.'
    )
    const written = await corrlint(['one-warning.txt', '--max-warnings', '0', '-o', 'one-warning-report.txt'])
    expect(written.code).toBe(1)
    expect(written.stderr).toBe('corrlint: the run failed: 1 warning, more than --max-warnings 0\n')
    expect(await corrlint(['one-warning.txt', '--max-warnings', '-1'])).toMatchObject({code: 0, stderr: ''})
    expect((await corrlint(['one-warning.txt', '--max-warnings', '1'])).code).toBe(0)
    const bad = await corrlint(['one-warning.txt', '--max-warnings', '-2'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--max-warnings expects a whole number, or -1 for no limit, got "-2"')
  })

  it('counts in good English: 1 warning, 1 paragraph, 1 sentence', async () => {
    writeFileSync(
      join(dir, 'short.txt'),
      'Dear Sam,\n\nThank you for your email about your order.\n\nKind regards,\nAlex\n'
    )
    const {stdout} = await corrlint(['short.txt'])
    expect(stdout).toMatch(/Facts: \d+ words · 1 sentence · 1 paragraph\b/)
    expect(stdout).not.toMatch(/\b1 (?:warnings|errors|sentences|paragraphs|files)\b/)
  })

  it('heads the class summary with how many files were checked and how many could not be read', async () => {
    const {stdout, code} = await corrlint(['good.txt', 'mismatched.txt', 'missing.txt'])
    expect(code).toBe(2)
    expect(stdout).toMatch(/^Summary: 3 files: 2 checked, 1 could not be read; 1 error, \d+ warnings?$/m)
    expect(stdout).toMatch(/Structure +1\/2 passed/)
  })
})

describe('standard input takes the same path as a file (issue #21)', async () => {
  it('--write-baseline from - records its findings, and a baseline written from a file applies to the same draft on standard input', async () => {
    const folder = join(dir, 'stdin-baseline')
    mkdirSync(folder)
    writeFileSync(join(folder, 'mismatched.txt'), mismatched)
    const fromStdin = await corrlint(
      ['-', '--stdin-filename', 'mismatched.txt', '--write-baseline', 'from-stdin.json', '--format', 'json'],
      {input: mismatched, cwd: folder}
    )
    expect(fromStdin.code).toBe(1)
    const recorded = JSON.parse(readFileSync(join(folder, 'from-stdin.json'), 'utf8'))
    expect(JSON.stringify(recorded)).toContain('structure/close-matches-salutation')
    // The file, checked against the baseline standard input wrote: nothing new.
    expect((await corrlint(['mismatched.txt', '--baseline', 'from-stdin.json'], {cwd: folder})).code).toBe(0)
    // And the other way round.
    expect((await corrlint(['mismatched.txt', '--write-baseline', 'from-file.json'], {cwd: folder})).code).toBe(1)
    const applied = await corrlint(
      ['-', '--stdin-filename', 'mismatched.txt', '--baseline', 'from-file.json', '--format', 'json'],
      {input: mismatched, cwd: folder}
    )
    expect(applied.code).toBe(0)
    expect(
      JSON.parse(applied.stdout).files[0].findings.filter((finding: {severity: string}) => finding.severity === 'error')
    ).toEqual([])
    // SARIF from standard input carries fingerprints, as a file's does.
    const sarif = JSON.parse((await corrlint(['-', '--format', 'sarif'], {input: mismatched, cwd: folder})).stdout)
    expect(sarif.runs[0].results.length).toBeGreaterThan(0)
    for (const result of sarif.runs[0].results)
      expect(result.partialFingerprints['corrlintFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/)
  })

  it('reports standard input that is too large as one line, and still checks the files named with it', async () => {
    const {code, stdout, stderr} = await corrlint(['-', 'good.txt', '--max-file-size', '600', '--format', 'json'], {
      input: good.repeat(3)
    })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^corrlint: <stdin>: standard input is too large/)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(
      JSON.parse(stdout).files.map((file: {path: string; fatal?: string}) => [file.path, Boolean(file.fatal)])
    ).toEqual([
      ['<stdin>', true],
      ['good.txt', false]
    ])
  })
})
