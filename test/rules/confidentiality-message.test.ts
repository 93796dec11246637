import {describe, expect, it} from 'vitest'
import {attachment, looksLikeExport} from '../../rules/confidentiality/attachment.js'
import {findInternalNotes, internalNote} from '../../rules/confidentiality/internal-note.js'
import {recipients} from '../../rules/confidentiality/recipients.js'
import {findSecrets, mightHoldSecret, secret} from '../../rules/confidentiality/secret.js'
import {lint} from '../../src/engine/index.js'
import type {Settings} from '../../src/types.js'

/** The internal notes found in `text`, as the text they cover. */
function notes(text: string): string[] {
  return findInternalNotes(text).map(({start, end}) => text.slice(start, end))
}

describe('confidentiality/internal-note', () => {
  it.each([
    ['INTERNAL: customer has complained twice before.', 'INTERNAL'],
    ['This summary is for internal use only.', 'for internal use only'],
    ['Internal note: offer £20 at most.', 'Internal note:'],
    ['[note to self: chase the fitter]', '[note to self: chase the fitter]'],
    ['Note to self - chase the fitter.', 'Note to self'],
    ['TODO add the refund amount', 'TODO'],
    ['The refund is £40 (FIXME).', 'FIXME'],
    ['DO NOT SEND until Sarah has checked it.', 'DO NOT SEND'],
    ['Please do not send this yet.', 'do not send this yet'],
    ['Between you and me, the fitter was late again.', 'Between you and me'],
    ['Off the record, we expect the price to fall.', 'Off the record'],
    ['We can refund the fee. [check with Sarah before sending]', '[check with Sarah before sending]'],
    ['The fee was £150. [Mike - is this right?]', '[Mike - is this right?]'],
    ['We will call you on Friday [not sure about this].', '[not sure about this]'],
    ['[Sarah: can we waive this?]', '[Sarah: can we waive this?]'],
    ['Your refund is £40 [I think it should be £45].', '[I think it should be £45]'],
    ['This is not for the customer.', 'not for the customer'],
    ["Don't tell the customer about the second fault.", "Don't tell the customer"]
  ])('finds the note in %j', (text, expected) => {
    expect(notes(text)).toEqual([expected])
  })

  it.each([
    'Dear [Customer name],',
    'Your appointment is on [date] at [time].',
    'Hi {{first_name}}, thank you for your order.',
    '[insert refund amount]',
    'As the report says [1], the boiler was fitted correctly [2, 3].',
    'The letter said "we was told [sic] to wait".',
    'She wrote that the parts were "missing [sic.]".',
    'Our internal review found that the fitter was late.',
    'The internal team has looked again at your case.',
    'We have discussed this internally and agree.',
    'We will do everything we can to help.',
    'Here is a list of things to do before the visit.',
    'Please do not send cash through the post.',
    'Do not send your original documents; copies are fine.',
    'See [our returns page](https://example.com/returns) for details.',
    'The total is £45 [including VAT].',
    'The fitter will bring the parts [if applicable].',
    '[Delete as appropriate]',
    'He told us "[the kitchen] was finished on time".',
    'Our internal complaints procedure has two stages.'
  ])('is quiet on %j', (text) => {
    expect(notes(text)).toEqual([])
  })

  it('reports a note in the prose, not in a quoted message', async () => {
    const draft = `Dear Mr Osei,\n\nThank you for your email. We can refund the £150 call-out fee. [Mike - is this right?]\n\nKind regards,\nPriya Shah\n\nOn 3 May 2025, Kofi Osei wrote:\n> TODO is what my builder writes on everything.\n`
    const report = await lint(draft)
    const found = report.findings.filter((finding) => finding.ruleId === internalNote.id)
    expect(found.map((finding) => `${finding.start.line}:${finding.start.column}`)).toEqual(['3:64'])
    expect(report.criteria.find((result) => result.id === 'confidentiality')?.status).toBe('fail')
  })
})

