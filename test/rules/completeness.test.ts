import {describe, expect, it} from 'vitest'
import {contactDetails} from '../../rules/completeness/contact-details.js'
import {mergeField} from '../../rules/completeness/merge-field.js'
import {placeholder} from '../../rules/completeness/placeholder.js'
import {reference} from '../../rules/completeness/reference.js'
import {at, findingsOf, lintText, statusOf} from '../helpers.js'
import {verdictOf} from '../support/regex-verdicts.js'

const rules = [placeholder, mergeField, reference, contactDetails]
const close = '\n\nKind regards,\nDaniel Hughes\nBrightwell Home\n0161 496 0732'

async function complete(text: string, settings = {}) {
  return lintText(text, {rules, settings})
}

describe('completeness/placeholder', () => {
  const ID = 'completeness/placeholder'
  it('fails each unfilled placeholder, in the salutation and the body', async () => {
    const report = await complete(
      `Dear [Customer name],\n\nYour fee will change from [insert date]. The new fee is £XXX, start date TBC.${close}`
    )
    const found = findingsOf(report, ID)
    expect(found.map((finding) => [at(finding), finding.actual])).toEqual([
      ['1:6', '[Customer name]'],
      ['3:27', '[insert date]'],
      ['3:58', 'XXX'],
      ['3:74', 'TBC']
    ])
    expect(found[0].message).toBe('Unfilled placeholder "[Customer name]".')
    expect(found[0].suggestion).toBe('Replace "[Customer name]" with the real value before sending.')
    expect(statusOf(report, 'completeness')).toBe('fail')
  })

  it.each([['{{first_name}}'], ['%FIRSTNAME%'], ['*|FNAME|*'], ['<NAME>'], ['<insert name>'], ['${firstName}']])(
    'fails the merge field %s outside template mode',
    async (field) => {
      const report = await complete(`Dear ${field},\n\nYour order 48213 has been dispatched.${close}`)
      expect(findingsOf(report, ID).map((finding) => finding.actual)).toEqual([field])
    }
  )

  it('fails Lorem ipsum and "insert … here"', async () => {
    const report = await complete(`Dear Mr Khan,\n\nLorem ipsum dolor sit amet. Insert refund amount here.${close}`)
    expect(findingsOf(report, ID).map((finding) => finding.actual)).toEqual(['Lorem ipsum', 'Insert refund amount here'])
  })

  it('is quiet on brackets that are not placeholders, and on merge fields in template mode', async () => {
    const text = `Dear {{first_name}},\n\nYour order (48213) has been dispatched [1]. He said it was "fine" [sic]. See [our returns page](https://example.co.uk/returns).${close}`
    expect(findingsOf(await complete(text, {template: true}), ID)).toEqual([])
  })

  it('still fails bracketed notes in template mode', async () => {
    const report = await complete(`Dear {{first_name}},\n\nPlease quote [order number] when you call.${close}`, {template: true})
    expect(findingsOf(report, ID).map((finding) => [at(finding), finding.actual])).toEqual([['3:14', '[order number]']])
  })

  it('checks the subject line but not quoted text', async () => {
    const report = await complete(`Subject: Your order [order number]\nTo: a@example.com\n\nDear Mr Khan,\n\nYour order 48213 has been dispatched.${close}\n\n> Dear [name], where is my order?`)
    expect(findingsOf(report, ID).map(at)).toEqual(['1:21'])
  })
})

