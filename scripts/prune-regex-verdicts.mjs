#!/usr/bin/env node
/**
 * `npm run regex-verdicts:prune`: drop from test/regex-verdicts.json the verdicts no test asks for
 * any more (patterns that changed or went). Runs the test files that ask for verdicts
 * (test/support/regex-verdicts.ts) with CORRLINT_REGEX_VERDICTS_USED set, so each records the keys
 * it uses, and keeps those. Nothing is pruned when a test fails.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const file = join(root, 'test/regex-verdicts.json')

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return testFiles(path)
    return name.endsWith('.test.ts') && readFileSync(path, 'utf8').includes('support/regex-verdicts.js')
      ? [relative(root, path)]
      : []
  })
}

const files = testFiles(join(root, 'test'))
const scratch = mkdtempSync(join(tmpdir(), 'corrlint-verdicts-'))
const used = join(scratch, 'used.txt')
writeFileSync(used, '')
const run = spawnSync('npx', ['vitest', 'run', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: {...process.env, CORRLINT_REGEX_VERDICTS_USED: used}
})
if (run.status !== 0) {
  rmSync(scratch, {recursive: true, force: true})
  console.error('regex verdicts: a test failed, nothing pruned')
  process.exit(1)
}
const keys = new Set(readFileSync(used, 'utf8').split('\n').filter(Boolean))
rmSync(scratch, {recursive: true, force: true})
const verdicts = JSON.parse(readFileSync(file, 'utf8'))
const kept = Object.fromEntries(
  Object.entries(verdicts)
    .filter(([key]) => keys.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
)
writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`)
console.error(
  `regex verdicts: kept ${Object.keys(kept).length}, pruned ${Object.keys(verdicts).length - Object.keys(kept).length} (${files.length} test files)`
)
