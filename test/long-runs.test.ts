/**
 * Long runs that parse-latin merges with `children.push(...tokens)` (`a-a-a…`, `1.1.1…`, `a@a@…`,
 * `a/a/…`, a sentence of words with no full stop) are parsed in bounded pieces: no draft fails
 * with "Maximum call stack size exceeded", and the report is the same at any --jobs (a worker's
 * deeper stack let it pass there while the main thread failed).
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {boundedPieces, MAX_PARSE_CHARS, parseProse} from '../src/document/parse.js'

const bin = new URL('../bin/corrlint.cjs', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'corrlint-runs-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

const runs: Record<string, string> = {
  hyphens: Array.from({length: 65_000}, () => 'a').join('-'),
  dots: Array.from({length: 65_000}, () => '1').join('.'),
  ats: Array.from({length: 65_000}, () => 'a').join('@'),
  slashes: Array.from({length: 65_000}, () => 'a').join('/'),
  // One sentence of 70,000 words (plain ones: "a a a…" made 70,000 a/an findings and took seconds).
  'lower-case sentence': `and ${Array.from({length: 70_000}, (_, index) => (index % 2 === 0 ? 'the' : 'cat')).join(' ')}`
}

function letter(run: string): string {
  return `Dear Mr Smith,\n\nThank you for your letter. ${run} We will call you on Monday.\n\nYours sincerely,\nJo Bloggs\n`
}

describe('parsing long runs', () => {
  for (const [name, run] of Object.entries(runs)) {
    it(`parses ${name} without overflowing the stack, positions into the original`, () => {
      const text = letter(run)
      const root = parseProse(text, [{start: 0, end: text.length}])
      const last = root.children.at(-1)!
      expect(last.position!.end.offset).toBe(text.length)
      expect(root.children[0].position!.start.offset).toBe(0)
    })
  }

  it('cuts after a blank line, then after white space, and keeps pieces contiguous', () => {
    const paragraph = `${'word '.repeat(1_200)}\n\n`
    const text = paragraph.repeat(4)
    const pieces = boundedPieces(text, {start: 0, end: text.length})
    expect(pieces.map((piece) => text.slice(piece.start, piece.end))).toEqual([paragraph.repeat(3), paragraph])
    const run = 'x'.repeat(MAX_PARSE_CHARS * 2 + 5)
    expect(boundedPieces(run, {start: 0, end: run.length})).toEqual([
      {start: 0, end: MAX_PARSE_CHARS},
      {start: MAX_PARSE_CHARS, end: MAX_PARSE_CHARS * 2},
      {start: MAX_PARSE_CHARS * 2, end: MAX_PARSE_CHARS * 2 + 5}
    ])
  })
})

describe('--jobs 1 and --jobs 2 on long runs', () => {
  it('give the same JSON report, with no file failed', {timeout: 300_000}, () => {
    const names: string[] = []
    for (const [index, run] of Object.values(runs).entries()) {
      names.push(`run-${index}.txt`)
      writeFileSync(join(scratch, `run-${index}.txt`), letter(run))
    }
    // Enough files for --jobs 2 to start a worker.
    names.push('clean.txt')
    writeFileSync(join(scratch, 'clean.txt'), letter('We have refunded the charge.'))
    const reports = ['1', '2'].map((jobs) => {
      const result = spawnSync(process.execPath, [bin, '--jobs', jobs, '-f', 'json', ...names], {
        cwd: scratch,
        encoding: 'utf8',
        maxBuffer: 1 << 28
      })
      expect(result.stderr).not.toContain('internal error')
      const report = JSON.parse(result.stdout)
      delete report.timing
      return report
    })
    expect(reports[0].files.filter((file: {fatal?: string}) => file.fatal)).toEqual([])
    expect(reports[1]).toEqual(reports[0])
  })
})
