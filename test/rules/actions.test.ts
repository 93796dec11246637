import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/actions/index.js'
import {hasTime, vagueTimes} from '../../rules/actions/lexicon.js'
import {at, findingsOf, lintText, statusOf} from '../helpers.js'
import {verdictOf} from '../support/regex-verdicts.js'

const opening = 'Dear Ms Brown,\n\nYour order 73310 was dispatched from our warehouse today.\n\n'
const close = '\n\nKind regards,\nSophie Turner\nTollgate Boots'

async function actions(ending: string, settings = {}) {
  return lintText(`${opening}${ending}${close}`, {rules, settings})
}

describe('actions/next-action', () => {
  const ID = 'actions/next-action'
  it.each([
    'It will arrive by Thursday 26 November. If it does not, please call us on 01604 496 0215.',
    'Our driver will text you on the morning of delivery.',
    'Your refund will reach your card within 5 working days.',
    'Please reply to this email by Friday 27 November.',
    'Could you confirm your new address by Monday?',
    'You can track the parcel at tollgateboots.co.uk/track.',
    'You do not need to do anything. If you have any questions, reply to this email.',
    'If this date does not suit you, call us on 01604 496 0215.',
    "I'll call you tomorrow morning to check that the boots fit.",
    'Next steps: the courier collects the parcel on Friday.',
    'It can take up to five working days to appear on your statement.',
    'An engineer is booked to visit on Thursday 3 December.',
    'Expect a call from our engineer on Monday morning.',
    'No further action is needed.',
    "You're welcome to call me on 01604 496 0215, Monday to Friday."
  ])('passes an ending with a next action: "%s"', async (ending) => {
    const report = await actions(ending)
    expect(findingsOf(report, ID)).toEqual([])
    expect(statusOf(report, 'actions')).toBe('pass')
  })

  it('fails an ending with no next action, at the last sentence of the body', async () => {
    const report = await actions('We have made walking boots in Northamptonshire since 1952.\n\nThank you for shopping with us. We value your custom.')
    const [finding] = findingsOf(report, ID)
    expect(at(finding)).toBe('7:33')
    expect(finding.severity).toBe('error')
    expect(finding.message).toBe(
      'The message ends without a next action: it does not say who will do what next, or what the customer should do.'
    )
    expect(finding.expected).toBe('a next action, e.g. "We will refund £4.99 by Friday 27 November."')
    expect(statusOf(report, 'actions')).toBe('fail')
  })

  it('does not count a sentence without an actor', async () => {
    const report = await actions('More information will follow in due course. Thank you for your patience.')
    expect(findingsOf(report, ID).map(at)).toEqual(['5:45'])
  })

  it('looks only at the last paragraphs (option paragraphs)', async () => {
    const text = 'We will send you a tracking link today.\n\nWe have made boots since 1952.\n\nEvery pair is made by hand.'
    expect(findingsOf(await actions(text), ID)).toHaveLength(1)
    expect(findingsOf(await actions(text, {rules: {[ID]: {options: {paragraphs: 3}}}}), ID)).toEqual([])
  })

  it('skips trailing courtesy paragraphs, and reports at the real end of the body', async () => {
    const good = await actions('It will arrive by Thursday 26 November.\n\nThank you again for your patience.\n\nWe look forward to hearing from you.')
    expect(findingsOf(good, ID)).toEqual([])
    const bad = await actions('We have made boots since 1952.\n\nWe look forward to hearing from you.')
    expect(findingsOf(bad, ID).map(at)).toEqual(['7:1'])
  })
})

describe('actions/action-time', () => {
  it('is quiet when a next action earlier in the body has a date', async () => {
    const text = 'Dear Ms Kelly,\n\nThank you for sending the photographs of the damage in your kitchen.\n\nA loss adjuster will contact you by Tuesday 1 December to arrange a visit.\n\nIn the meantime, please keep any receipts for emergency repairs.\n\nIf you have any questions, call me on 0161 850 2277.\n\nBest wishes,\nMohammed Iqbal'
    expect(findingsOf(await lintText(text, {rules}), 'actions/action-time')).toEqual([])
  })
  const ID = 'actions/action-time'
  it('warns when the next action has no time, without failing the criterion', async () => {
    const report = await actions('We will send you a tracking link. Please call us on 01604 496 0215 if it does not arrive.')
    const [finding] = findingsOf(report, ID)
    expect(at(finding)).toBe('5:1')
    expect(finding.severity).toBe('warning')
    expect(finding.message).toBe('The next actions do not say when they will happen.')
    expect(finding.actual).toBe('We will send you a tracking link.')
    expect(statusOf(report, 'actions')).toBe('pass')
  })

  it.each([
    'We will send you a tracking link by Friday 27 November.',
    'We will send you a tracking link within 2 working days.',
    'We will send you a tracking link tomorrow.',
    'The courier will deliver on 3 December between 8am and 1pm.',
    'You do not need to do anything. If you have any questions, call us on 01604 496 0215.',
    'No further action is needed. If you have any questions, call us on 01604 496 0215.'
  ])('is quiet on "%s"', async (ending) => {
    expect(findingsOf(await actions(ending), ID)).toEqual([])
  })
})

