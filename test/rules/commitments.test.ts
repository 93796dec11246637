/** The commitments criterion: each rule on failing and passing correspondence, exact positions and messages. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import guaranteeList from '../../rules/commitments/guarantee.json' with {type: 'json'}
import {rules} from '../../rules/commitments/index.js'
import type {Settings} from '../../src/types.js'
import {at, findingsOf, lintText, statusOf} from '../helpers.js'
import {verdictOf} from '../support/regex-verdicts.js'

async function run(text: string, ruleId: string, settings?: Partial<Settings>): Promise<string[]> {
  const report = await lintText(text, {rules: rules.filter((rule) => rule.id === ruleId), settings})
  return findingsOf(report, ruleId).map((finding) => `${at(finding)} ${finding.severity} ${finding.message}`)
}

function email(body: string, subject = 'Your order 48213'): string {
  return `Subject: ${subject}\nTo: ruth.mensah@example.com\n\nDear Ms Mensah,\n\nThank you for your email about order 48213. ${body}\n\nKind regards,\n\nDaniel Hughes\nBrightwell Home\n0161 496 0732\n`
}

describe('commitments/guarantee', () => {
  it('warns on guarantees and absolutes, and suggests a safer wording; two in one sentence are errors', async () => {
    const report = await lintText(
      email('We guarantee it will arrive definitely by tomorrow, and this will never happen again.'),
      {rules}
    )
    expect(
      findingsOf(report, 'commitments/guarantee').map((finding) => [
        at(finding),
        finding.severity,
        finding.actual,
        finding.suggestion
      ])
    ).toEqual([
      ['6:45', 'error', 'We guarantee', 'Write something like "We aim to" instead.'],
      [
        '6:73',
        'error',
        'definitely by tomorrow',
        'Write something like "we aim to have it with you by tomorrow" instead.'
      ],
      [
        '6:106',
        'error',
        'will never happen again',
        'Write something like "we have taken steps to stop this happening again" instead.'
      ]
    ])
    expect(statusOf(report, 'commitments')).toBe('fail')
    const single = await lintText(email('We guarantee it. It will arrive tomorrow, and we have changed how we pack.'), {
      rules
    })
    expect(findingsOf(single, 'commitments/guarantee').map((finding) => [finding.severity, finding.actual])).toEqual([
      ['warning', 'We guarantee']
    ])
    expect(statusOf(single, 'commitments')).toBe('pass')
    expect(await run(email('Your parcel is coming tomorrow, I guarantee it 100%.'), 'commitments/guarantee')).toEqual([
      '6:77 error "I guarantee" is an unconditional promise the organisation may not be able to keep, and a customer can hold you to it.',
      '6:92 error "100%" is an absolute promise: nothing in customer service is certain.'
    ])
    expect(await run(email('Our network is 100% fibre.'), 'commitments/guarantee')).toEqual([
      '6:60 warning "100%" is an absolute promise: nothing in customer service is certain.'
    ])
  })
  it('is an error with the complaint-reply preset, and quiet on plain statements of what was done or a price of £100', async () => {
    expect(
      await run(email('We guarantee a reply within 24 hours.'), 'commitments/guarantee', {preset: 'complaint-reply'})
    ).toEqual([
      '6:45 error "We guarantee" is an unconditional promise the organisation may not be able to keep, and a customer can hold you to it.'
    ])
    expect(
      await run(email('I have refunded the £100 charge, and we aim to reply within 24 hours.'), 'commitments/guarantee')
    ).toEqual([])
  })
})

describe('commitments/liability', () => {
  it('fails on admissions of liability or negligence', async () => {
    const report = await lintText(email('It was our fault, and we accept full liability for the damage.'), {rules})
    expect(
      findingsOf(report, 'commitments/liability').map(
        (finding) => `${at(finding)} ${finding.severity} ${finding.actual} → ${finding.expected}`
      )
    ).toEqual([
      '6:45 error It was our fault → I am sorry this happened',
      '6:67 error we accept full liability → I am sorry this happened, and I have arranged …'
    ])
    expect(statusOf(report, 'commitments')).toBe('fail')
  })
  it('passes apologies and refusals of responsibility', async () => {
    expect(
      await run(
        email(
          'I am sorry this happened. We cannot accept responsibility for parcels left in a safe place, and it was not our fault.'
        ),
        'commitments/liability'
      )
    ).toEqual([])
    expect(
      await run(readFileSync('fixtures/complaint-reply-good-billing-error.txt', 'utf8'), 'commitments/liability')
    ).toEqual([])
  })
})

describe('commitments/blame-colleagues', () => {
  it('warns on blaming a colleague or team; an error when the draft answers a complaint', async () => {
    const body = 'I am sorry: my colleague got it wrong and the warehouse sent the wrong size.'
    expect(await run(email(body), 'commitments/blame-colleagues')).toEqual([
      '6:57 warning "my colleague got it wrong" blames a colleague or another team in writing: the customer reads it as the organisation\'s own fault, and it may be unfair to the colleague.',
      '6:87 warning "the warehouse sent the wrong" blames a colleague or another team in writing: the customer reads it as the organisation\'s own fault, and it may be unfair to the colleague.'
    ])
    expect(
      (await run(email(body, 'Re: Complaint about order 48213'), 'commitments/blame-colleagues')).map((line) =>
        line.split(' ').slice(0, 2).join(' ')
      )
    ).toEqual(['6:57 error', '6:87 error'])
  })
  it('warns on running down a colleague with a judging word, but not in an apology', async () => {
    const found = await run(
      email('Our warehouse staff, who are frankly useless, sent the wrong size.'),
      'commitments/blame-colleagues'
    )
    expect(found.map((line) => line.split(' blames')[0].split(' runs')[0])).toEqual([
      '6:45 warning "Our warehouse staff, who are frankly useless"'
    ])
    expect(
      await run(email('I am sorry our plumber was rude to you; I have spoken to him.'), 'commitments/blame-colleagues')
    ).toEqual([])
    expect(
      await run(email('Our plumber is very experienced and will call you first.'), 'commitments/blame-colleagues')
    ).toEqual([])
  })
  it('is quiet on neutral facts about colleagues', async () => {
    expect(
      await run(
        email('Our engineer will call you 30 minutes before he arrives, and the warehouse has sent a medium today.'),
        'commitments/blame-colleagues'
      )
    ).toEqual([])
  })
})

describe('commitments/outside-control', () => {
  it('warns on promises of what a third party will do; an error when the promise has a date', async () => {
    expect(await run(email('The courier will definitely deliver it.'), 'commitments/outside-control')).toEqual([
      '6:45 warning "The courier will definitely" promises what a third party will do: the organisation cannot control it, but the customer will hold you to it.'
    ])
    expect(await run(email('The courier will definitely deliver it tomorrow.'), 'commitments/outside-control')).toEqual(
      [
        '6:45 error "The courier will definitely" promises what a third party will do: the organisation cannot control it, but the customer will hold you to it.'
      ]
    )
    // Any form of deliver, and arrive, after a courier or the post office.
    const dated = await run(
      email('Royal Mail will deliver your card by Friday, and DPD will arrive between 10am and 11am.'),
      'commitments/outside-control'
    )
    expect(dated.map((line) => line.split(' "')[0])).toEqual(['6:45 error', '6:94 warning'])
  })
  it('is quiet on what the writer expects or has done', async () => {
    expect(
      await run(
        email(
          'I have sent it by next-day delivery, so it should reach you tomorrow. We will refund the £4.99 by Friday.'
        ),
        'commitments/outside-control'
      )
    ).toEqual([])
  })
  it("is quiet on a booked visit by a partner, but not on what the customer's bank will do", async () => {
    expect(
      await run(
        email(
          'An Openreach engineer will visit on Thursday 3 December between 8am and 1pm. The courier will collect the parcel on Friday.'
        ),
        'commitments/outside-control'
      )
    ).toEqual([])
    expect(
      (await run(email('Your bank will refund the charge within two days.'), 'commitments/outside-control')).length
    ).toBe(1)
  })
})

describe('commitments/legal', () => {
  it('warns on legal advice and fails on legal threats', async () => {
    expect(
      await run(email('You have no legal right to a refund, and we will sue if you do not pay.'), 'commitments/legal')
    ).toEqual([
      '6:45 warning "You have no legal right" reads as legal advice or a legal threat, which a customer-service reply must not give.',
      '6:86 error "we will sue" reads as legal advice or a legal threat, which a customer-service reply must not give.'
    ])
  })
  it('fails on telling the customer to go to court, however it is put', async () => {
    const found = await run(
      email('You could always take the supplier to the small claims court. You may wish to take them to court.'),
      'commitments/legal'
    )
    expect(found.map((line) => line.split(' advises')[0])).toEqual([
      '6:45 error "You could always take the supplier to the small claims court"',
      '6:107 error "You may wish to take them to court"'
    ])
    expect(
      await run(
        email('You can ask our complaints team to review this, or contact the Energy Ombudsman.'),
        'commitments/legal'
      )
    ).toEqual([])
  })
  it('matches a phrase written with its comma ("Legally, you must")', async () => {
    expect(await run(email('Legally, you must pay the balance.'), 'commitments/legal')).toEqual([
      '6:45 warning "Legally, you must" reads as legal advice or a legal threat, which a customer-service reply must not give.'
    ])
  })
  it('is quiet when pointing to terms and independent advice', async () => {
    expect(
      await run(
        email('Our returns policy covers 30 days. Citizens Advice can explain your consumer rights.'),
        'commitments/legal'
      )
    ).toEqual([])
  })
})

describe('commitments/compensation', () => {
  const offer = 'We will pay you £500 for the inconvenience.'
  it('warns on an offer of money without authority language; an error with the complaint-reply preset', async () => {
    expect(await run(email(offer), 'commitments/compensation')).toEqual([
      '6:45 warning "We will pay you £500 for the inconvenience." offers compensation without showing it is authorised or arranged.'
    ])
    expect(await run(email(offer), 'commitments/compensation', {preset: 'complaint-reply'})).toEqual([
      '6:45 error "We will pay you £500 for the inconvenience." offers compensation without showing it is authorised or arranged.'
    ])
  })
  it('is quiet on arranged goodwill payments, refunds already made and settlements without an offer', async () => {
    for (const body of [
      'I have arranged a goodwill payment of £20, which will reach your account by Friday.',
      'As an apology, I have refunded the £4.99 delivery charge.',
      'We will pay £1,240 into your bank account by Wednesday 2 December.',
      'My manager has agreed that we will give you a £20 voucher for the inconvenience.'
    ]) {
      expect(await run(email(body), 'commitments/compensation'), body).toEqual([])
    }
  })
})

describe('commitments criterion', () => {
  it('passes the well-written complaint reply, fails the angry blaming one, and ignores the quoted message', async () => {
    const good = await lintText(readFileSync('fixtures/commit-good-goodwill-payment.txt', 'utf8'))
    expect(good.findings.filter((finding) => finding.criterion === 'commitments')).toEqual([])
    const angry = await lintText(readFileSync('fixtures/tone-flawed-angry-blaming.txt', 'utf8'))
    expect(
      findingsOf(angry, 'commitments/blame-colleagues').map((finding) => `${at(finding)} ${finding.severity}`)
    ).toEqual(['8:215 error'])
    expect(statusOf(angry, 'commitments')).toBe('fail')
    const quoted = await lintText(readFileSync('fixtures/tone-good-quoted-anger.txt', 'utf8'))
    expect(quoted.findings.filter((finding) => finding.criterion === 'commitments')).toEqual([])
  })
})

describe('commitments lists', () => {
  it('regular expressions kept as data are safe from catastrophic backtracking', {timeout: 600_000}, () => {
    for (const {pattern} of guaranteeList.patterns) expect(verdictOf(pattern, 'giu').status, pattern).toBe('safe')
  })
})
