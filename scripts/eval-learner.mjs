#!/usr/bin/env node
/**
 * `node scripts/eval-learner.mjs [--details]`: the spelling criterion on the project's own
 * learner-like letters (fixtures/learner/, see its README), per group of error; then on the held-out
 * ones (fixtures/learner/holdout/), written after the rules and never tuned on.
 *
 * Each `{wrong|right}` mark is one error. An error is caught when a finding of the spelling
 * criterion overlaps it in the learner's draft; its fix is right when the finding's `expected`
 * is the right form, or a phrase starting with it (case aside). False alarms are the findings on
 * the corrected drafts (every mark replaced by its right form) and on the `good-*` drafts, per
 * 1,000 words: all spelling findings, and the word-level ones (spelling/misspelling,
 * spelling/dialect) apart.
 *
 * Needs a build (`npm run build`): it runs the library as a user would.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dir = join(root, 'fixtures/learner')
const details = process.argv.includes('--details')
const {lint, rulesByCriterion} = await import(join(root, 'dist/src/index.js'))
const rules = rulesByCriterion.spelling
const WORD_LEVEL = new Set(['spelling/misspelling', 'spelling/dialect'])

/** The learner's draft, the corrected draft and the marks (with their spans in the learner's draft). */
function parse(source, fileGroup) {
  let bad = ''
  let good = ''
  const marks = []
  let at = 0
  for (const match of source.matchAll(/\{([^{}|]*)\|([^{}|]*)(?:\|([^{}|]*))?\}/g)) {
    bad += source.slice(at, match.index)
    good += source.slice(at, match.index)
    const [, wrong, right, group] = match
    marks.push({start: bad.length, end: bad.length + wrong.length, wrong, right, group: group ?? fileGroup})
    bad += wrong
    good += right
    at = match.index + match[0].length
  }
  bad += source.slice(at)
  good += source.slice(at)
  return {bad, good, marks}
}

const words = (text) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length

async function spellingFindings(text, path) {
  const report = await lint({text, path, format: 'text'}, {rules})
  return report.findings.filter((finding) => finding.criterion === 'spelling')
}

/** Caught, missed and false alarms per group for the drafts of one folder. */
async function evaluate(folder) {
  const groups = new Map()
  const group = (name) => {
    if (!groups.has(name)) groups.set(name, {errors: 0, caught: 0, fixed: 0, words: 0, alarms: 0, wordAlarms: 0})
    return groups.get(name)
  }
  const lines = []
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()) {
    const fileGroup = name.split('-')[0]
    const {bad, good, marks} = parse(readFileSync(join(folder, name), 'utf8'), fileGroup)
    const onBad = await spellingFindings(bad, name)
    for (const mark of marks) {
      const stats = group(mark.group)
      stats.errors++
      const hits = onBad.filter((finding) => finding.start.offset < mark.end && finding.end.offset > mark.start)
      if (hits.length > 0) stats.caught++
      // The fix may be the right form or a phrase that starts with it (`it's been` for `its been`).
      const right = mark.right.toLowerCase()
      const fixed = hits.some((finding) => {
        const expected = (finding.expected ?? '').toLowerCase()
        return expected === right || expected.startsWith(`${right} `)
      })
      if (fixed) stats.fixed++
      if (!hits.length || !fixed) {
        const got = hits.map((finding) => `${finding.ruleId}: ${finding.expected}`).join('; ')
        lines.push(
          `${hits.length ? 'WRONG FIX' : 'MISSED'} ${name} [${mark.group}] ${mark.wrong} → ${mark.right}${got ? ` (got ${got})` : ''}`
        )
      }
    }
    // False alarms: the corrected draft of a marked file counts for the file's group; good-* for `good`.
    const stats = group(fileGroup)
    stats.words += words(good)
    for (const finding of await spellingFindings(good, name)) {
      stats.alarms++
      if (WORD_LEVEL.has(finding.ruleId)) stats.wordAlarms++
      lines.push(
        `FALSE ALARM ${name}:${finding.start.line}:${finding.start.column} ${finding.ruleId} ${finding.actual ?? ''}`
      )
    }
  }
  return {groups, lines}
}

const percent = (part, whole) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`)
const perK = (count, total) => (total === 0 ? '–' : ((1000 * count) / total).toFixed(1))
const row = (name, stats) => [
  name,
  String(stats.errors),
  stats.errors ? `${stats.caught} (${percent(stats.caught, stats.errors)})` : '–',
  String(stats.errors - stats.caught),
  stats.errors ? `${stats.fixed} (${percent(stats.fixed, stats.errors)})` : '–',
  String(stats.words),
  stats.words ? `${stats.alarms} = ${perK(stats.alarms, stats.words)}` : '–',
  stats.words ? `${stats.wordAlarms} = ${perK(stats.wordAlarms, stats.words)}` : '–'
]

function table({groups}) {
  const rows = [
    ['group', 'errors', 'caught', 'missed', 'right fix', 'good words', 'false alarms /1k', 'word-level /1k']
  ]
  const total = {errors: 0, caught: 0, fixed: 0, words: 0, alarms: 0, wordAlarms: 0}
  for (const [name, stats] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const key of Object.keys(total)) total[key] += stats[key]
    rows.push(row(name, stats))
  }
  rows.push(row('all', total))
  const text = rows.map((cells) => `| ${cells.join(' | ')} |`)
  text.splice(1, 0, `|${' --- |'.repeat(rows[0].length)}`)
  return text.join('\n')
}

// The drafts the rules were developed on, then the held-out ones (written before any tuning on them).
for (const [title, folder] of [
  ['fixtures/learner', dir],
  ['fixtures/learner/holdout (held out)', join(dir, 'holdout')]
]) {
  const result = await evaluate(folder)
  console.log(`${title}\n\n${table(result)}\n`)
  if (details && result.lines.length) console.log(`${result.lines.join('\n')}\n`)
}
