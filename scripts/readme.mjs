#!/usr/bin/env node
/**
 * `npm run readme`: regenerate the README's generated sections from the built program, so the
 * README shows what corrlint really prints. test/readme.test.ts fails when they are stale.
 *
 *   <!-- README:OPTIONS -->  `corrlint --help`
 *   <!-- README:OUTPUT -->   the stylish report of a good and a flawed bundled example
 *   <!-- README:PERF -->     bench/results.md, written by `npm run bench`
 *
 * Each section runs from its marker to `<!-- /README:NAME -->`.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/corrlint.cjs')

/** The examples the README shows, good first. */
export const OUTPUT_EXAMPLES = ['fixtures/complaint-reply-good-late-delivery.txt', 'fixtures/complaint-reply-flawed-faithfully-named.txt']

function corrlint(args) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '100'}})
  return result.stdout.trimEnd()
}

/** Every generated section's content, by name. */
export function sections() {
  const output = OUTPUT_EXAMPLES.map((file) => ['```console', `$ npx corrlint ${file}`, corrlint([file]), '```'].join('\n')).join('\n\n')
  const perfFile = join(root, 'bench/results.md')
  return {
    OPTIONS: ['```console', '$ npx corrlint --help', corrlint(['--help']), '```'].join('\n'),
    OUTPUT: `What a learner sees, for a good reply and a flawed one:\n\n${output}`,
    PERF: existsSync(perfFile) ? readFileSync(perfFile, 'utf8').trimEnd() : '## Performance\n\nRun `npm run bench` to measure.'
  }
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
