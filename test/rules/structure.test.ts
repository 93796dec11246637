import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/structure/index.js'
import {at, findingsOf, lintText, statusOf} from '../helpers.js'

const body =
  'Thank you for your letter of 5 November about your bill. We will send a corrected bill by Friday 27 November.'

async function structure(text: string, settings = {}) {
  return lintText(text, {rules, settings})
}

describe('structure/close-matches-salutation', () => {
  it('reads "Dear {{name}}" in a template as a named reader, and "Dear {{first_name}}" as a first name', async () => {
    const template = (field: string, close: string) =>
      structure(`Dear {{${field}}},\n\n${body}\n\n${close},\nSam Okafor`, {template: true})
    expect(findingsOf(await template('name', 'Yours sincerely'), 'structure/close-matches-salutation')).toEqual([])
    expect(
      findingsOf(await template('name', 'Yours faithfully'), 'structure/close-matches-salutation').map(
        (f) => f.severity
      )
    ).toEqual(['error'])
    expect(
      findingsOf(await template('first_name', 'Yours sincerely'), 'structure/close-matches-salutation').map(
        (f) => f.severity
      )
    ).toEqual(['warning'])
  })

  it('fails "Dear Mrs Patel" closed "Yours faithfully" at the close, with a suggestion', async () => {
    const report = await structure(`Dear Mrs Patel,\n\n${body}\n\nYours faithfully,\nSam Okafor`)
    const [finding] = findingsOf(report, 'structure/close-matches-salutation')
    expect(at(finding)).toBe('5:1')
    expect(finding.severity).toBe('error')
    expect(finding.message).toBe(
      `"Yours faithfully" does not match "Dear Mrs Patel". By UK convention a letter to a named reader (Dear Mrs Patel) closes with 'Yours sincerely'; 'Yours faithfully' is for 'Dear Sir or Madam'.`
    )
    expect(finding.suggestion).toBe('Close with "Yours sincerely,".')
    expect(finding.actual).toBe('Yours faithfully')
    expect(statusOf(report, 'structure')).toBe('fail')
  })

  it('fails "Dear Sir or Madam" closed "Yours sincerely"', async () => {
    const report = await structure(`Dear Sir or Madam,\n\n${body}\n\nYours sincerely,\nSam Okafor`)
    expect(findingsOf(report, 'structure/close-matches-salutation').map((f) => f.expected)).toEqual([
      'Yours faithfully'
    ])
  })

  it('warns on a casual close after a formal salutation, without failing', async () => {
    const report = await structure(`Dear Sir or Madam,\n\n${body}\n\nCheers,\nSam Okafor`)
    const [finding] = findingsOf(report, 'structure/close-matches-salutation')
    expect(finding.severity).toBe('warning')
    expect(statusOf(report, 'structure')).toBe('pass')
  })

  it.each([
    ['Dear Mrs Patel,', 'Yours sincerely,'],
    ['Dear Mrs Patel,', 'Kind regards,'],
    ['Dear Sir or Madam,', 'Yours faithfully,'],
    ['To whom it may concern,', 'Yours faithfully,'],
    ['Hi Sam,', 'Kind regards,'],
    ['Hello Sam,', 'Best wishes,'],
    ['Good morning,', 'Many thanks,'],
    ['Dear Amir Khan,', 'Yours sincerely,'],
    ['Dear Dr. Jones,', 'Yours sincerely,']
  ])('passes %s … %s', async (salutation, close) => {
    const report = await structure(`${salutation}\n\n${body}\n\n${close}\nSam Okafor\nCustomer Relations`)
    expect(report.findings).toEqual([])
    expect(statusOf(report, 'structure')).toBe('pass')
  })
})