describe('actions/response-route', () => {
  const ID = 'actions/response-route'
  it('warns when there is no way to reply or get help', async () => {
    const report = await actions('It will arrive by Thursday 26 November.')
    const [finding] = findingsOf(report, ID)
    expect(at(finding)).toBe('5:1')
    expect(finding.severity).toBe('warning')
    expect(finding.message).toBe('The message does not tell the customer how to reply or get help.')
  })

  it.each([
    'It will arrive by Thursday 26 November. If it does not, reply to this email.',
    'It will arrive by Thursday 26 November. Any questions, just let us know.',
    'It will arrive by Thursday 26 November. You can also ask in any of our shops.'
  ])('is quiet on "%s"', async (ending) => {
    expect(findingsOf(await actions(ending), ID)).toEqual([])
  })

  it('accepts a phone number in a signature block set aside after "-- "', async () => {
    const report = await lintText(`${opening}It will arrive by Thursday 26 November.\n\nThanks,\nSophie\n\n-- \nSophie Turner | Tollgate Boots\n01604 496 0215`, {rules})
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('accepts a phone number or email address in the signature', async () => {
    const report = await lintText(`${opening}It will arrive by Thursday 26 November.${close}\nhelp@tollgateboots.co.uk`, {rules})
    expect(findingsOf(report, ID)).toEqual([])
  })
})

describe('actions/vague-time', () => {
  const ID = 'actions/vague-time'
  it('flags each vague time with what to write instead', async () => {
    const report = await actions('We will send a tracking link soon and reply to your question in due course. Call us on 01604 496 0215.')
    const found = findingsOf(report, ID)
    expect(found.map((finding) => [at(finding), finding.actual, finding.severity])).toEqual([
      ['5:30', 'soon', 'warning'],
      ['5:62', 'in due course', 'warning']
    ])
    expect(found[0].message).toBe('"soon" is a vague time: the customer cannot tell when to expect it.')
    expect(found[0].suggestion).toBe('Replace "soon" with a date or a time limit, e.g. "by Friday 27 November".')
    expect(statusOf(report, 'actions')).toBe('pass')
  })

  it('reads "as soon as possible" as one phrase and leaves "as soon as we receive" alone', () => {
    expect(vagueTimes('Please reply as soon as possible.').map((item) => item.phrase)).toEqual(['as soon as possible'])
    expect(vagueTimes('We will refund you as soon as we receive the boots.')).toEqual([])
    expect(vagueTimes('Please send them ASAP, or at your earliest convenience.').map((item) => item.phrase)).toEqual([
      'ASAP',
      'at your earliest convenience'
    ])
  })

  it('is quiet on specific times', async () => {
    expect(findingsOf(await actions('We will reply by Friday 27 November. Call us on 01604 496 0215.'), ID)).toEqual([])
  })
})

describe('hasTime', () => {
  it.each(['by Friday 27 November', 'within 5 working days', 'on 3 December', 'tomorrow', 'by 5pm', 'the same day', 'on {{delivery_date}}'])(
    'finds a time in "%s"',
    (text) => expect(hasTime(text)).toBe(true)
  )
  it.each(['soon', 'in due course', 'when we can', 'shortly'])('finds no time in "%s"', (text) => expect(hasTime(text)).toBe(false))
})

describe('actions data', () => {
  it('has no pattern that can backtrack exponentially', {timeout: 600_000}, async () => {
    const data = (await import('../../rules/actions/lexicon.json', {with: {type: 'json'}})).default
    const patterns = [...data.actions, ...data.times, ...data.response, ...Object.keys(data.vague).map((pattern) => `\\b${pattern}\\b`)]
    // Exponential, or no verdict at all (recheck could not judge it).
    const exponential = patterns.filter((pattern) => ['exponential', undefined].includes(verdictOf(pattern, 'iu').complexity))
    expect(exponential).toEqual([])
  })
})
