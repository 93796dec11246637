import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/clarity/index.js'
import {at, findingsOf, lintText, statusOf} from '../helpers.js'
import type {Settings} from '../../src/types.js'

const open = 'Dear Mrs Patel,\n\n'
const close = '\n\nKind regards,\nOliver Reed\nCustomer Care'

/** Lint a body between a salutation (lines 1–2) and a close: the body starts on line 3. */
async function clarity(body: string, settings: Partial<Settings> = {}) {
  return lintText(`${open}${body}${close}`, {rules, settings})
}

function summary(report: Awaited<ReturnType<typeof clarity>>, id: string) {
  return findingsOf(report, id).map((finding) => `${at(finding)} ${finding.severity} ${finding.message}`)
}

const PLAIN =
  'Thank you for your email about the delay to your sofa. I am sorry that it did not arrive on Saturday as we promised. ' +
  'Our driver was ill, and we could not find another driver in time. Your sofa will now arrive on Tuesday 1 December between 8am and 12 noon. ' +
  'We have refunded the £39 delivery charge to your card today.\n\n' +
  'If Tuesday does not suit you, please call us on 0161 496 0732 and we will find another day.'

const BUREAUCRATIC =
  'With regard to your correspondence concerning the unsatisfactory condition of the merchandise, we acknowledge that the consignment was inadequately protected during transportation, notwithstanding our comprehensive packaging specifications. ' +
  'Consequently, reimbursement of the entire purchase consideration has been authorised and will be transferred to your nominated account immediately.'

describe('a plain, well-written reply', () => {
  it('has no clarity finding and passes', async () => {
    const report = await clarity(PLAIN)
    expect(report.findings).toEqual([])
    expect(statusOf(report, 'clarity')).toBe('pass')
  })
})

describe('clarity/reading-level', () => {
  const ID = 'clarity/reading-level'
  it('fails a bureaucratic body, far above grade 9', async () => {
    const report = await clarity(BUREAUCRATIC)
    const [finding] = findingsOf(report, ID)
    expect(summary(report, ID)).toEqual([
      '3:1 error The body reads at grade 21.3 (Flesch–Kincaid; reading ease -17), above the target of 9 for a general audience.'
    ])
    expect(finding.actual).toBe('grade 21.3')
    expect(finding.expected).toBe('grade 9 or below')
    expect(finding.suggestion).toBe('Shorten sentences (now 23 words on average; aim for 15–20) and use everyday words for long ones.')
    expect(statusOf(report, 'clarity')).toBe('fail')
  })

  it('warns within the margin and takes the target from the audience, the guidelines and the option', async () => {
    expect(summary(await clarity(PLAIN, {rules: {[ID]: {options: {target: 4}}}}), ID)).toEqual([
      '3:1 warning The body reads at grade 5.5 (Flesch–Kincaid; reading ease 78), above the target of 4 (rule option).'
    ])
    expect(summary(await clarity(PLAIN, {guidelines: {readingTarget: 2}}), ID)).toEqual([
      '3:1 error The body reads at grade 5.5 (Flesch–Kincaid; reading ease 78), above the target of 2 (organisation guidelines).'
    ])
    expect(summary(await clarity(BUREAUCRATIC, {rules: {[ID]: {options: {audience: 'business', margin: 11}}}}), ID)).toEqual([
      '3:1 warning The body reads at grade 21.3 (Flesch–Kincaid; reading ease -17), above the target of 11 for a business audience.'
    ])
    expect(summary(await clarity(PLAIN, {audience: 'vulnerable'}), ID)).toEqual([])
  })

  it('does not judge a short body', async () => {
    const report = await clarity('Consequently, reimbursement has been authorised notwithstanding the circumstances.')
    expect(findingsOf(report, ID)).toEqual([])
  })
})

describe('clarity/sentence-length', () => {
  const ID = 'clarity/sentence-length'
  const LONG_26 =
    'We are sorry that the engineer who visited your home on Tuesday could not fix the boiler because he did not have the right part with him that day.'
  const LONG_41 =
    'I am writing about your boiler service, which our engineer was unable to complete on Tuesday because the part that he needed to replace was not in stock at our depot, and we have now ordered it from the manufacturer so that he can come back next week.'

  it('warns above 25 words and fails above 40, with the count and a suggestion', async () => {
    const report = await clarity(`${LONG_26}\n\n${LONG_41}`)
    expect(summary(report, ID)).toEqual([
      '3:1 warning This sentence has 29 words, more than 25: "We are sorry that the engineer who visited your h…".',
      '5:1 error This sentence has 48 words, more than 40: "I am writing about your boiler service, which our…".'
    ])
    const [, error] = findingsOf(report, ID)
    expect(error.end.column).toBe(LONG_41.length)
    expect(error.actual).toBe('48 words')
    expect(error.expected).toBe('at most 25 words')
    expect(error.suggestion).toBe('Split it into shorter sentences, one idea each (15–20 words reads best).')
    expect(statusOf(report, 'clarity')).toBe('fail')
  })

  it('does not count phone numbers, dates or codes, and reads list items as sentences', async () => {
    const withNumbers =
      'Please call us on 0161 496 0732 between 9am and 5pm, Monday to Friday, quoting reference ORD-35034 and your postcode, and we will book a new visit.'
    const list = 'To claim, please send us:\n- a photo of the damage\n- the receipt or the order confirmation email\n- your bank details for the refund\n- a short note of what happened on the day'
    const report = await clarity(`${withNumbers}\n\n${list}`)
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('takes its limits from the options', async () => {
    const report = await clarity(LONG_26, {rules: {[ID]: {options: {warning: 10, error: 20}}}})
    expect(summary(report, ID)).toEqual(['3:1 error This sentence has 29 words, more than 20: "We are sorry that the engineer who visited your h…".'])
  })
})

describe('clarity/paragraph-length', () => {
  const ID = 'clarity/paragraph-length'
  it('warns on a paragraph of more than 6 sentences, at its first sentence', async () => {
    const wall =
      'Thank you for your email. Your bill went up in October. We checked your meter reading. It was correct. Your usage has gone up since the summer. A dripping tap can use a lot of water. You can check for a leak at night.'
    const report = await clarity(`${PLAIN.split('\n\n')[0]}\n\n${wall}`)
    expect(summary(report, ID)).toEqual(['5:1 warning Paragraph 2 is long: 44 words in 7 sentences.'])
    expect(findingsOf(report, ID)[0].expected).toBe('at most 120 words and 6 sentences')
    expect(statusOf(report, 'clarity')).toBe('pass')
  })
})

describe('clarity/body-length', () => {
  const ID = 'clarity/body-length'
  const long = Array.from({length: 9}, () => PLAIN).join('\n\n')
  it('warns over 400 words and fails over the guidelines\' maximum', async () => {
    expect(summary(await clarity(long), ID)).toEqual(['3:1 warning The body has 666 words, more than 400.'])
    const report = await clarity(PLAIN, {guidelines: {maxWords: 50}})
    expect(summary(report, ID)).toEqual(['3:1 error The body has 74 words, more than 50 (organisation guidelines).'])
    expect(findingsOf(report, ID)[0].suggestion).toBe(
      'Cut about 24 words: keep the answer, what happens next and how to get help; drop repetition and background the customer already knows.'
    )
    expect(findingsOf(await clarity(PLAIN), ID)).toEqual([])
  })
})
