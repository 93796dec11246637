#!/usr/bin/env node
/**
 * Measure findSetAside on the public test material of four email-reply parsers
 * (../shared/corpus, or $CORRLINT_CORPUS). Run after `npm run build`:
 *
 *   node scripts/eval-corpus.mjs [--verbose] [--diff]
 *
 * For every labelled message it compares the visible reply (the lines NOT set aside) with the
 * labelled reply, line by line (blank lines and surrounding spaces ignored), and prints per
 * corpus: line precision and recall of the visible reply, and the share of messages whose
 * visible reply matches the label exactly. Where a corpus labels signatures it also scores
 * signature detection, and it reads talon's whole .eml and .html replies through corrlint's own
 * readers (readSource) to measure the reader and detector together. `--diff` prints, for every
 * message that does not match exactly, the lines missing from and added to the visible reply.
 * Nothing from the corpus is copied into the project.
 *
 * Note: corrlint keeps the writer's own sign-off (`Thanks,\nJo`) as part of the reply on purpose —
 * the structure rules check it — while some parsers label it as signature. Those lines count as
 * false positives here; the numbers are reported as they are.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const {findSetAside} = await import(resolve(here, '../dist/src/document/setaside.js'))
const {readSource} = await import(resolve(here, '../dist/src/input/index.js'))
const corpus = process.env.CORRLINT_CORPUS ?? resolve(here, '../../shared/corpus')
const verbose = process.argv.includes('--verbose')
if (!existsSync(corpus)) {
  console.error(`corpus not found at ${corpus} (set CORRLINT_CORPUS)`)
  process.exit(2)
}

const norm = (line) => line.replace(/\s+/g, ' ').trim()
const linesOf = (text) =>
  text
    .split('\n')
    .map(norm)
    .filter((line) => line !== '')

function visibleAndHidden(raw) {
  const text = raw.replace(/\r\n?/g, '\n')
  const parts = findSetAside(text)
  let visible = ''
  let cursor = 0
  const hidden = {}
  for (const part of parts) {
    visible += text.slice(cursor, part.start)
    hidden[part.kind] = (hidden[part.kind] ?? '') + text.slice(part.start, part.end) + '\n'
    cursor = part.end
  }
  visible += text.slice(cursor)
  return {visible, hidden}
}

function multiset(lines) {
  const counts = new Map()
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1)
  return counts
}

function overlap(a, b) {
  const counts = multiset(b)
  let shared = 0
  for (const line of a) {
    const n = counts.get(line) ?? 0
    if (n > 0) {
      shared++
      counts.set(line, n - 1)
    }
  }
  return shared
}

class Score {
  constructor() {
    Object.assign(this, {cases: 0, exact: 0, shared: 0, predicted: 0, expected: 0, failures: []})
  }
  add(name, predictedLines, expectedLines) {
    const shared = overlap(predictedLines, expectedLines)
    this.cases++
    this.shared += shared
    this.predicted += predictedLines.length
    this.expected += expectedLines.length
    const exact = predictedLines.join('\n') === expectedLines.join('\n')
    if (exact) this.exact++
    else this.failures.push(name)
    if (!exact && process.argv.includes('--diff')) {
      const want = new Set(expectedLines)
      const got = new Set(predictedLines)
      const missing = expectedLines.filter((line) => !got.has(line))
      const extra = predictedLines.filter((line) => !want.has(line))
      console.log(
        `  ${name}\n    missing: ${JSON.stringify(missing.slice(0, 4))}\n    extra:   ${JSON.stringify(extra.slice(0, 4))}`
      )
    }
  }
  line(label) {
    const p = this.predicted ? this.shared / this.predicted : 1
    const r = this.expected ? this.shared / this.expected : 1
    const pct = (x) => `${(x * 100).toFixed(1)}%`
    return `${label.padEnd(46)} n=${String(this.cases).padStart(3)}  precision ${pct(p).padStart(6)}  recall ${pct(r).padStart(6)}  exact ${pct(this.exact / Math.max(1, this.cases)).padStart(6)}`
  }
}

/** String literals in JS/Ruby test code: double-quoted, with \n escapes and line continuations. */
function unescape(literal) {
  return literal.replace(/\\(\r?\n|.)/g, (_, c) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c.startsWith('\n') || c.startsWith('\r') ? '' : c
  )
}

/** Test cases of the form: a fixture name and the expected visible reply (first fragment). */
function labelledCases(source, fixtureDir, constants) {
  const cases = []
  const blocks = source.split(/\n(?=\s*(?:def test_|export function test_))/)
  for (const block of blocks) {
    const name = /get_email\("([\w-]+)"\)|email\(:(\w+)\)|["'](\w+)\.txt["']/.exec(block)
    const fixture = name && (name[1] ?? name[2] ?? name[3])
    if (!fixture || !existsSync(join(fixtureDir, `${fixture}.txt`))) continue
    // Inline (bottom-posted) replies: their first fragment is not the whole visible reply.
    if (/quoted\?|isQuoted/.test(block) && /true, false/.test(block.slice(block.search(/quoted\?|isQuoted/) - 120)))
      continue
    const expected =
      /(?:test\.equal|assert_equal)\(?\s*"((?:[^"\\]|\\[^])*)"\s*,\s*(?:reply\.)?(?:fragments\[0\]\.to(?:_s|String\(\))|email\.getVisibleText\(\)|EmailReplyParser\.parse_reply\(body\)|reply\.visible_text)/.exec(
        block
      ) ?? /(?:test\.equal|assert_equal)\(?\s*(COMMON_FIRST_FRAGMENT)\s*,\s*fragments\[0\]/.exec(block)
    if (!expected) continue
    const text = expected[1] === 'COMMON_FIRST_FRAGMENT' ? constants.COMMON_FIRST_FRAGMENT : unescape(expected[1])
    if (!text) continue
    cases.push({fixture, expected: text})
  }
  const seen = new Set()
  return cases.filter((entry) => !seen.has(entry.fixture) && seen.add(entry.fixture))
}