describe('structure/salutation, complimentary-close, sender-name', () => {
  it('reports a missing salutation at the first line of the body', async () => {
    const report = await structure(`${body}\n\nKind regards,\nSam Okafor`)
    const [finding] = findingsOf(report, 'structure/salutation')
    expect(at(finding)).toBe('1:1')
    expect(finding.message).toBe('The message has no salutation: open with a greeting on its own line.')
  })

  it('reports a greeting one slip from Dear or Hello as that slip, and a name without a greeting as no salutation', async () => {
    const slips = [
      ['Deer Mr Khan,', 'Deer', 'Dear'],
      ['Dera Sam,', 'Dera', 'Dear'],
      ['Helo Priya,', 'Helo', 'Hello']
    ]
    for (const [line, word, greeting] of slips) {
      const [finding] = findingsOf(
        await structure(`${line}\n\n${body}\n\nKind regards,\nSam Okafor`),
        'structure/salutation'
      )
      expect(at(finding)).toBe('1:1')
      expect(finding.message).toBe(
        `"${line}" looks like a salutation, but "${word}" is not a greeting: did you mean "${greeting}"?`
      )
      expect(finding.expected).toBe(greeting)
    }
    for (const line of ['Dean Smith,', 'Helen Jones,', 'Door Mr Khan,']) {
      const [finding] = findingsOf(
        await structure(`${line}\n\n${body}\n\nKind regards,\nSam Okafor`),
        'structure/salutation'
      )
      expect(finding.message, line).toBe('The message has no salutation: open with a greeting on its own line.')
    }
  })

  it('reports an empty draft, or one that is only a quote, once at its start', async () => {
    for (const text of ['', '  \n\n', 'Subject: Your refund for order 4821\n\n> Where is my refund?\n']) {
      const report = await structure(text)
      expect(report.findings.map((finding) => [finding.ruleId, at(finding)])).toEqual([['structure/salutation', '1:1']])
      expect(statusOf(report, 'structure')).toBe('fail')
    }
  })

  it('reports a missing close at the sender name, suggesting the close that fits', async () => {
    const report = await structure(`Dear Mr Khan,\n\n${body}\n\nSam Okafor\nCustomer Relations`)
    const [finding] = findingsOf(report, 'structure/complimentary-close')
    expect(at(finding)).toBe('5:1')
    expect(finding.suggestion).toBe('Add "Yours sincerely," on its own line above your name.')
  })

  it('reports a close with no name after it', async () => {
    const report = await structure(`Hi Sam,\n\n${body}\n\nKind regards,`)
    const [finding] = findingsOf(report, 'structure/sender-name')
    expect(at(finding)).toBe('5:1')
    expect(finding.message).toBe('"Kind regards," is not followed by the sender\'s name.')
  })

  it('fails a reply signed only by a team, but not a notice the team sends or a person above the team', async () => {
    const reply = `Subject: Your query about delivery\n\nDear Mr Khan,\n\nThank you for your email about your delivery. ${body}\n\nKind regards,\n\n`
    for (const team of ['Customer Services', 'The Complaints Team', 'Northgate Support']) {
      const [finding] = findingsOf(await structure(reply + team), 'structure/sender-name')
      expect(finding?.message, team).toBe(`The message is signed "${team}", a team rather than a person.`)
    }
    expect(findingsOf(await structure(`${reply}Sam Okafor\nCustomer Services`), 'structure/sender-name')).toEqual([])
    const notice =
      'Subject: Your eye test on 4 March\n\nDear Mr Khan,\n\nThis is a reminder of your eye test on 4 March at 10am.\n\nKind regards,\n\n'
    expect(findingsOf(await structure(`${notice}The Clearview Team`), 'structure/sender-name')).toEqual([])
  })

  it('accepts a close and name on one line, and a name under a "-- " delimiter', async () => {
    expect((await structure(`Hi Sam,\n\n${body}\n\nThanks, Priya`)).findings).toEqual([])
    expect((await structure(`Hi Sam,\n\n${body}\n\nKind regards,\n-- \nPriya Shah\nBilling team`)).findings).toEqual([])
  })
})

