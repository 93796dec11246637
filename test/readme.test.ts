/** The README shows what corrlint really prints: its generated sections match the built program. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a build script, plain JavaScript
import {CHECKED, render, sectionOf, sections, stale} from '../scripts/readme.mjs'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  const content = sections() as Record<string, string>

  it('has the current --help and example output (run `npm run readme` after changing them)', () => {
    expect(content.OPTIONS).toContain('--format <name>')
    expect(content.OUTPUT).toContain('FAIL  Structure')
    expect(CHECKED).toEqual(['OPTIONS', 'OUTPUT'])
    expect(stale(readme, content), 'README sections are stale: run npm run readme').toEqual([])
  })

  it('does not depend on the last benchmark run: other figures in bench/results.md leave it current', () => {
    // What `npm run bench` does: new figures, a new date, another machine's load.
    const benched = {...content, PERF: content.PERF.replace(/\d+ ms/g, '999 ms').replace(/Latest run: [^\n]*/, 'Latest run: 2099-01-01, another machine.')}
    expect(benched.PERF).not.toBe(content.PERF)
    expect(stale(readme, benched)).toEqual([])
    // …while a change in what the program prints is still caught.
    expect(stale(readme, {...content, OPTIONS: `${content.OPTIONS}\n  --new-option`})).toEqual(['OPTIONS'])
  })

  it('has a performance section as `npm run bench` writes it', () => {
    const perf = sectionOf(readme, 'PERF') as string | undefined
    expect(perf).toMatch(/^## Performance\n/)
    expect(perf).toMatch(/\nLatest run: \d{4}-\d\d-\d\d, /)
    expect(perf).toContain('| task ')
    expect(perf).toContain('| cold start, one draft |')
    // Generated sections round-trip: rendering the README with its own content changes nothing.
    expect(render(readme, {PERF: perf})).toBe(readme)
  })
})