function evalLabelled(label, testFile, fixtureDir) {
  const source = readFileSync(testFile, 'utf8')
  const constants = {}
  const common = /const COMMON_FIRST_FRAGMENT = '((?:[^'\\]|\\[^])*)'/.exec(source)
  if (common) constants.COMMON_FIRST_FRAGMENT = unescape(common[1])
  const score = new Score()
  for (const {fixture, expected} of labelledCases(source, fixtureDir, constants)) {
    const {visible} = visibleAndHidden(readFileSync(join(fixtureDir, `${fixture}.txt`), 'utf8'))
    score.add(fixture, linesOf(visible), linesOf(expected))
  }
  return score.line(label) + (verbose && score.failures.length ? `\n    not exact: ${score.failures.join(', ')}` : '')
}

function evalDiscourse() {
  const base = join(corpus, 'discourse-email_reply_trimmer/test')
  const score = new Score()
  for (const file of readdirSync(join(base, 'emails')).sort()) {
    const trimmed = join(base, 'trimmed', file)
    if (!existsSync(trimmed)) continue
    const {visible} = visibleAndHidden(readFileSync(join(base, 'emails', file), 'utf8'))
    score.add(file, linesOf(visible), linesOf(readFileSync(trimmed, 'utf8')))
  }
  return (
    score.line('discourse (reply vs test/trimmed)') +
    (verbose && score.failures.length ? `\n    not exact: ${score.failures.join(', ')}` : '')
  )
}

function evalTalonSignatures() {
  const dir = join(corpus, 'mailgun-talon/tests/fixtures/signature/emails/stripped')
  const score = new Score()
  const reply = new Score()
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('_body'))
    .sort()) {
    const signatureFile = join(dir, file.replace(/_body$/, '_signature'))
    if (!existsSync(signatureFile)) continue
    const body = readFileSync(join(dir, file), 'utf8')
    const {visible, hidden} = visibleAndHidden(body)
    const signature = linesOf(readFileSync(signatureFile, 'utf8'))
    score.add(file, linesOf(hidden.signature ?? ''), signature)
    const signatureSet = new Set(signature)
    reply.add(
      file,
      linesOf(visible),
      linesOf(body).filter((line) => !signatureSet.has(line))
    )
  }
  return [
    score.line('talon signature lines (set aside as signature)'),
    reply.line('talon reply without signature (visible)')
  ].join('\n')
}

/** Whole .eml files through corrlint's reader: the visible body (after the header lines) against the reply. */
async function evalTalonEml() {
  const dir = join(corpus, 'mailgun-talon/tests/fixtures/standard_replies')
  const score = new Score()
  const withoutBoilerplate = new Score()
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort()) {
    const source = await readSource(join(dir, file))
    const bodyStart = source.headers && Object.keys(source.headers).length > 0 ? source.text.indexOf('\n\n') + 2 : 0
    const visible = visibleOf(source, bodyStart)
    const labelFile = join(dir, file.replace(/\.eml$/, '_reply_text'))
    const expected = linesOf(existsSync(labelFile) ? readFileSync(labelFile, 'utf8') : 'Hello')
    score.add(file, linesOf(visible), expected)
    withoutBoilerplate.add(
      file,
      linesOf(visible),
      expected.filter((line) => !/^sent from my /i.test(line))
    )
  }
  return [
    score.line('talon standard replies (.eml via readSource)'),
    withoutBoilerplate.line('  same, label without "Sent from my …" line')
  ].join('\n')
}

/** HTML replies through corrlint's HTML reader; talon expects the reply "Hi. I am fine. Thanks, Alex" in each. */
async function evalTalonHtml() {
  const dir = join(corpus, 'mailgun-talon/tests/fixtures/html_replies')
  const score = new Score()
  const expected = linesOf('Hi. I am fine.\n\nThanks,\nAlex')
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()) {
    const source = await readSource(join(dir, file))
    score.add(file, linesOf(visibleOf(source)), expected)
  }
  return score.line('talon HTML replies (.html via readSource)')
}

/** The text of a Source outside its set-aside parts (the reader's and findSetAside's). */
function visibleOf(source, from = 0) {
  const parts = [...(source.setAside ?? []), ...findSetAside(source.text)].sort((a, b) => a.start - b.start)
  let visible = ''
  let cursor = from
  for (const part of parts) {
    if (part.end <= cursor) continue
    visible += source.text.slice(cursor, Math.max(cursor, part.start))
    cursor = Math.max(cursor, part.end)
  }
  return visible + source.text.slice(cursor)
}

console.log(`findSetAside on ${corpus}`)
console.log(evalDiscourse())
console.log(
  evalLabelled(
    'github (visible reply / first fragment)',
    join(corpus, 'github-email_reply_parser/labels/email_reply_parser_test.rb'),
    join(corpus, 'github-email_reply_parser/test/emails')
  )
)
console.log(
  evalLabelled(
    'crisp (first fragment / visible text)',
    join(corpus, 'crisp-oss-email-reply-parser/labels/test.js'),
    join(corpus, 'crisp-oss-email-reply-parser/test/fixtures')
  )
)
console.log(evalTalonSignatures())
console.log(await evalTalonEml())
console.log(await evalTalonHtml())
