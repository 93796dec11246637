#!/usr/bin/env node
/**
 * Same output: run two builds of corrlint over the same drafts and compare their JSON reports
 * (every file's parts, positions, findings and verdicts) and the baselines they write (so the
 * fingerprints too), as a refactoring must leave them.
 *
 *   node scripts/same-output.mjs <other checkout>      e.g. a build of main in /tmp/corrlint-main
 *
 * Drafts: fixtures/ (with the configs beside them), the benchmark's 500 drafts (bench/corpus.mjs,
 * its default seed, checked with --jobs 2 so the worker pool runs), and the shared corpora when
 * they are there (../shared/corpus/drafts-dev as a folder; every ukgov-qae-mailers template and a
 * few fixtures through standard input, one run each). Both builds must be built (`npm run build`).
 * Exits 1 and lists each difference when the reports differ.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'
import {corpus} from '../bench/corpus.mjs'

const here = resolve(new URL('..', import.meta.url).pathname)
const other = process.argv[2] && resolve(process.argv[2])
if (!other || !existsSync(join(other, 'bin/corrlint.cjs'))) {
  console.error('usage: node scripts/same-output.mjs <other corrlint checkout, built>')
  process.exit(2)
}
const shared = resolve(here, '../shared/corpus')
const work = join(tmpdir(), `corrlint-same-output-${process.pid}`)
mkdirSync(work, {recursive: true})
const env = {...process.env, CORRLINT_CODE_CACHE_DIR: join(work, 'code-cache'), NO_COLOR: '1'}

// The benchmark's drafts, written once here (the same seed as `npm run bench`).
const benchDir = join(work, 'bench-drafts')
mkdirSync(benchDir, {recursive: true})
for (const {name, text} of corpus(35034, 500)) writeFileSync(join(benchDir, name), text)

/** One run of a build: its JSON report, the baseline it wrote, its exit code and standard error. */
function runBuild(root, args, {cwd, input}) {
  const baseline = join(work, `baseline-${Math.random().toString(36).slice(2)}.json`)
  const result = spawnSync(
    process.execPath,
    [join(root, 'bin/corrlint.cjs'), '-f', 'json', '--write-baseline', baseline, ...args],
    {
      cwd,
      env,
      input,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024
    }
  )
  let report
  try {
    report = JSON.parse(result.stdout)
    delete report.version
  } catch {
    report = {unparsed: result.stdout.slice(0, 500)}
  }
  const written = existsSync(baseline) ? JSON.parse(readFileSync(baseline, 'utf8')) : undefined
  rmSync(baseline, {force: true})
  return {report, baseline: written, status: result.status, stderr: result.stderr}
}

/** What differs between two values, as paths into them (at most `limit`). */
function differences(a, b, path = '', out = [], limit = 20) {
  if (out.length >= limit) return out
  if (a === b) return out
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  ) {
    out.push(`${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 200)} -> ${JSON.stringify(b)?.slice(0, 200)}`)
    return out
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) differences(a[key], b[key], `${path}${Array.isArray(a) ? `[${key}]` : `.${key}`}`, out, limit)
  return out
}

const runs = []
const add = (name, args, options) => runs.push({name, args, options})
add('fixtures/', ['fixtures'], {cwd: here})
add('bench drafts (--jobs 2)', ['--jobs', '2', '.'], {cwd: benchDir})
add('bench drafts (--jobs 1)', ['--jobs', '1', '.'], {cwd: benchDir})
if (existsSync(join(shared, 'drafts-dev'))) add('drafts-dev', ['drafts-dev'], {cwd: shared})
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
const mailers = join(shared, 'ukgov-qae-mailers')
if (existsSync(mailers)) {
  for (const file of walk(mailers)
    .filter((path) => path.endsWith('.erb'))
    .sort()) {
    const name = relative(shared, file)
    add(`${name} (standard input)`, ['-', '--stdin-filename', `${name}.txt`], {cwd: shared, input: readFileSync(file)})
  }
}
for (const name of [
  'commit-flawed-legal.txt',
  ...readdirSync(join(here, 'fixtures')).filter((file) => /\.(eml|html|md|docx)$/.test(file))
]) {
  const format = name.replace(/.*\./, '')
  add(`fixtures/${name} (standard input)`, ['-', '--stdin-filename', `draft.${format}`], {
    cwd: here,
    input: readFileSync(join(here, 'fixtures', name))
  })
}

let differing = 0
let files = 0
let findings = 0
for (const {name, args, options} of runs) {
  const before = runBuild(other, args, options)
  const after = runBuild(here, args, options)
  files += before.report.files?.length ?? 0
  findings += (before.report.files ?? []).reduce((sum, file) => sum + file.findings.length, 0)
  const found = [
    ...differences(before.status, after.status, 'exit code'),
    ...differences(before.report, after.report, 'report'),
    ...differences(before.baseline, after.baseline, 'baseline'),
    ...differences(before.stderr, after.stderr, 'stderr')
  ]
  if (found.length === 0) continue
  differing++
  console.log(`DIFFERENT: ${name}\n  ${found.join('\n  ')}`)
}
rmSync(work, {recursive: true, force: true})
console.log(
  `${runs.length} runs, ${files} file reports, ${findings} findings: ${differing === 0 ? 'the same output' : `${differing} runs differ`}`
)
process.exitCode = differing === 0 ? 0 : 1