describe('structure/complimentary-close: American closes', () => {
  it('fails "Yours truly" and "Sincerely" in UK correspondence, naming the UK close that fits', async () => {
    for (const [greeting, close, expected] of [
      ['Dear Mr Osei,', 'Yours truly,', 'Yours sincerely'],
      ['Dear Sir or Madam,', 'Sincerely,', 'Yours faithfully'],
      ['Hi Kofi,', 'Respectfully,', 'Kind regards']
    ]) {
      const report = await structure(`${greeting}\n\n${body}\n\n${close}\nSam Okafor`)
      const findings = report.findings.filter((finding) => finding.criterion === 'structure')
      expect(
        findings.map((finding) => finding.ruleId),
        close
      ).toEqual(['structure/complimentary-close'])
      expect(findings[0].message).toBe(
        `"${close.slice(0, -1)}" is an American close; UK correspondence closes with "${expected}".`
      )
      expect(statusOf(report, 'structure')).toBe('fail')
    }
  })

  it('accepts the UK closes, and the American ones when the dialect is en-US', async () => {
    expect((await structure(`Dear Mr Osei,\n\n${body}\n\nYours sincerely,\nSam Okafor`)).findings).toEqual([])
    expect(
      (await structure(`Dear Mr Osei,\n\n${body}\n\nSincerely,\nSam Okafor`, {dialect: 'en-US'})).findings
    ).toEqual([])
  })
})

describe('structure: service notifications', () => {
  const notice = (signer: string) =>
    `Your council tax direct debit has been set up.\n\nThe first payment of £142 will be taken on 1 April. You can see your payments at https://www.example.gov.uk/ctax\n\n${signer}`
  it('does not ask a notification for a salutation or a close', async () => {
    const report = await structure(notice('Revenues and Benefits Office'))
    expect(report.findings.filter((finding) => finding.criterion === 'structure')).toEqual([])
    expect(statusOf(report, 'structure')).toBe('pass')
  })

  it('still asks a message signed by a person', async () => {
    const report = await structure(notice('Jo Evans\nRevenues Officer'))
    expect(findingsOf(report, 'structure/salutation').length).toBe(1)
    expect(findingsOf(report, 'structure/complimentary-close').length).toBe(1)
  })
})

describe('structure/subject-line', () => {
  // The per-subject cases are in the rule's table (test/rules/structure/subject-line.test.ts); here,
  // that the other structure rules stay quiet too.
  const message = (subject: string) =>
    `To: amir.khan@example.com\nSubject: ${subject}\n\nDear Mr Khan,\n\n${body}\n\nKind regards,\nSam Okafor`

  it('passes a specific subject, keeping reply prefixes', async () => {
    expect((await structure(message('Re: Your refund for order 48213'))).findings).toEqual([])
  })

  it('says nothing for a letter', async () => {
    expect((await structure(`Dear Mr Khan,\n\n${body}\n\nYours sincerely,\nSam Okafor`)).findings).toEqual([])
  })
})

describe('structure/part-order', () => {
  it('reports a sentence below the signature', async () => {
    const report = await structure(
      `Dear Mr Khan,\n\n${body}\n\nKind regards,\nSam Okafor\n\nYour refund will reach your account within five working days.`
    )
    const [finding] = findingsOf(report, 'structure/part-order')
    expect(at(finding)).toBe('8:1')
    expect(findingsOf(report, 'structure/complimentary-close')).toEqual([])
  })

  it('accepts a subject heading above the salutation', async () => {
    const report = await structure(
      `Our ref: CS/48213\n\nRe: Your complaint about the scratch on your car\n\nDear Mr Khan,\n\n${body}\n\nYours sincerely,\nSam Okafor`
    )
    expect(report.findings).toEqual([])
  })

  it('reports body text above the salutation', async () => {
    const report = await structure(
      `Your refund of £4.99 has been approved today.\n\nDear Mr Khan,\n\n${body}\n\nKind regards,\nSam Okafor`
    )
    expect(findingsOf(report, 'structure/part-order').map(at)).toEqual(['1:1'])
  })
})
