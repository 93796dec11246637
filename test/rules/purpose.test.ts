import {describe, expect, it} from 'vitest'
import {isPurposeStatement, purposeStatement} from '../../rules/purpose/statement.js'
import {at, findingsOf, lintText, statusOf} from '../helpers.js'
import {verdictOf} from '../support/regex-verdicts.js'

const ID = 'purpose/statement'
const close = '\n\nKind regards,\nHelen Marsh\nNorthgate Energy\n0113 496 0518'

async function purpose(body: string, options?: Record<string, unknown>) {
  const settings = options ? {rules: {[ID]: {options}}} : {}
  return lintText(`Dear Mr Clarke,\n\n${body}${close}`, {rules: [purposeStatement], settings})
}

describe('purpose/statement', () => {
  it.each([
    ['I am writing to confirm your boiler service on Thursday 3 December.'],
    ["I'm writing about your complaint of 18 November."],
    ['We are writing to tell you that our Market Street branch will close on 15 January.'],
    ['Thank you for your email of 20 November about the late delivery of order 48213.'],
    ['Thank you for your call on 19 November asking whether your policy covers your bicycle.'],
    ['Thanks for your email about order 64420.'],
    ['Thank you for letting us know that the vase in order 51907 arrived broken.'],
    ['This is to confirm your appointment on Thursday 3 December.'],
    ['This is a reminder of your eye test on Monday 7 December.'],
    ['Following your call on 12 November, I have checked your meter readings.'],
    ['Further to our conversation yesterday, here are the documents you need.'],
    ['In response to your complaint, I have reviewed your account.'],
    ['We are pleased to tell you that your claim has been accepted.'],
    ['I would like to update you on your claim for storm damage.'],
    ['Your refund of £4.99 for order 48213 has been approved.'],
    ['Your order 73310, a pair of walking boots in size 6, was dispatched today.'],
    ['Your new SIM card is on its way.'],
    ['From Monday 7 April, we will deliver to your area on Tuesdays and Fridays.'],
    ['I am sorry that your bin was not emptied on Tuesday.'],
    ['As you asked, I have attached a copy of invoice INV-2291.'],
    ['Good news: your laptop has been repaired and is ready to collect.'],
    ['Yes, we can deliver your sofa on Saturday 28 November.'],
    ['Thank you for your order 48213, which we received today.'],
    ['It was good to speak to you this morning about your boiler.'],
    ['Here is the information you asked for.'],
    ['Just a quick note to confirm your table for four at 7pm.'],
    ['Our records show that your payment of £20.00 is overdue.'],
    ['We need a copy of your receipt to process your claim.'],
    ['Unfortunately, we cannot repair your watch under the warranty.'],
    ['As one of our customers, we wanted to let you know about our new opening hours.'],
    ['We received your letter on 5 November about your bill.'],
    ['Please could you call the customer today about her missed visit?'],
    ['Please be advised that, with regard to your recent enquiry about moving, we need your new postcode.'],
    ['Our engineer, Dan Hughes, will visit on Tuesday 9 June between 8am and 12pm to repair your kitchen tap.'],
    ['Our internal review has found that the fitter arrived late.'],
    ["I have organised a reader's pass for you from Monday 8 December."],
    ["We've credited £12.50 to your account."]
  ])('passes a first paragraph that opens with "%s"', async (sentence) => {
    // The second sentence is a pleasantry, so the first one must be the purpose.
    const report = await purpose(`${sentence} Thank you for your patience.`)
    expect(findingsOf(report, ID)).toEqual([])
    expect(statusOf(report, 'purpose')).toBe('pass')
  })

  it('fails pleasantries alone in the first paragraph, pointing at the first sentence and naming the later purpose', async () => {
    const report = await purpose(
      'I hope you are well and that you had a good weekend. It has been very cold this week.\n\nI am writing about your complaint that our engineer did not arrive on 18 November. He will visit on Wednesday 25 November.'
    )
    const [finding] = findingsOf(report, ID)
    expect(at(finding)).toBe('3:1')
    expect(finding.end.column).toBe(53)
    expect(finding.severity).toBe('error')
    expect(finding.message).toBe(
      'The first paragraph is only pleasantries ("I hope you are well and that you had a good weekend."): it does not say why you are writing; the purpose comes only in paragraph 2 ("I am writing about your complaint that our engineer did n…").'
    )
    expect(finding.suggestion).toBe(
      'Move "I am writing about your complaint that our engineer did n…" to the start of the message and drop or shorten the pleasantries.'
    )
    expect(statusOf(report, 'purpose')).toBe('fail')
  })

  it('fails a message with no statement of purpose anywhere', async () => {
    const report = await purpose(
      'We have been making boots since 1952. We hope you enjoy them.\n\nWe value your custom.'
    )
    const [finding] = findingsOf(report, ID)
    expect(at(finding)).toBe('3:1')
    expect(finding.message).toBe('The first paragraph does not say why you are writing.')
    expect(finding.expected).toBe('a statement of purpose in the first paragraph, e.g. "I am writing to confirm …"')
    expect(finding.suggestion).toContain('"I am writing to …"')
    expect(statusOf(report, 'purpose')).toBe('fail')
  })

  it('does not count a bare thank-you as a purpose', async () => {
    const report = await purpose('Thank you for your email.\n\nYour refund has been approved.')
    const [finding] = findingsOf(report, ID)
    expect(finding.message).toBe(
      'The first paragraph is only pleasantries ("Thank you for your email."): it does not say why you are writing; the purpose comes only in paragraph 2 ("Your refund has been approved.").'
    )
  })

  it('warns, without failing, when the purpose comes late in the first paragraph', async () => {
    const report = await purpose(
      'It was good to speak to you. We talked about a few things. I am writing to confirm your new payment date of 1 January.'
    )
    const [finding] = findingsOf(report, ID)
    expect(finding.severity).toBe('warning')
    expect(at(finding)).toBe('3:60')
    expect(finding.message).toBe('The purpose of the message comes only in sentence 3 of the first paragraph.')
    expect(finding.suggestion).toBe(
      'Move "I am writing to confirm your new payment date of 1 January." to the start of the first paragraph.'
    )
    expect(statusOf(report, 'purpose')).toBe('pass')
  })

  it('honours the sentences option', async () => {
    const body =
      'It was good to speak to you. We talked about a few things. I am writing to confirm your new payment date.'
    expect(findingsOf(await purpose(body, {sentences: 3}), ID)).toEqual([])
    const strict = findingsOf(
      await purpose('It was good to speak to you. I am writing to confirm your new payment date.', {sentences: 1}),
      ID
    )
    expect(strict.map((finding) => finding.severity)).toEqual(['warning'])
  })

  it('reads a paragraph ending in a colon together with the quote or list it introduces', async () => {
    const report = await purpose(
      'Thank you for your message. You wrote:\n\n> the jumper was the wrong size\n\nI am very sorry about this. A new one will reach you by Friday.'
    )
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('does not take a later "Please …" request for the purpose', async () => {
    const report = await purpose(
      'We replaced the keyboard last week.\n\nPlease bring your receipt when you collect it.'
    )
    expect(findingsOf(report, ID).map((finding) => finding.message)).toEqual([
      'The first paragraph does not say why you are writing.'
    ])
  })

  it('reports a draft with no body of its own just after the greeting: nothing in it says why it was written', async () => {
    const report = await lintText('Dear Mr Clarke,\n\nKind regards,\nHelen Marsh', {rules: [purposeStatement]})
    const found = findingsOf(report, ID)
    expect(found.map((finding) => [at(finding), finding.severity, finding.message])).toEqual([
      [
        '1:16',
        'error',
        'The draft has no body of its own (only a greeting, a sign-off, quoted text or nothing at all): nothing says why you are writing.'
      ]
    ])
  })
})

describe('purpose/statement on service notifications', () => {
  it.each([
    ['You are receiving this email because someone asked to reset the password of your account.'],
    ["You're receiving this message as your booking 7731 has been cancelled."],
    ['You have been added to the Northgate Energy supplier portal.'],
    ['You have signed up for a Northgate Energy online account.'],
    ['The meter reading you sent has been received.'],
    ['Your latest statement has been uploaded to your account.'],
    ["Don't forget that you have until Friday 27 November to send your meter reading."],
    ['You only have 5 days left to renew your home cover.'],
    ['Thank you for applying for the Warm Homes grant.'],
    ['Confirm your email address to finish setting up your account.']
  ])('finds the purpose in a notification opening: %s', async (first) => {
    const report = await purpose(`${first}\n\nIf you have any questions, call us on 0113 496 0518.`)
    expect(findingsOf(report, ID)).toEqual([])
  })
  it('does not take an impersonal decision or a buried perfect passive for the news', async () => {
    for (const first of [
      'It has been decided that the cost of the second visit will not be refunded.',
      'The fault was found to have been caused by a thermostat fitted by another company.'
    ]) {
      const report = await purpose(`${first}\n\nI am writing about your complaint of 18 November.`)
      expect(
        findingsOf(report, ID).map((finding) => finding.severity),
        first
      ).toEqual(['error'])
    }
  })
  it('leaves a template whose opening is only a merge field to be judged when it is filled in', async () => {
    const text = `Dear {{name}},\n\n{{body}}${close}`
    const template = await lintText(text, {rules: [purposeStatement], settings: {template: true}})
    expect(findingsOf(template, ID)).toEqual([])
  })
})

describe('isPurposeStatement', () => {
  const sentence = (text: string) =>
    ({text, start: 0, end: text.length, words: [], paragraph: 0, node: {type: 'SentenceNode', children: []}}) as never
  it.each([
    'I hope you are well.',
    'Thank you for your order.',
    'Your call is important to us.',
    'We value your custom.',
    'Thank you for getting in touch.'
  ])('does not take the pleasantry "%s" for a purpose', (text) =>
    expect(isPurposeStatement(sentence(text))).toBe(false)
  )
  it('straightens curly apostrophes', () =>
    expect(isPurposeStatement(sentence('I\u2019m writing about your order.'))).toBe(true))
  it.each([
    'Thank you for calling us on Monday about the drop-outs on your broadband line.',
    'Thanks for writing to us about your October bill.',
    'Thank you for getting in touch with us regarding your parking permit.'
  ])('takes "%s" (thanks for contacting us about something) for a purpose', (text) =>
    expect(isPurposeStatement(sentence(text))).toBe(true)
  )
  it('does not take a bare "Thank you for calling us." for a purpose', () =>
    expect(isPurposeStatement(sentence('Thank you for calling us.'))).toBe(false))
})

describe('purpose data', () => {
  it('has no pattern that can backtrack exponentially', {timeout: 600_000}, async () => {
    const data = (await import('../../rules/purpose/statement.json', {with: {type: 'json'}})).default
    const patterns = [...data.purpose.map((entry) => entry.pattern), ...data.pleasantries]
    // Exponential, or no verdict at all (recheck could not judge it).
    const exponential = patterns.filter((pattern) =>
      ['exponential', undefined].includes(verdictOf(pattern, 'iu').complexity)
    )
    expect(exponential).toEqual([])
  })
})