describe('completeness/merge-field', () => {
  const ID = 'completeness/merge-field'
  const template = {template: true}
  it('fails a field that is not closed, with the fix', async () => {
    const report = await complete(`Dear {{first_name},\n\nYour refund for order {{order_number}} has been approved.${close}`, template)
    const [finding] = findingsOf(report, ID)
    expect(at(finding)).toBe('1:6')
    expect(finding.message).toBe('Merge field "{{first_name}" is not closed with "}}".')
    expect(finding.suggestion).toBe('Close it: "{{first_name}}".')
    expect(statusOf(report, 'completeness')).toBe('fail')
  })

  it('fails a field that is not opened, an empty field and a malformed name', async () => {
    const report = await complete(`Dear {first_name}},\n\nYour order {{ }} and {{order number}} are ready.${close}`, template)
    expect(findingsOf(report, ID).map((finding) => [at(finding), finding.message])).toEqual([
      ['1:6', 'Merge field "{first_name}}" is not opened with "{{".'],
      ['3:12', 'Empty merge field "{{ }}".'],
      ['3:22', 'Malformed merge field "{{order number}}": "order number" is not a field name.']
    ])
  })

  it('accepts filters and sections, and checks names against allowedFields', async () => {
    const text = `Dear {{ first_name | default: "customer" }},\n\nYour order {{order_number}} ships on {{ship_date}}.${close}`
    expect(findingsOf(await complete(text, template), ID)).toEqual([])
    const settings = {template: true, rules: {[ID]: {options: {allowedFields: ['first_name', 'order_number']}}}}
    const found = findingsOf(await complete(text, settings), ID)
    expect(found.map((finding) => [at(finding), finding.message])).toEqual([
      ['3:38', 'Unknown merge field "{{ship_date}}": "ship_date" is not one of the allowed fields.']
    ])
  })

  it('does nothing outside template mode', async () => {
    expect(findingsOf(await complete(`Dear {{first_name},\n\nYour order 48213 is ready.${close}`), ID)).toEqual([])
  })
})

