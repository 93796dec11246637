#!/usr/bin/env node
/**
 * `node bench/spell.mjs`: what the spelling dictionary costs (needs `npm run build`).
 *
 * Each figure is a median over fresh processes (cold, as a CLI run pays it):
 * - load: reading dist/data/words-<dialect>.txt into the speller (src/spell), per dialect;
 * - nspell: constructing nspell from the same Hunspell dictionary (what it replaces);
 * - suggest: src/spell's suggestions per distinct unknown word, and nspell's for comparison
 *   (nspell on a few words only: about 0.3 s each).
 */
import {spawnSync} from 'node:child_process'

const root = new URL('..', import.meta.url).pathname
const runs = Number(process.env.BENCH_RUNS ?? 7)
const UNKNOWN = [
  'definately',
  'recieve',
  'seperate',
  'occured',
  'accomodation',
  'untill',
  'tommorow',
  'adress',
  'responce',
  'beleive',
  'goverment',
  'neccessary',
  'wich',
  'thier',
  'apparantly',
  'refferal',
  'dissapointed',
  'inconvenince',
  'complaintt',
  'Okafor',
  'Brightwell',
  'Ashworth',
  'Tesco',
  'Wirral'
]

function child(code) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {cwd: root, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout)
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const spellModule = JSON.stringify(`${root}dist/src/spell/index.js`)
const rows = []
for (const [dialect, pkg] of [
  ['en-GB', 'dictionary-en-gb'],
  ['en-US', 'dictionary-en']
]) {
  const load = []
  const nspellBuild = []
  for (let run = 0; run < runs; run++) {
    load.push(
      child(
        `const t = performance.now(); const {speller} = await import(${spellModule}); const s = speller(${JSON.stringify(dialect)}); console.log(JSON.stringify(performance.now() - t))`
      )
    )
    nspellBuild.push(
      child(
        `import {createRequire} from 'node:module'; import {readFileSync} from 'node:fs'; const require = createRequire(${JSON.stringify(`${root}package.json`)}); const nspell = require('nspell'); const t = performance.now(); nspell({aff: readFileSync('node_modules/${pkg}/index.aff'), dic: readFileSync('node_modules/${pkg}/index.dic')}); console.log(JSON.stringify(performance.now() - t))`
      )
    )
  }
  rows.push({dialect, loadMs: median(load), nspellMs: median(nspellBuild)})
}

const suggest = child(`
const {speller} = await import(${spellModule})
const s = speller('en-GB')
const words = ${JSON.stringify(UNKNOWN)}
let t = performance.now(); s.suggest('zzzz'); const first = performance.now() - t
const times = []
const out = {}
for (const word of words) { t = performance.now(); out[word] = s.suggest(word); times.push(performance.now() - t) }
t = performance.now(); for (const word of words) s.suggest(word); const cached = (performance.now() - t) / words.length
times.sort((a, b) => a - b)
console.log(JSON.stringify({first, median: times[Math.floor(times.length / 2)], max: times.at(-1), cached, out}))
`)

const nspellSuggest = child(`
import {createRequire} from 'node:module'; import {readFileSync} from 'node:fs'
const require = createRequire(${JSON.stringify(`${root}package.json`)}); const nspell = require('nspell')
const s = nspell({aff: readFileSync('node_modules/dictionary-en-gb/index.aff'), dic: readFileSync('node_modules/dictionary-en-gb/index.dic')})
const times = []; const out = {}
for (const word of ['definately', 'recieve', 'seperate', 'Okafor', 'ORD-35034']) { const t = performance.now(); out[word] = s.suggest(word).slice(0, 3); times.push(performance.now() - t) }
times.sort((a, b) => a - b)
console.log(JSON.stringify({median: times[Math.floor(times.length / 2)], out}))
`)

console.log(`spelling dictionary, medians of ${runs} fresh processes`)
console.log('| dialect | word list → speller | nspell construction | ratio |')
console.log('| --- | --- | --- | --- |')
for (const row of rows)
  console.log(
    `| ${row.dialect} | ${row.loadMs.toFixed(1)} ms | ${row.nspellMs.toFixed(1)} ms | ${(row.nspellMs / row.loadMs).toFixed(1)} × |`
  )
console.log('')
console.log(
  `suggestions (en-GB, ${UNKNOWN.length} distinct unknown words): first call ${suggest.first.toFixed(1)} ms (builds the length index), then median ${suggest.median.toFixed(1)} ms, max ${suggest.max.toFixed(1)} ms, cached ${(suggest.cached * 1000).toFixed(1)} µs`
)
console.log(`nspell suggest, median of 5 words: ${nspellSuggest.median.toFixed(0)} ms`)
for (const [word, list] of Object.entries(suggest.out))
  console.log(
    `  ${word} → ${list.join(', ') || '(none)'}${nspellSuggest.out[word] ? `   [nspell: ${nspellSuggest.out[word].join(', ')}]` : ''}`
  )
