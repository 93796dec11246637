#!/usr/bin/env node
/**
 * `npm run readme`: regenerate the README's generated sections from the built program, so the
 * README shows what corrlint really prints.
 *
 *   <!-- README:OPTIONS -->  `corrlint --help`
 *   <!-- README:OUTPUT -->   the stylish report of a good and a flawed bundled example
 *   <!-- README:PERF -->     bench/results.md, written by `npm run bench`
 *
 * Each section runs from its marker to `<!-- /README:NAME -->`.
 *
 * test/readme.test.ts checks the sections that are a function of the code (CHECKED): the same
 * commit always prints the same help and the same reports, so a difference means the README is
 * stale. PERF is a measurement, not a function of the code: every `npm run bench` rewrites
 * bench/results.md with that run's figures (and date, machine and load), so comparing the README
 * with it would make the test suite depend on the last benchmark run. The README shows the figures
 * a developer chose to publish by running `npm run readme` after a bench.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/corrlint.cjs')

/** The examples the README shows, good first. */
export const OUTPUT_EXAMPLES = [
  'fixtures/complaint-reply-good-late-delivery.txt',
  'fixtures/complaint-reply-flawed-faithfully-named.txt'
]

function corrlint(args) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '100'}
  })
  return result.stdout.trimEnd()
}

/** The sections test/readme.test.ts compares with the built program. */
export const CHECKED = ['OPTIONS', 'OUTPUT']

/** Every generated section's content, by name. */
export function sections() {
  const output = OUTPUT_EXAMPLES.map((file) =>
    ['```console', `$ npx corrlint ${file}`, corrlint([file]), '```'].join('\n')
  ).join('\n\n')
  const perfFile = join(root, 'bench/results.md')
  return {
    OPTIONS: ['```console', '$ npx corrlint --help', corrlint(['--help']), '```'].join('\n'),
    OUTPUT: `What a learner sees, for a good reply and a flawed one:\n\n${output}`,
    PERF: existsSync(perfFile)
      ? readFileSync(perfFile, 'utf8').trimEnd()
      : '## Performance\n\nRun `npm run bench` to measure.'
  }
}

/** The names of the CHECKED sections of `readme` that differ from what the built program prints now. */
export function stale(readme, content = sections()) {
  return CHECKED.filter((name) => render(readme, {[name]: content[name]}) !== readme)
}

/** The body of section `name` in `readme`, or undefined when it has no such section. */
export function sectionOf(readme, name) {
  const open = `<!-- README:${name} -->\n`
  const start = readme.indexOf(open)
  const end = readme.indexOf(`\n<!-- /README:${name} -->`, start)
  return start === -1 || end === -1 ? undefined : readme.slice(start + open.length, end)
}

/** The README with every section replaced. */
export function render(readme, content = sections()) {
  let text = readme
  for (const [name, body] of Object.entries(content)) {
    const open = `<!-- README:${name} -->`
    const close = `<!-- /README:${name} -->`
    const start = text.indexOf(open)
    if (start === -1) throw new Error(`README has no ${open} marker`)
    const end = text.indexOf(close, start)
    const after = end === -1 ? start + open.length : end + close.length
    text = `${text.slice(0, start)}${open}\n${body}\n${close}${text.slice(after)}`
  }
  return text
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(root, 'README.md')
  writeFileSync(path, render(readFileSync(path, 'utf8')))
  process.stderr.write('README.md: generated sections updated\n')
}
