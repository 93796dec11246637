/** The RuleTester itself: it runs a rule through the engine and fails on any finding too many or too few. */
import {describe, expect, it} from 'vitest'
import type {Finding, Rule} from '../src/types.js'
import {compareFindings, runCase} from './support/rule-tester.js'

/** A rule that reports every "asap", so a test controls exactly what it finds. */
const asap: Rule = {
  id: 'actions/test-asap',
  criterion: 'actions',
  severity: 'warning',
  docs: {summary: 'x', why: 'x', fail: 'x', pass: 'x'},
  defaults: {word: 'asap'},
  check(doc, context) {
    const word = String(context.options.word)
    for (const match of doc.prose.matchAll(new RegExp(`\\b${word}\\b`, 'gi'))) {
      context.report({start: match.index, end: match.index + match[0].length, message: `"${match[0]}" is vague.`})
    }
  }
}

const draft = 'Dear Ms Brown,\n\nWe will reply asap. Call us asap.\n\nKind regards,\nSam Hill'

describe('RuleTester', () => {
  it("runs the rule through the engine: positions are the original file's", async () => {
    const found = await runCase(asap, {text: draft})
    expect(
      found.map((finding) => [finding.start.line, finding.start.column, finding.end.column, finding.severity])
    ).toEqual([
      [3, 15, 19, 'warning'],
      [3, 29, 33, 'warning']
    ])
  })

  it('wraps a case, passes options and settings, and leaves a raw case alone', async () => {
    const wrap = (body: string) => `Dear Ms Brown,\n\n${body}\n\nKind regards,\nSam Hill`
    expect(await runCase(asap, {text: 'We will reply soon.', options: {word: 'soon'}}, {wrap})).toHaveLength(1)
    expect(await runCase(asap, {text: draft, raw: true}, {wrap})).toHaveLength(2)
    const off = await runCase(asap, {text: draft, settings: {rules: {'actions/test-asap': {severity: 'error'}}}})
    expect(off.map((finding) => finding.severity)).toEqual(['error', 'error'])
  })

  it('maps positions of a format with markup to the original file', async () => {
    const html = '<p>Dear Ms Brown,</p>\n<p>We will reply <b>asap</b>.</p>\n<p>Kind regards,<br>Sam Hill</p>'
    const [finding] = await runCase(asap, {text: html, format: 'html', path: 'draft.html'})
    expect([finding.start.line, finding.start.column]).toEqual([2, 21])
  })

  it('fails a case with an extra finding or a missing one, and names them', async () => {
    const found = await runCase(asap, {text: draft})
    expect(compareFindings([{line: 3, column: 15}], found)).toMatch(/expected 1 finding\(s\), got 2 \(more/)
    expect(compareFindings([{line: 3}, {line: 3}, {line: 4}], found)).toMatch(/expected 3 finding\(s\), got 2 \(fewer/)
    expect(compareFindings(3, found)).toMatch(/3:15-3:19 warning/)
    expect(compareFindings([], found)).not.toBe('')
  })

  it('fails a case whose finding differs in any field listed, and passes one that matches', async () => {
    const found: Finding[] = await runCase(asap, {text: draft})
    const right = [
      {message: '"asap" is vague.', line: 3, column: 15, endLine: 3, endColumn: 19, severity: 'warning' as const},
      {message: /vague/, line: 3, column: 29}
    ]
    expect(compareFindings(right, found)).toBe('')
    expect(compareFindings(2, found)).toBe('')
    expect(compareFindings([right[0], {...right[1], column: 30}], found)).toMatch(/column: expected 30, got 29/)
    expect(compareFindings([right[0], {...right[1], severity: 'error'}], found)).toMatch(/severity: expected "error"/)
    expect(compareFindings([right[0], {...right[1], message: /soon/}], found)).toMatch(/message: expected \/soon\//)
    expect(compareFindings([], [])).toBe('')
  })
})