describe('confidentiality/recipients', () => {
  const body =
    '\n\nDear Mr Osei,\n\nYour repair visit is on Tuesday 9 June between 8am and 12pm.\n\nKind regards,\nPriya Shah\n'
  const from = 'From: Priya Shah <p.shah@brightwellhomes.co.uk>\n'
  const many = (count: number) => Array.from({length: count}, (_, index) => `customer${index}@example.com`).join(', ')

  async function found(headers: string, settings: Partial<Settings> = {}) {
    const report = await lint(headers + body, {settings})
    return report.findings
      .filter((finding) => finding.ruleId === recipients.id)
      .map((finding) => `${finding.start.line}:${finding.start.column} ${finding.severity} ${finding.actual}`)
  }

  it.each([
    [`${from}To: k.osei@example.com\nCc: j.wilson@example.org`, ['2:5 warning 2 external recipients in To and Cc']],
    [
      `${from}To: K Osei <k.osei@example.com>, J Wilson <j.wilson@example.org>, m.patel@example.net`,
      ['2:5 warning 3 external recipients in To and Cc']
    ],
    [`${from}To: p.shah@brightwellhomes.co.uk\nCc: ${many(15)}`, ['3:5 error 15 external recipients in To and Cc']],
    [`${from}To: k.osei@example.com\nCc: ${many(20)}`, ['3:5 error 21 external recipients in To and Cc']],
    [`To: k.osei@example.com, j.wilson@example.org`, ['1:5 warning 2 external recipients in To and Cc']]
  ])('reports %j', async (headers, expected) => {
    expect(await found(headers)).toEqual(expected)
  })

  it.each([
    `${from}To: k.osei@example.com`,
    `${from}To: k.osei@example.com\nCc: repairs@brightwellhomes.co.uk, d.hughes@brightwellhomes.co.uk`,
    `${from}To: k.osei@example.com\nCc: d.hughes@north.brightwellhomes.co.uk`,
    `${from}To: k.osei@example.com, K.Osei@Example.com`,
    `${from}To: Kofi Osei <k.osei@example.com<mailto:k.osei@example.com>>`,
    `${from}To: p.shah@brightwellhomes.co.uk\nBcc: ${many(30)}`,
    ''
  ])('is quiet on %j', async (headers) => {
    expect(await found(headers)).toEqual([])
  })

  it('counts internalDomains from the settings as internal, and takes errorAt from the options', async () => {
    expect(
      await found(`${from}To: k.osei@example.com\nCc: d.hughes@brightwell-repairs.co.uk`, {
        internalDomains: ['brightwell-repairs.co.uk']
      })
    ).toEqual([])
    const settings = {rules: {'confidentiality/recipients': {severity: 'error' as const, options: {errorAt: 3}}}}
    expect(
      await found(
        `${from}To: k.osei@example.com, j.wilson@example.org, m.patel@example.net`,
        settings as Partial<Settings>
      )
    ).toEqual(['2:5 error 3 external recipients in To and Cc'])
  })

  it('never repeats an address in its message', async () => {
    const report = await lint(`${from}To: k.osei@example.com\nCc: j.wilson@example.org${body}`)
    const finding = report.findings.find((item) => item.ruleId === recipients.id)
    expect(JSON.stringify(finding)).not.toMatch(/osei@|wilson@/)
  })
})

describe('confidentiality/attachment', () => {
  it.each([
    'customers.csv',
    'customer_export_2026-06.csv',
    'CustomerList.xlsx',
    'members-2026.xls',
    'users_dump.sql',
    'contacts.json',
    'payroll_march.xlsx',
    'accounts.db',
    'crm-backup.bak',
    'client-data.zip',
    'Export 2026.csv'
  ])('reads %j as a data export', (name) => {
    expect(looksLikeExport(name)).toBe(true)
  })

  it.each([
    'invoice-2291.pdf',
    'account-history-K-Osei.pdf',
    'customers.pdf',
    'remember.csv',
    'invoice-2291.csv',
    'photo.jpg',
    'Customer letter.docx',
    'timetable.xlsx',
    'README'
  ])('does not read %j as a data export', (name) => {
    expect(looksLikeExport(name)).toBe(false)
  })

  it('reports a file named in the draft as attached, at the name; a file mentioned otherwise is not reported', async () => {
    const draft =
      'Dear Mr Osei,\n\nI have attached customers.csv with your readings.\n\nOur system exports a file called clients.csv each night.\n\nKind regards,\nPriya Shah\n'
    const report = await lint(draft)
    expect(
      report.findings
        .filter((finding) => finding.ruleId === attachment.id)
        .map((finding) => `${finding.start.line}:${finding.start.column} ${finding.actual}`)
    ).toEqual(['3:17 customers.csv'])
  })
})

