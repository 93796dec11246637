import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {CRITERIA} from '../rules/criteria.js'
import {criteriaInfo} from '../src/engine/criteria.js'
import {addFingerprints, applyBaseline, createBaseline, parseBaseline} from '../src/pipeline/baseline.js'
import type {FileReport, Finding} from '../src/types.js'

const draft = `Dear Mr Khan,

Thank you for your email about order ORD-35034. Your card 4111 1111 1111 1111 was charged twice.

You failed to read the terms, so the fee stands. We will refund the second payment by Friday.

Yours sincerely,
Anna Reid`

/** A report for `text` with findings at the first occurrence of each quoted phrase. */
function reportFor(
  text: string,
  items: Array<{phrase: string; ruleId: string; masked?: string; severity?: 'error' | 'warning'}>
): FileReport {
  const findings: Finding[] = items.map(({phrase, ruleId, masked, severity = 'error'}) => {
    const start = text.indexOf(phrase)
    if (start < 0) throw new Error(`no "${phrase}" in the draft`)
    const position = (offset: number) => ({
      offset,
      line: text.slice(0, offset).split('\n').length,
      column: offset - text.lastIndexOf('\n', offset - 1)
    })
    const finding: Finding = {
      ruleId,
      criterion: ruleId.split('/')[0] as Finding['criterion'],
      severity,
      message: `found "${masked ?? phrase}"`,
      start: position(start),
      end: position(start + phrase.length)
    }
    if (masked) finding.masked = masked
    return finding
  })
  const bodyStart = text.indexOf('Thank')
  const closeStart = text.indexOf('Yours')
  const at = (offset: number) => ({offset, line: 1, column: 1})
  return {
    path: '/repo/templates/reply.txt',
    kind: 'email',
    parts: [
      {kind: 'opening', start: at(0), end: at(bodyStart)},
      {kind: 'body', start: at(bodyStart), end: at(closeStart)},
      {kind: 'closing', start: at(closeStart), end: at(text.length)}
    ],
    criteria: CRITERIA.map((id) => {
      const errors = findings.filter((item) => item.criterion === id && item.severity === 'error').length
      const warnings = findings.filter((item) => item.criterion === id && item.severity === 'warning').length
      return {id, title: criteriaInfo[id].title, refs: [], status: errors > 0 ? 'fail' : 'pass', errors, warnings}
    }),
    findings,
    facts: {words: 40, sentences: 4, paragraphs: 2},
    masks: findings
      .filter((item) => item.masked)
      .map((item) => ({start: item.start.offset, end: item.end.offset, masked: item.masked as string})),
    errorCount: findings.filter((item) => item.severity === 'error').length,
    warningCount: findings.filter((item) => item.severity === 'warning').length
  }
}

const blame = {phrase: 'You failed to', ruleId: 'tone/blame'}
const card = {phrase: '4111 1111 1111 1111', ruleId: 'confidentiality/card-number', masked: '[card number ending 1111]'}

function printed(text: string, items = [blame, card], path = 'templates/reply.txt'): string[] {
  const report = reportFor(text, items)
  addFingerprints(report, text, path)
  return report.findings.map((finding) => finding.fingerprint as string)
}

