/** The README shows what corrlint really prints: its generated sections match the built program. */
import {existsSync, readFileSync} from 'node:fs'
import {resolve as resolvePath} from 'node:path'
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
    const benched = {
      ...content,
      PERF: content.PERF.replace(/\d+ ms/g, '999 ms').replace(
        /Latest run: [^\n]*/,
        'Latest run: 2099-01-01, another machine.'
      )
    }
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

/** The README's code blocks, with their info strings, and the text outside them. */
function fences(text: string): {blocks: Array<{info: string; body: string; line: number}>; prose: string[]} {
  const blocks: Array<{info: string; body: string; line: number}> = []
  const prose: string[] = []
  let open: {info: string; lines: string[]; line: number; fence: string} | undefined
  text.split('\n').forEach((line, index) => {
    const fence = /^(`{3,}|~{3,})(.*)$/.exec(line)
    if (open) {
      if (fence && fence[1].startsWith(open.fence) && fence[2].trim() === '') {
        blocks.push({info: open.info, body: open.lines.join('\n'), line: open.line})
        open = undefined
      } else open.lines.push(line)
    } else if (fence) open = {info: fence[2].trim(), lines: [], line: index + 1, fence: fence[1]}
    else prose.push(line)
  })
  expect(open, `README: the code fence opened on line ${open?.line} is never closed`).toBeUndefined()
  return {blocks, prose}
}

describe('README structure', () => {
  const {blocks, prose} = fences(readme)

  it('has no empty code block, and no section heading swallowed by one', () => {
    for (const block of blocks) {
      expect(block.body.trim(), `README line ${block.line}: an empty code block`).not.toBe('')
      // Only a Markdown example may hold headings of its own.
      if (!/^(?:markdown|md)$/.test(block.info))
        expect(block.body, `README line ${block.line}: a heading inside a code block`).not.toMatch(/^#{1,6} \S/m)
    }
    expect(prose.filter((line) => /^## /.test(line))).toContain('## Many files: folders, globs, shards and baselines')
  })

  it('links only to files that exist inside the repository', () => {
    const root = new URL('..', import.meta.url).pathname
    const targets = [...prose.join('\n').matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1])
      .filter((target) => !/^(?:[a-z]+:|#)/i.test(target))
    expect(targets.length).toBeGreaterThan(0)
    for (const target of targets) {
      const path = resolvePath(root, decodeURI(target.split('#')[0]))
      expect(path.startsWith(root), `README links outside the repository: ${target}`).toBe(true)
      expect(existsSync(path), `README links to a missing file: ${target}`).toBe(true)
    }
  })
})
