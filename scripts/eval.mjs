#!/usr/bin/env node
/**
 * `npm run eval`: the four measurements on text nobody wrote for corrlint, in one table against
 * the targets of issue #24. It runs the shared evaluation scripts (../shared/eval, or
 * $CORRLINT_EVAL) on their corpora (../shared/corpus, or $CORRLINT_CORPUS) over this checkout's
 * build, reads the figures from their Markdown output and prints:
 *
 *   | measure | corrlint | target | met |
 *
 * `--full` prints each script's own output after the table. The corpora are not part of the
 * project (a clone has no ../shared): without them the script says so and exits 0. Nothing from
 * the corpora is copied into the project; the scripts write their scratch files under the
 * system's temporary folder.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const evalDir = process.env.CORRLINT_EVAL ?? resolve(root, '../shared/eval')
const corpus = process.env.CORRLINT_CORPUS ?? resolve(root, '../shared/corpus')
const full = process.argv.includes('--full')

if (!existsSync(join(evalDir, 'ukgov.mjs')) || !existsSync(corpus)) {
  console.log(
    `npm run eval: the shared evaluation scripts and corpora are not here (looked for ${evalDir} and ${corpus}; set CORRLINT_EVAL and CORRLINT_CORPUS).`
  )
  process.exit(0)
}

/** Run one shared script over this build; its standard output. */
function measure(script, args) {
  const result = spawnSync(process.execPath, [join(evalDir, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {...process.env, CORRLINT_BIN: process.env.CORRLINT_BIN ?? join(root, 'bin/corrlint.cjs')}
  })
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status}):\n${result.stderr}`)
  return result.stdout
}

/** The cells of every Markdown table row whose first cells match `prefix`. */
function rows(text, ...prefix) {
  const found = []
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) continue
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    if (prefix.every((value, index) => cells[index] === value)) found.push(cells)
  }
  return found
}

const percent = (part, whole) => (whole === 0 ? 0 : (100 * part) / whole)
const shown = (value) => `${value.toFixed(1)}%`
const table = []
const add = (measure, value, target, met) => table.push([measure, value, target, met ? 'yes' : 'no'])

// UK-government mailers: good mail, so errors are candidate false alarms.
const ukgov = measure('ukgov.mjs', [corpus])
const filled = ukgov.match(
  /filled: (\d+) words; (\d+) errors = ([\d.]+) per 1,000 words; (\d+) warnings = ([\d.]+) per 1,000 words; (\d+)\/(\d+) emails pass/
)
if (!filled) throw new Error('ukgov.mjs: no "filled:" summary line')
add('ukgov: errors per 1,000 words', filled[3], '<= 3', Number(filled[3]) <= 3)
add('ukgov: warnings per 1,000 words', filled[5], '<= 12', Number(filled[5]) <= 12)
add('ukgov: emails passing every criterion', `${filled[6]}/${filled[7]}`, '', true)

// Labelled drafts.
const drafts = measure('drafts.mjs', [join(corpus, 'drafts-dev')])
const [all] = rows(drafts, 'all')
if (!all) throw new Error('drafts.mjs: no "all" row')
const caught = all[1].match(/(\d+)\/(\d+)/)
const kept = all[2].match(/(\d+)\/(\d+)/)
add(
  'drafts: labelled failures caught',
  `${caught[0]} (${shown(percent(caught[1], caught[2]))})`,
  '>= 95%',
  percent(caught[1], caught[2]) >= 95
)
add(
  'drafts: labelled passes kept',
  `${kept[0]} (${shown(percent(kept[1], kept[2]))})`,
  '>= 98%',
  percent(kept[1], kept[2]) >= 98
)

// Mail structure zones.
const quagga = measure('quagga.mjs', [corpus])
for (const set of ['ASF', 'Enron']) {
  for (const zone of ['greeting', 'signoff', 'quote']) {
    const [row] = rows(quagga, set, zone, 'corrlint').filter((cells) => cells.length >= 10)
    if (!row) throw new Error(`quagga.mjs: no ${set} ${zone} row`)
    const [precision, recall] = [parseFloat(row[8]), parseFloat(row[9])]
    add(
      `quagga ${set}: ${zone} recall / precision`,
      `${row[9]} / ${row[8]}`,
      '>= 85% / >= 90%',
      recall >= 85 && precision >= 90
    )
  }
}
// (The zone tables have ten cells; the table of where false positives lie has four.)
const signatures = rows(quagga, 'Enron', 'signature').filter((row) => row.length >= 10)
const ours = signatures.find((row) => row[2] === 'corrlint')
const baselines = signatures.filter((row) => row[2] !== 'corrlint')
const bestBaseline = Math.max(0, ...baselines.map((row) => parseFloat(row[9])))
add(
  'quagga Enron: signature recall',
  ours[9],
  baselines.length > 0
    ? `>= 50%, over every baseline (best ${bestBaseline.toFixed(1)}%)`
    : '>= 50% (no baseline installed)',
  parseFloat(ours[9]) >= 50 && parseFloat(ours[9]) > bestBaseline
)

// Plain-language rewrites: per pair, the Before is worse by verdict or by findings per word.
const plain = measure('plainlang.mjs', [corpus, '--pairs'])
const pairs = rows(plain).filter((cells) => /^\d+\/\d+$/.test(cells[1] ?? '') && /\//.test(cells[2] ?? ''))
let worse = 0
let afterPasses = 0
for (const cells of pairs) {
  const [wordsBefore, wordsAfter] = cells[1].split('/').map(Number)
  const [verdictBefore, verdictAfter] = cells[2].split('/')
  const [findingsBefore, findingsAfter] = cells[3].split('/').map(Number)
  const byVerdict = verdictBefore === 'fail' && verdictAfter === 'pass'
  const byDensity = findingsBefore / Math.max(1, wordsBefore) > findingsAfter / Math.max(1, wordsAfter)
  if (byVerdict || byDensity) worse++
  if (verdictAfter === 'pass') afterPasses++
}
add(
  'plainlang: Before worse than After (verdict or findings per word)',
  `${worse}/${pairs.length} (${shown(percent(worse, pairs.length))})`,
  '>= 90%',
  percent(worse, pairs.length) >= 90
)
add(
  'plainlang: After passes clarity',
  `${afterPasses}/${pairs.length} (${shown(percent(afterPasses, pairs.length))})`,
  '>= 80%',
  percent(afterPasses, pairs.length) >= 80
)

console.log('| measure | corrlint | target | met |')
console.log('| --- | --- | --- | --- |')
for (const row of table) console.log(`| ${row.join(' | ')} |`)
if (full) for (const text of [ukgov, drafts, quagga, plain]) console.log(`\n${text}`)