describe('confidentiality/secret', () => {
  const privateKey =
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQABAoIBAQCNEM\n-----END RSA PRIVATE KEY-----'

  it.each([
    ['Your token is ghp_0123456789abcdefghijABCDEFGHIJ012345 for the repository.', '[access token]'],
    ['We post with xoxb-123456789012-1234567890123-ExampleTokenNotRealAbCd now.', '[access token]'],
    [`Here is the key:\n${privateKey}\n`, '[private key]'],
    ['The report connects to postgres://app:Hunter2secret@db.example.com:5432/reports each night.', '[access token]']
  ])('finds the secret in %j', async (text, masked) => {
    const found = await findSecrets(text)
    expect(found.map((item) => item.masked)).toEqual([masked])
  })

  it.each([
    'Your order 4829103377 is on its way, tracking number JD014600003828472394.',
    'Your reference is INV-2026-00418 and the total was £1,234.56.',
    'You can read more on https://example.com/help/returns-and-refunds-2026.',
    'The documented example key AKIAIOSFODNN7EXAMPLE is not a real one.',
    'Please call us on 0161 496 0732 and quote BH-482013.'
  ])('is quiet on %j', async (text) => {
    expect(await findSecrets(text)).toEqual([])
  })

  it('loads secretlint only when the precheck finds something token-like', () => {
    expect(mightHoldSecret('Dear Mr Osei, thank you for your order 4829103377, placed on 21 November.')).toBe(false)
    expect(mightHoldSecret('It is risk-free and costs £1,234.56; see https://example.com/returns.')).toBe(false)
    expect(mightHoldSecret('Your token is ghp_0123456789abcdefghijABCDEFGHIJ012345')).toBe(true)
    expect(mightHoldSecret('tracking number JD014600003828472394')).toBe(true)
  })

  it("reports the secret masked, and no format field holds the value or secretlint's message", async () => {
    const token = 'ghp_0123456789abcdefghijABCDEFGHIJ012345'
    const draft = `Dear Mr Osei,\n\nThe booking system now uses the token ${token} to read your calendar.\n\nKind regards,\nPriya Shah\n`
    const report = await lint(draft)
    const found = report.findings.filter((finding) => finding.ruleId === secret.id)
    expect(found.map((finding) => `${finding.start.line}:${finding.start.column} ${finding.masked}`)).toEqual([
      '3:39 [access token]'
    ])
    expect(JSON.stringify(report)).not.toContain(token.slice(4, 20))
    expect(JSON.stringify(report)).not.toMatch(/found GitHub/i)
    expect(report.criteria.find((result) => result.id === 'confidentiality')?.status).toBe('fail')
  })
})

describe('confidentiality/secret in a quoted message', () => {
  it('does not report a key a colleague wrote in a quoted message, but masks it in every format', async () => {
    const token = 'ghp_0123456789abcdefghijABCDEFGHIJ012345'
    const draft = `Dear Mr Osei,\n\nThank you. Our developer has now connected your shop to the booking system.\n\nKind regards,\nPriya Shah\n\nOn 3 May 2026, Dev Team wrote:\n> Use the token ${token} for the shop.\n`
    const report = await lint(draft)
    expect(report.findings.filter((finding) => finding.ruleId === secret.id)).toEqual([])
    expect(report.masks?.map((mask) => mask.masked)).toContain('[access token]')
  })
})