describe('completeness/reference', () => {
  const ID = 'completeness/reference'
  it('fails a message about an order with no number', async () => {
    const report = await complete(`Dear Mrs Green,\n\nI am writing to confirm that your order has been dispatched.${close}`)
    const [finding] = findingsOf(report, ID)
    expect(at(finding)).toBe('3:30')
    expect(finding.message).toBe('The message is about an order but quotes no reference number.')
    expect(finding.suggestion).toBe('Quote the order number in the subject or first paragraph, e.g. "your order 48213".')
    expect(statusOf(report, 'completeness')).toBe('fail')
  })

  it('fails an email whose subject names a complaint when no reference is quoted anywhere', async () => {
    const report = await complete(`Subject: Your complaint about the late delivery\nTo: a@example.com\n\nDear Mrs Green,\n\nI am sorry that the parcel was late.${close}`)
    expect(findingsOf(report, ID).map((finding) => [at(finding), finding.severity])).toEqual([['1:15', 'error']])
  })

  it.each([
    'Your order 48213 has been dispatched.',
    'Your complaint, reference CMP-7751, has been reviewed.',
    'Your claim has been accepted. Please quote claim number 2026-4471 when you call.',
    'Thank you for your order. Your account number and sort code will not change.'
  ])('passes "%s"', async (sentence) => {
    const report = await complete(`Dear Mrs Green,\n\n${sentence.replace('Thank you for your order. ', '')}${close}`)
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('only warns when an order is mentioned in passing after the first paragraph', async () => {
    const report = await complete(`Dear Mrs Green,\n\nOur shop will close at 4pm on Thursday 24 December.\n\nYou can still track your order online at any time.${close}`)
    const [finding] = findingsOf(report, ID)
    expect([at(finding), finding.severity]).toEqual(['5:21', 'warning'])
    expect(statusOf(report, 'completeness')).toBe('pass')
  })

  it('reads the reference line of a letter', async () => {
    const letter = `Northgate Energy\nPO Box 412\nLeeds\nLS1 4AB\n\n23 November 2026\n\nMrs Sunita Patel\n8 Elm Grove\nYork\nYO10 3HP\n\nOur ref: C-55210\n\nDear Mrs Patel,\n\nThank you for your letter about your complaint.\n\nYours sincerely,\nJames O'Neill`
    expect(findingsOf(await complete(letter), ID)).toEqual([])
  })

  it('warns when the subject names an order without its number but the body has it', async () => {
    const report = await complete(`Subject: Your order is on its way\nTo: a@example.com\n\nDear Mrs Green,\n\nYour order 73310 has been dispatched.${close}`)
    const [finding] = findingsOf(report, ID)
    expect(finding.severity).toBe('warning')
    expect(at(finding)).toBe('1:10')
    expect(finding.message).toBe('The subject mentions an order but not its reference.')
    expect(statusOf(report, 'completeness')).toBe('pass')
  })

  it('warns on a policy or membership without a number, and accepts a reference merge field in a template', async () => {
    const report = await complete(`Dear Mr Kerr,\n\nYour home insurance policy renews next month.${close}`)
    expect(findingsOf(report, ID).map((finding) => [finding.severity, finding.message])).toEqual([
      ['warning', 'The message mentions your home insurance policy but quotes no reference for it.']
    ])
    const template = await complete(`Dear {{first_name}},\n\nYour order {{order_number}} is confirmed.${close}`, {template: true})
    expect(findingsOf(template, ID)).toEqual([])
  })
})

describe('completeness/contact-details', () => {
  const ID = 'completeness/contact-details'
  const body = 'Dear Mr Hall,\n\nYou can return a gift without a receipt within 60 days.'
  it('fails a message with no contact details, at the complimentary close', async () => {
    const report = await complete(`${body}\n\nKind regards,\nMegan Lloyd\nGreenfield Garden Centres`)
    const [finding] = findingsOf(report, ID)
    expect(at(finding)).toBe('5:1')
    expect(finding.message).toBe(
      'The message gives no contact details for follow-up: no phone number, email address, web address or postal address.'
    )
    expect(statusOf(report, 'completeness')).toBe('fail')
  })

  it.each([
    'Call us on 020 7946 0381.',
    'Call us on 01244 496 0127.',
    'Email help@greenfield.co.uk.',
    'See greenfield.co.uk/returns.',
    'Write to us at PO Box 88, Chester.',
    'If you have any questions, reply to this email.',
    'Call our store in Columbus at (614) 555-0142.',
    'Call our Dublin office on +353 1 234 5678.'
  ])('passes with "%s"', async (sentence) => {
    const report = await complete(`${body} ${sentence}\n\nKind regards,\nMegan Lloyd`)
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('reads a signature block set aside after "-- "', async () => {
    const report = await complete(`${body}\n\nThanks,\nMegan\n\n-- \nMegan Lloyd | Greenfield Garden Centres\n01244 496 0127`)
    expect(findingsOf(report, ID)).toEqual([])
  })

  it("counts a letter's sender address, not the customer's", async () => {
    const letter = (sender: string) =>
      `${sender}\n\n23 November 2026\n\nMr Ben Hall\n4 Oak Road\nChester\nCH1 2AB\n\nDear Mr Hall,\n\nYou can return a gift within 60 days.\n\nYours sincerely,\nMegan Lloyd`
    expect(findingsOf(await complete(letter('Greenfield Garden Centres\n1 Mill Street\nChester\nCH4 8QT')), ID)).toEqual([])
    expect(findingsOf(await complete(`Mr Ben Hall\n4 Oak Road\nChester\nCH1 2AB\n\nDear Mr Hall,\n\nYou can return a gift within 60 days.\n\nYours sincerely,\nMegan Lloyd`), ID)).toHaveLength(1)
  })
})

describe('completeness data', () => {
  it('has no pattern that can backtrack exponentially', {timeout: 600_000}, async () => {
    const placeholders = (await import('../../rules/completeness/placeholders.json', {with: {type: 'json'}})).default
    const references = (await import('../../rules/completeness/reference.json', {with: {type: 'json'}})).default
    const contacts = (await import('../../rules/completeness/contact.json', {with: {type: 'json'}})).default
    const patterns = [
      ...placeholders.placeholders.map((entry) => entry.pattern),
      ...placeholders.mergeFields.map((entry) => entry.pattern),
      references.concerns,
      references.subjectConcerns,
      references.mayConcern,
      ...references.references.map((entry) => entry.pattern),
      ...contacts.contacts.map((entry) => entry.pattern)
    ]
    // Exponential, or no verdict at all (recheck could not judge it).
    const exponential = patterns.filter((pattern) => ['exponential', undefined].includes(verdictOf(pattern, 'iu').complexity))
    expect(exponential).toEqual([])
  })
})