describe('fingerprints', () => {
  it('are 32 hex digits, one per finding, different for different findings', () => {
    const prints = printed(draft)
    expect(prints).toHaveLength(2)
    for (const print of prints) expect(print).toMatch(/^[0-9a-f]{32}$/)
    expect(prints[0]).not.toBe(prints[1])
  })

  it('survive edits elsewhere in the file: a new paragraph, re-wrapped lines, changed spacing', () => {
    const before = printed(draft)
    const edited = draft
      .replace('Thank you for your email', 'I hope you are well.\n\nThank you for your email')
      .replace('the terms, so', 'the terms,\nso')
      .replace('Anna Reid', 'Anna Reid\nCustomer Care Team')
    expect(printed(edited)).toEqual(before)
  })

  it('change when the words at or around the finding change, or the file, or the rule', () => {
    const [blamePrint] = printed(draft)
    expect(printed(draft.replace('read the terms', 'accept the terms'), [blame])[0]).not.toBe(blamePrint)
    expect(printed(draft, [blame], 'templates/other.txt')[0]).not.toBe(blamePrint)
    expect(printed(draft, [{...blame, ruleId: 'tone/accusing'}])[0]).not.toBe(blamePrint)
  })

  it('never depend on a confidential value: another card with the same masked form gives the same fingerprint', () => {
    const other = draft.replace('4111 1111 1111 1111', '5500 0000 0000 1111')
    const [, cardPrint] = printed(draft)
    expect(
      printed(other.replace('5500 0000 0000 1111', '5500 0000 0000 1111'), [
        blame,
        {...card, phrase: '5500 0000 0000 1111'}
      ])[1]
    ).toBe(cardPrint)
    // The blame finding's nearby words do not reach the card, but a finding next to it does: still no value.
    const near = {phrase: 'was charged twice', ruleId: 'tone/blame'}
    expect(printed(draft, [card, near])[1]).toBe(printed(other, [{...card, phrase: '5500 0000 0000 1111'}, near])[1])
  })

  it('are not a plain hash of the value', () => {
    const [, cardPrint] = printed(draft)
    for (const form of ['4111 1111 1111 1111', '4111111111111111', '1111']) {
      const plain = createHash('sha256').update(form).digest('hex')
      expect(plain.slice(0, 32)).not.toBe(cardPrint)
    }
  })
})

describe('baseline', () => {
  it('records findings and, applied to the same run, leaves nothing and passes the criteria again', () => {
    const report = reportFor(draft, [blame, card])
    addFingerprints(report, draft, 'templates/reply.txt')
    const baseline = createBaseline([{report, displayPath: 'templates/reply.txt'}])
    expect(baseline.corrlintBaseline).toBe(1)
    expect(baseline.findings.map((entry) => [entry.file, entry.ruleId, entry.count])).toEqual([
      ['templates/reply.txt', 'confidentiality/card-number', 1],
      ['templates/reply.txt', 'tone/blame', 1]
    ])
    expect(JSON.stringify(baseline)).not.toMatch(/4111|1111 1111/)
    const {files, suppressed} = applyBaseline(
      [report],
      parseBaseline(JSON.stringify(baseline)) as NonNullable<ReturnType<typeof parseBaseline>>
    )
    expect(suppressed).toBe(2)
    expect(files[0].findings).toEqual([])
    expect(files[0].errorCount).toBe(0)
    expect(files[0].criteria.find((item) => item.id === 'tone')).toMatchObject({status: 'pass', errors: 0})
  })

  it('lets a new finding through, and counts repeated identical findings', () => {
    const old = reportFor(draft, [blame])
    addFingerprints(old, draft, 'templates/reply.txt')
    const baseline = createBaseline([{report: old, displayPath: 'templates/reply.txt'}])
    const changed = draft.replace('We will refund', 'You failed to pay. We will refund')
    const now = reportFor(changed, [blame, {phrase: 'You failed to pay', ruleId: 'tone/blame'}])
    addFingerprints(now, changed, 'templates/reply.txt')
    const {files, suppressed} = applyBaseline([now], baseline)
    expect(suppressed).toBe(1)
    expect(files[0].findings.map((finding) => finding.start.offset)).toEqual([changed.indexOf('You failed to pay')])
    expect(files[0].criteria.find((item) => item.id === 'tone')).toMatchObject({status: 'fail', errors: 1})
  })

  it('rejects a file that is not a baseline', () => {
    expect(parseBaseline('not json')).toBeUndefined()
    expect(parseBaseline('{"findings": []}')).toBeUndefined()
    expect(parseBaseline('{"corrlintBaseline": 1, "findings": [{"fingerprint": 3}]}')).toBeUndefined()
    expect(parseBaseline('{"corrlintBaseline": 1, "findings": []}')).toEqual({corrlintBaseline: 1, findings: []})
  })
})
