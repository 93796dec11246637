#!/usr/bin/env node
/**
 * `npm run bench`: how fast corrlint checks drafts, beside two baselines measured in the same run
 * (an empty Node script and a plain unified + retext pipeline with the same plugins).
 *
 * Generates 500 realistic drafts (150–400 words) and one 1 MB letter into bench/.corpus/ from a
 * fixed seed, then reports medians over several runs of: cold start on one draft, 500 drafts with
 * --jobs 1 and --jobs 2, and the 1 MB file; with peak RSS and the cores kept busy (from
 * /usr/bin/time -v when present).
 *
 * Environment: BENCH_RUNS (default 5), BENCH_BATCH_RUNS (runs of each batch and of the 1 MB file: at
 * most 3 by default), BENCH_SEED (default 35034).
 * BENCH_BASELINE=<another corrlint checkout, built>: also run that build's bin/corrlint.cjs, taking
 * turns with this one on every corrlint task, and report this build's times over the baseline's —
 * how a change is judged on these shared machines, whose speed drifts from day to day and whose
 * ratios against an empty Node script or plain retext drift with it. BENCH_BASELINE_NAME: what to
 * call it in the report (default: its path).
 * Needs a build (`npm run build`): it runs bin/corrlint.cjs as a user would.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {join, resolve} from 'node:path'
import {corpus, longLetter} from './corpus.mjs'
import {draftOfWords, measureLsp} from './lsp.mjs'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/corrlint.cjs')
const plain = join(root, 'bench/plain-retext.mjs')
const dir = join(root, 'bench/.corpus')
const draftsDir = join(dir, 'drafts')
const long = join(dir, 'long-letter.txt')
const seed = Number(process.env.BENCH_SEED ?? 35034)
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))
const baselineRoot = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined
const baselineBin = baselineRoot && join(baselineRoot, 'bin/corrlint.cjs')
if (baselineBin && !existsSync(join(baselineRoot, 'dist/bundle/corrlint.cjs'))) {
  console.error(`bench: BENCH_BASELINE has no build (${baselineRoot}); run \`npm run build\` there first`)
  process.exit(1)
}
const batchRuns = Math.max(1, Number(process.env.BENCH_BATCH_RUNS ?? Math.min(runs, 3)))
const DRAFTS = 500

if (!existsSync(join(root, 'dist/bundle/corrlint.cjs'))) {
  console.error('bench: no build found; run `npm run build` first')
  process.exit(1)
}

// 1. The corpus, regenerated only when the seed or the generator changed.
const stamp = JSON.stringify({seed, generator: readFileSync(join(root, 'bench/corpus.mjs'), 'utf8').length})
const stampFile = join(dir, 'stamp.json')
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(draftsDir, {recursive: true})
  for (const {name, text} of corpus(seed, DRAFTS)) writeFileSync(join(draftsDir, name), text)
  writeFileSync(long, longLetter(seed, 1024 * 1024))
  writeFileSync(stampFile, stamp)
}
const drafts = readdirSync(draftsDir)
  .sort()
  .map((name) => join(draftsDir, name))
const one = drafts[0]

// 2. What the CLI supports today (folders and --jobs arrived with issue #8).
const help = spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'}).stdout
const hasJobs = help.includes('--jobs')
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

// corrlint's code cache (src/cli/code-cache.ts) in a folder of the bench's own, emptied at each
// run: the warm-up run before each measurement writes it, as a user's first run would.
const codeCache = join(dir, 'code-cache')
rmSync(codeCache, {recursive: true, force: true})
const benchEnv = {...process.env, CORRLINT_CODE_CACHE_DIR: codeCache}

/** Run a command once: wall time in ms and peak RSS in MB. */
function measure(args, env) {
  const command = timeBin ? [timeBin, '-v', process.execPath, ...args] : [process.execPath, ...args]
  const started = process.hrtime.bigint()
  const result = spawnSync(command[0], command.slice(1), {
    cwd: root,
    env: {...benchEnv, ...env},
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${args.join(' ').slice(0, 120)} exited ${result.status}: ${result.stderr.slice(-400)}`)
  }
  let rss
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')
  if (match) rss = Number(match[1]) / 1024
  // Cores kept busy: user and system CPU time over wall time (V8 compiles and collects garbage on
  // background threads, so even one thread of JavaScript uses more than one core).
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '')
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '')
  const cores = user && system ? ((Number(user[1]) + Number(system[1])) * 1000) / ms : undefined
  return {ms, rss, cores}
}

/** The median time, the largest peak RSS and the median cores kept busy of `samples` (from measure()). */
function summarise(samples) {
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b)
  const median =
    times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2
  const rss = samples.every((sample) => sample.rss === undefined)
    ? undefined
    : Math.max(...samples.map((sample) => sample.rss ?? 0))
  const busy = samples
    .map((sample) => sample.cores)
    .filter((value) => value !== undefined)
    .sort((a, b) => a - b)
  const cores = busy.length > 0 ? busy[Math.floor(busy.length / 2)] : undefined
  return {median, rss, cores}
}

/** summarise() over `count` runs (after one warm-up for the file cache). */
function bench(label, args, count, env) {
  process.stderr.write(`  ${label} …`)
  measure(args, env)
  const result = summarise(Array.from({length: count}, () => measure(args, env)))
  process.stderr.write(` ${result.median.toFixed(0)} ms\n`)
  return result
}

const format = ['--format', 'json']
const jobs = (n) => (hasJobs ? ['--jobs', String(n)] : [])
process.stderr.write(
  `corrlint bench: ${DRAFTS} drafts (seed ${seed}), ${runs} runs (${batchRuns} for batches), ${cpus().length} cores\n`
)

/**
 * Like bench(), for several commands taking turns (one run of each, then again): the machine's
 * load drifts over seconds, and short runs measured one after another would each catch a different
 * part of it. Three times `runs` of each, as a cold start is short and noisier.
 */
function benchTogether(entries, count) {
  process.stderr.write(`  ${entries.map(([label]) => label).join('; ')}, taking turns …`)
  for (const [, args, env] of entries) measure(args, env)
  const samples = entries.map(() => [])
  for (let round = 0; round < count; round++)
    entries.forEach(([, args, env], at) => samples[at].push(measure(args, env)))
  const results = samples.map(summarise)
  process.stderr.write(` ${results.map((result) => `${result.median.toFixed(0)} ms`).join(', ')}\n`)
  return results
}

const [empty, cold, coldNoCache, coldPlain, coldBaseline] = benchTogether(
  [
    ['empty node script', ['-e', '']],
    ['corrlint, one draft', [bin, ...format, one]],
    ['corrlint, one draft, no code cache', [bin, ...format, one], {NODE_DISABLE_COMPILE_CACHE: '1'}],
    ['plain retext, one draft', [plain, one]],
    ...(baselineBin ? [['baseline build, one draft', [baselineBin, ...format, one]]] : [])
  ],
  runs * 3
)
/** This build on `args`, and the baseline build taking turns with it when there is one. */
function benchBuilds(label, args, count) {
  if (!baselineBin) return [bench(`corrlint, ${label}`, [bin, ...args], count)]
  return benchTogether(
    [
      [`corrlint, ${label}`, [bin, ...args]],
      [`baseline build, ${label}`, [baselineBin, ...args]]
    ],
    count
  )
}
const [batch1, batch1Baseline] = benchBuilds(
  `${DRAFTS} drafts, --jobs 1`,
  [...format, ...jobs(1), ...drafts],
  batchRuns
)
const [batch2, batch2Baseline] = hasJobs
  ? benchBuilds(`${DRAFTS} drafts, --jobs 2`, [...format, ...jobs(2), ...drafts], batchRuns)
  : []
const batchPlain = bench(`plain retext, ${DRAFTS} drafts`, [plain, ...drafts], batchRuns)
const [big, bigBaseline] = benchBuilds('1 MB file', [...format, long], batchRuns)
const bigPlain = bench('plain retext, 1 MB file', [plain, long], batchRuns)
// The language server (issue 26): a warm server re-checking a ~400-word draft after each edit.
process.stderr.write('  language server, re-check after an edit …')
const lspDraft = draftOfWords(drafts.slice(0, 20).map((path) => readFileSync(path, 'utf8')))
const lsp = await measureLsp({text: lspDraft, env: benchEnv})
process.stderr.write(` ${lsp.median.toFixed(1)} ms median\n`)

const ms = (value) => `${value.toFixed(0)} ms`
const mb = (value) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`)
const ratio = (a, b) => `${(a / b).toFixed(2)}×`
const rows = [
  ['task', 'corrlint', 'plain retext', 'ratio', 'corrlint RSS', 'retext RSS'],
  ['empty node script', ms(empty.median), '', '', mb(empty.rss), ''],
  [
    'cold start, one draft',
    ms(cold.median),
    ms(coldPlain.median),
    ratio(cold.median, coldPlain.median),
    mb(cold.rss),
    mb(coldPlain.rss)
  ],
  [
    '… with no code cache',
    ms(coldNoCache.median),
    ms(coldPlain.median),
    ratio(coldNoCache.median, coldPlain.median),
    mb(coldNoCache.rss),
    mb(coldPlain.rss)
  ],
  [
    `${DRAFTS} drafts, --jobs 1`,
    ms(batch1.median),
    ms(batchPlain.median),
    ratio(batch1.median, batchPlain.median),
    mb(batch1.rss),
    mb(batchPlain.rss)
  ],
  ...(batch2
    ? [
        [
          `${DRAFTS} drafts, --jobs 2`,
          ms(batch2.median),
          ms(batchPlain.median),
          ratio(batch2.median, batchPlain.median),
          mb(batch2.rss),
          mb(batchPlain.rss)
        ]
      ]
    : []),
  ['1 MB file', ms(big.median), ms(bigPlain.median), ratio(big.median, bigPlain.median), mb(big.rss), mb(bigPlain.rss)]
]
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
const line = (row) =>
  `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`
const table = [
  line(rows[0]),
  `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  ...rows.slice(1).map(line)
]
const rate = (batch) => (DRAFTS / ((batch.median - empty.median) / 1000)).toFixed(1)
const wall = (batch) => (DRAFTS / (batch.median / 1000)).toFixed(1)
const notes = [
  `files per second, --jobs 1: ${wall(batch1)} (${rate(batch1)} without Node start-up)`,
  batch2
    ? `files per second, --jobs 2: ${wall(batch2)} (${rate(batch2)} without Node start-up)`
    : 'files per second, --jobs 2: n/a (this build of the CLI has no --jobs option yet)',
  `plain retext: ${wall(batchPlain)} files per second`,
  `language server (\`corrlint --stdio\`), warm, ${lsp.words}-word draft: re-check after an edit ${lsp.median.toFixed(1)} ms median, ${lsp.p90.toFixed(1)} ms p90 (${lsp.edits} edits, each timed from didChange to its diagnostics, debounce 0; first check on open ${lsp.first.toFixed(0)} ms)`,
  `cold start over an empty Node script: +${(cold.median - empty.median).toFixed(0)} ms (+${(coldNoCache.median - empty.median).toFixed(0)} ms with no code cache: a first run, or NODE_DISABLE_COMPILE_CACHE=1)`,
  ...(batch1.cores !== undefined
    ? [
        `cores kept busy (CPU time over wall time): --jobs 1 ${batch1.cores.toFixed(2)}${batch2?.cores !== undefined ? `, --jobs 2 ${batch2.cores.toFixed(2)}` : ''}, plain retext ${batchPlain.cores?.toFixed(2) ?? 'n/a'}, of ${cpus().length} (V8 compiles and collects garbage on background threads)`
      ]
    : [])
]
// Against the targets of issue 10, as ratios measured in this run.
const targets = [
  [
    'one draft, cold, ≤ 2.5 × an empty Node script (stretch 1.75 ×)',
    `${ratio(cold.median, empty.median)}`,
    cold.median <= 2.5 * empty.median
  ],
  ...(batch2
    ? [
        [
          `${DRAFTS} drafts at --jobs 2, ≥ 5 × faster than plain retext (stretch 8 ×)`,
          `${ratio(batchPlain.median, batch2.median)}`,
          batchPlain.median >= 5 * batch2.median
        ]
      ]
    : []),
  ['1 MB file ≤ 3 s', ms(big.median), big.median <= 3000],
  [
    `language server re-check of a ${lsp.words}-word draft after an edit ≤ 30 ms median (issue 26)`,
    `${lsp.median.toFixed(1)} ms`,
    lsp.median <= 30
  ],
  [
    `peak RSS of the ${DRAFTS}-draft run ≤ 200 MB`,
    mb(Math.max(batch1.rss ?? 0, batch2?.rss ?? 0) || undefined),
    Math.max(batch1.rss ?? 0, batch2?.rss ?? 0) <= 200
  ]
]
const targetLines = targets.map(([what, value, met]) => `- ${met ? 'met' : '**not met**'}: ${what} — ${value}`)

// This build over the baseline build (BENCH_BASELINE), each pair measured taking turns.
const change = (mine, theirs) => {
  const percent = (100 * (mine - theirs)) / theirs
  return `${(mine / theirs).toFixed(3)}× (${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%)`
}
const baselineLines = baselineBin
  ? [
      `Against the baseline build ${process.env.BENCH_BASELINE_NAME || baselineRoot} (this build's time over the baseline's, taking turns; under 1 is faster):`,
      '',
      `- cold start, one draft: ${change(cold.median, coldBaseline.median)} — ${ms(cold.median)} against ${ms(coldBaseline.median)}; over an empty Node script ${ratio(cold.median, empty.median)} against ${ratio(coldBaseline.median, empty.median)}`,
      `- ${DRAFTS} drafts, --jobs 1: ${change(batch1.median, batch1Baseline.median)} — ${ms(batch1.median)} against ${ms(batch1Baseline.median)}`,
      ...(batch2
        ? [
            `- ${DRAFTS} drafts, --jobs 2: ${change(batch2.median, batch2Baseline.median)} — ${ms(batch2.median)} against ${ms(batch2Baseline.median)}; faster than plain retext ${ratio(batchPlain.median, batch2.median)} against ${ratio(batchPlain.median, batch2Baseline.median)}`
          ]
        : []),
      `- 1 MB file: ${change(big.median, bigBaseline.median)} — ${ms(big.median)} against ${ms(bigBaseline.median)}`
    ]
  : []
for (const text of [...table, '', ...notes, '', ...targetLines, ...(baselineBin ? ['', ...baselineLines] : [])])
  console.log(text)

// The README's performance section (scripts/readme.mjs copies it in).
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.versions.node}, load average ${loadavg()[0].toFixed(2)} at the end`
writeFileSync(
  join(root, 'bench/results.md'),
  [
    '## Performance',
    '',
    `\`npm run bench\` generates ${DRAFTS} realistic drafts (150–400 words, about one in four flawed, with names, amounts and reference codes) and one 1 MB letter from a fixed seed, then runs the real \`bin/corrlint.cjs\` (medians of ${runs} runs, ${batchRuns} for batches, ${runs * 3} for the cold starts, which take turns with their baselines) beside two baselines measured in the same run: an empty Node script, and a plain unified + retext pipeline with the same plugins and stock retext-spell (\`bench/plain-retext.mjs\`). Each measurement follows one unmeasured run, which fills the file cache and writes corrlint's code cache as a user's first run would; the row "with no code cache" is that first run. Peak RSS comes from \`/usr/bin/time -v\`.`,
    '',
    `Latest run: ${new Date().toISOString().slice(0, 10)}, ${machine}.`,
    '',
    ...table,
    '',
    ...notes.map((note) => `- ${note}`),
    '',
    'Targets (issues 10 and 26):',
    '',
    ...targetLines,
    '',
    ...(baselineBin ? [...baselineLines, ''] : [])
  ].join('\n')
)
process.stderr.write('wrote bench/results.md (npm run readme copies it into the README)\n')
