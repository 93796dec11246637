#!/usr/bin/env node
/**
 * Measure the personal-data detectors (rules/confidentiality/detectors.ts, built to dist/) on the
 * labelled cases of Microsoft Presidio's recognizer tests (../shared/pii/, or $CORRLINT_PII).
 * Run after `npm run build`:
 *
 *   node scripts/eval-pii.mjs [--verbose]
 *
 * For each entity corrlint covers it runs the matching detector on every case's text, as the
 * case gives it (cue words only where the text has them: corrlint asks for a cue before NHS and
 * passport numbers, so bare numbers count as misses), and scores spans: a detection that overlaps
 * a labelled span is a true positive (each label matched once), any other detection a false
 * positive, an unmatched label a false negative. It then runs every detector on the cases of the
 * entities corrlint does not cover (phone numbers, dates, postcodes, vehicle registrations…):
 * anything found there is a false alarm. `--verbose` lists each miss and false positive (the
 * case's text is Presidio's public test data, not a secret). Nothing is copied into the project.
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const built = resolve(here, '../dist/rules/confidentiality/detectors.js')
if (!existsSync(built)) {
  console.error(`eval-pii: ${built} is missing; run \`npm run build\` first (npm run eval:pii does).`)
  process.exit(2)
}
const detectors = await import(built)

const dataFile = process.env.CORRLINT_PII
  ? resolve(process.env.CORRLINT_PII)
  : resolve(here, '../../shared/pii/presidio_recognizer_test_cases.jsonl')
if (!existsSync(dataFile)) {
  console.error(
    `eval-pii: no labelled cases at ${dataFile}.\nPut Presidio's recognizer test cases (presidio_recognizer_test_cases.jsonl) in ../shared/pii/ beside the repository, or set CORRLINT_PII to the file.`
  )
  process.exit(2)
}
const verbose = process.argv.includes('--verbose')

/** Presidio entity → the corrlint detector that covers it. */
const covered = {
  CREDIT_CARD: detectors.findCardNumbers,
  IBAN_CODE: detectors.findIbans,
  UK_NINO: detectors.findNinos,
  UK_NHS: detectors.findNhsNumbers,
  UK_PASSPORT: detectors.findPassportNumbers,
  UK_DRIVING_LICENCE: detectors.findDrivingLicences
}

/** The cue a writer would put before each entity, for the second measurement (`with a cue`). */
const cueFor = {
  CREDIT_CARD: 'card number',
  IBAN_CODE: 'IBAN',
  UK_NINO: 'National Insurance number',
  UK_NHS: 'NHS number',
  UK_PASSPORT: 'passport number',
  UK_DRIVING_LICENCE: 'driving licence number'
}

const cases = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))

function score(found, gold) {
  const used = new Set()
  let tp = 0
  let fp = 0
  for (const item of found) {
    const index = gold.findIndex(([start, end], at) => !used.has(at) && item.start < end && start < item.end)
    if (index >= 0) {
      used.add(index)
      tp++
    } else fp++
  }
  return {tp, fp, fn: gold.length - used.size}
}

const pct = (numerator, denominator) =>
  denominator === 0 ? '   –  ' : `${((100 * numerator) / denominator).toFixed(1).padStart(5)}%`
const rows = []
const details = []
for (const [entity, find] of Object.entries(covered)) {
  const mine = cases.filter((item) => item.entity === entity)
  if (mine.length === 0) continue
  const total = {cases: mine.length, positive: 0, tp: 0, fp: 0, fn: 0, cued: {tp: 0, fp: 0, fn: 0}}
  for (const item of mine) {
    const gold = item.expected_spans ?? []
    if (gold.length) total.positive++
    const result = score(find(item.text), gold)
    total.tp += result.tp
    total.fp += result.fp
    total.fn += result.fn
    // The same case with the cue a writer would give it in a sentence before it.
    const prefix = `Your ${cueFor[entity]} is `
    const cued = score(
      find(prefix + item.text),
      gold.map(([start, end]) => [start + prefix.length, end + prefix.length])
    )
    total.cued.tp += cued.tp
    total.cued.fp += cued.fp
    total.cued.fn += cued.fn
    if (result.fp || result.fn)
      details.push(
        `${entity}: ${result.fn ? `missed ${result.fn}` : ''}${result.fp ? ` false positive ${result.fp}` : ''} in ${JSON.stringify(item.text)}`
      )
  }
  rows.push({entity, ...total})
}

// Entities corrlint does not cover: anything any detector finds there is a false alarm.
const others = cases.filter((item) => !(item.entity in covered))
let alarms = 0
for (const item of others) {
  const found = detectors.findPersonalData(item.text)
  if (found.length) {
    alarms += found.length
    details.push(
      `${item.entity} (not covered): ${found.map((hit) => hit.kind).join(', ')} found in ${JSON.stringify(item.text)}`
    )
  }
}

console.log(`Personal-data detectors on Presidio's recognizer test cases (${cases.length} cases, ${dataFile})\n`)
console.log('                                                 as given           with a cue before')
console.log('entity               cases  labels   TP   FP   FN   recall  precision   recall  precision')
const sum = {cases: 0, labels: 0, tp: 0, fp: 0, fn: 0, cued: {tp: 0, fp: 0, fn: 0}}
for (const row of rows) {
  const labels = row.tp + row.fn
  sum.cases += row.cases
  sum.labels += labels
  sum.tp += row.tp
  sum.fp += row.fp
  sum.fn += row.fn
  for (const key of ['tp', 'fp', 'fn']) sum.cued[key] += row.cued[key]
  console.log(line(row.entity, row.cases, row))
}
console.log(line('all covered', sum.cases, sum))

function line(name, count, row) {
  const labels = row.tp + row.fn
  const cued = row.cued
  return `${name.padEnd(20)} ${String(count).padStart(5)}  ${String(labels).padStart(6)} ${String(row.tp).padStart(4)} ${String(row.fp).padStart(4)} ${String(row.fn).padStart(4)}   ${pct(row.tp, labels)}   ${pct(row.tp, row.tp + row.fp)}    ${pct(cued.tp, cued.tp + cued.fn)}   ${pct(cued.tp, cued.tp + cued.fp)}`
}
console.log(
  `\nOther entities (${others.length} cases: ${[...new Set(others.map((item) => item.entity))].join(', ')}): ${alarms} false alarm(s) from any detector.`
)
console.log(
  'Note: corrlint requires a cue ("NHS", "passport") right before or after NHS and passport numbers, and one nearby for lower-case NI and licence numbers; most Presidio cases are bare values, so their recall "as given" is the price of not flagging order numbers. "With a cue before" runs each case again as "Your <cue> is <text>".'
)
if (verbose && details.length) console.log(`\n${details.join('\n')}`)
