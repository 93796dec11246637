import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/clarity/index.js'
import type {Settings} from '../../src/types.js'
import {at, findingsOf, lintText, statusOf} from '../helpers.js'

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
    expect(finding.suggestion).toBe(
      'Shorten sentences (now 23 words on average; aim for 15–20) and use everyday words for long ones.'
    )
    expect(statusOf(report, 'clarity')).toBe('fail')
  })

  it('warns within the margin and takes the target from the audience, the guidelines and the option', async () => {
    expect(summary(await clarity(PLAIN, {rules: {[ID]: {options: {target: 4}}}}), ID)).toEqual([
      '3:1 warning The body reads at grade 5.5 (Flesch–Kincaid; reading ease 78), above the target of 4 (rule option).'
    ])
    expect(summary(await clarity(PLAIN, {guidelines: {readingTarget: 1}}), ID)).toEqual([
      '3:1 error The body reads at grade 5.5 (Flesch–Kincaid; reading ease 78), above the target of 1 (organisation guidelines).'
    ])
    // A short body (under 100 words) fails only at twice the margin; within the tolerance, nothing.
    expect(summary(await clarity(PLAIN, {guidelines: {readingTarget: 2}}), ID)).toEqual([
      '3:1 warning The body reads at grade 5.5 (Flesch–Kincaid; reading ease 78), above the target of 2 (organisation guidelines).'
    ])
    expect(summary(await clarity(PLAIN, {guidelines: {readingTarget: 5}}), ID)).toEqual([])
    expect(
      summary(await clarity(BUREAUCRATIC, {rules: {[ID]: {options: {audience: 'business', margin: 11}}}}), ID)
    ).toEqual([
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
    const list =
      'To claim, please send us:\n- a photo of the damage\n- the receipt or the order confirmation email\n- your bank details for the refund\n- a short note of what happened on the day'
    const report = await clarity(`${withNumbers}\n\n${list}`)
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('takes its limits from the options', async () => {
    const report = await clarity(LONG_26, {rules: {[ID]: {options: {warning: 10, error: 20}}}})
    expect(summary(report, ID)).toEqual([
      '3:1 error This sentence has 29 words, more than 20: "We are sorry that the engineer who visited your h…".'
    ])
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
  it('does not count list markers and abbreviations as sentences', async () => {
    const steps =
      'Please restart the router:\n1. Switch the router off at the wall.\n2. Wait approx. 30 seconds.\n3. Switch it back on.\n4. Wait for the green light.'
    expect(summary(await clarity(`${PLAIN.split('\n\n')[0]}\n\n${steps}`), ID)).toEqual([])
  })
})

describe("clarity rules on lists, links and a careful writer's long sentence", () => {
  it('judges each item of a list on its own, not the list as one paragraph', async () => {
    const items = Array.from(
      {length: 8},
      (_, index) => `${index + 1}. Check the meter in room ${index + 1} and write down the reading.`
    )
    expect(
      summary(await clarity(`Please follow these steps:\n\n${items.join('\n')}`), 'clarity/paragraph-length')
    ).toEqual([])
    const long =
      'Please check the meter. It is under the stairs. Write down the reading. Take a photo of it. Send it to us. We will check it. Then we will send you a bill.'
    expect(summary(await clarity(`- ${long}\n- Call us if you are stuck.`), 'clarity/paragraph-length')).toEqual([
      '3:3 warning An item of the list in paragraph 1 is long: 33 words in 7 sentences.'
    ])
  })
  it('leaves a sentence of up to 30 words alone among short ones, and reports it among long ones', async () => {
    const careful =
      'If you do not send the reading by Friday 27 November, we will estimate your bill from the readings we took at your home last winter instead. ' +
      'That is all we need. Thank you for your help.'
    expect(summary(await clarity(careful), 'clarity/sentence-length')).toEqual([])
    const wordy =
      'If you do not send the reading by Friday 27 November, we will estimate your bill from the readings we took at your home last winter instead. ' +
      'We will then write to you with the estimated bill, and you will be able to query it if you think that it is wrong.'
    expect(summary(await clarity(wordy), 'clarity/sentence-length')).toEqual([
      '3:1 warning This sentence has 26 words, more than 25: "If you do not send the reading by Friday 27 Novem…".'
    ])
    // Judged against the other sentences: one short sentence beside it is not a body of long ones,
    // though the two average more than 20 words; a body of that one sentence alone is.
    const pair =
      'If you do not send the reading by Friday 27 November, we will estimate your bill from the readings we took at your home last winter instead. ' +
      'Thank you for sending us your meter readings, which we received from you by post last week.'
    expect(summary(await clarity(pair), 'clarity/sentence-length')).toEqual([])
    expect(
      summary(
        await clarity(
          'If you do not send the reading by Friday 27 November, we will estimate your bill from the readings we took at your home last winter instead.'
        ),
        'clarity/sentence-length'
      )
    ).toEqual([
      '3:1 warning This sentence has 26 words, more than 25: "If you do not send the reading by Friday 27 Novem…".'
    ])
  })
  it('does not count the words of a link address for the reading level', async () => {
    const body =
      'You can read the guide on our website. It tells you how to read your meter and send us the reading. It takes a few minutes. ' +
      'Go to https://www.example.co.uk/help/understanding-consumption-measurement-documentation-requirements-information to read it. ' +
      'If you have any questions, call us on 0113 496 0518.'
    expect(summary(await clarity(body), 'clarity/reading-level')).toEqual([])
  })
  it('reports wordy phrases in any of their forms, and a light verb with a noun', async () => {
    const found = summary(
      await clarity(
        'We made a decision on your claim. We are now in a position to pay, and we carried out an investigation.'
      ),
      'clarity/wordy-phrase'
    )
    expect(found.map((line) => line.split(' is wordy')[0])).toEqual([
      '3:4 warning "made a decision on"',
      '3:38 warning "are now in a position to"',
      '3:75 warning "carried out an investigation"'
    ])
  })
  it('does not take an ordinary word in capitals for an acronym', async () => {
    expect(
      summary(await clarity('Cooking the stuffing on its own is MUCH safer.'), 'clarity/unexplained-acronym')
    ).toEqual([])
  })
})

describe('clarity/body-length', () => {
  const ID = 'clarity/body-length'
  const long = Array.from({length: 9}, () => PLAIN).join('\n\n')
  it("warns over 400 words and fails over the guidelines' maximum", async () => {
    expect(summary(await clarity(long), ID)).toEqual(['3:1 warning The body has 666 words, more than 400.'])
    const report = await clarity(PLAIN, {guidelines: {maxWords: 50}})
    expect(summary(report, ID)).toEqual(['3:1 error The body has 74 words, more than 50 (organisation guidelines).'])
    expect(findingsOf(report, ID)[0].suggestion).toBe(
      'Cut about 24 words: keep the answer, what happens next and how to get help; drop repetition and background the customer already knows.'
    )
    expect(findingsOf(await clarity(PLAIN), ID)).toEqual([])
  })
})

describe('clarity/passive-voice', () => {
  const ID = 'clarity/passive-voice'
  it('reports a passive with a named doer, with the active rewrite', async () => {
    const report = await clarity(
      'Your parcel was damaged by the courier. Your claim has been reviewed by us. The decision was made by Northern Rail last week.'
    )
    expect(summary(report, ID)).toEqual([
      '3:13 warning Passive voice: "was damaged by the courier" puts the doer last.',
      '3:52 warning Passive voice: "has been reviewed by us" puts the doer last.',
      '3:90 warning Passive voice: "was made by Northern Rail" puts the doer last.'
    ])
    expect(findingsOf(report, ID).map((finding) => finding.suggestion)).toEqual([
      'Put the doer first: "the courier damaged your parcel".',
      'Put the doer first: "we have reviewed your claim".',
      'Put the doer first: "Northern Rail made the decision".'
    ])
    expect(findingsOf(report, ID)[0].expected).toBe('the courier damaged your parcel')
  })

  it('names the doer without a rewrite when the tense has none', async () => {
    const report = await clarity('Your meter will be read by our engineer on Friday.')
    expect(summary(report, ID)).toEqual([
      '3:12 warning Passive voice: "will be read by our engineer" puts the doer last.'
    ])
    expect(findingsOf(report, ID)[0].suggestion).toBe('Put the doer first: "our engineer …".')
    const past = await clarity('Thank you for your complaint, which was received by our team on Monday.')
    expect(findingsOf(past, ID).map((finding) => finding.suggestion)).toEqual([
      'Put the doer first: "our team received …".'
    ])
  })

  it('does not take a time or a means for a doer, nor adjectives for passives', async () => {
    const report = await clarity(
      'Your order has been dispatched by tracked delivery. It will be delivered by Friday. The receipt was sent by email. ' +
        'I am pleased that you are satisfied. Your invoice is attached. Please be advised that the branch is closed.'
    )
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('reports passives without a doer only when they pile up', async () => {
    const few = await clarity(
      'Your order has been dispatched. It will be delivered on Friday. Please call us if it does not arrive.'
    )
    expect(findingsOf(few, ID)).toEqual([])
    const many = await clarity(
      'Your complaint was received. It was passed to a manager. Your account was checked. A mistake was found. A refund was approved.'
    )
    expect(summary(many, ID)[0]).toBe(
      '3:16 warning Passive voice: "was received" does not say who did it (5 passives in 5 sentences).'
    )
    expect(findingsOf(many, ID)).toHaveLength(5)
    const always = await clarity('Your order has been dispatched.', {rules: {[ID]: {options: {agentless: 'always'}}}})
    expect(summary(always, ID)).toEqual([
      '3:12 warning Passive voice: "has been dispatched" does not say who did it (1 passives in 1 sentences).'
    ])
  })
})

describe('clarity/wordy-phrase', () => {
  const ID = 'clarity/wordy-phrase'
  it('reports wordy phrases with the plain alternative, keeping the capital', async () => {
    const report = await clarity(
      'In order to change your delivery date, we need your order number. We will call you prior to the visit. Please be advised that the office is closed at this moment in time.'
    )
    expect(summary(report, ID)).toEqual([
      '3:1 warning "In order to" is wordy: use "To".',
      '3:84 warning "prior to" is wordy: use "before".',
      '3:104 warning "Please be advised that" is wordy: delete it.',
      '3:148 warning "at this moment in time" is wordy: use "now".'
    ])
    expect(findingsOf(report, ID).map((finding) => finding.suggestion)).toEqual([
      'Replace "In order to" with "To".',
      'Replace "prior to" with "before".',
      'Delete "Please be advised that".',
      'Replace "at this moment in time" with "now".'
    ])
  })

  it('leaves words that are normal in customer service alone', async () => {
    const report = await clarity(
      'Thank you for your request regarding your order. We will provide an additional voucher and ensure that your purchase is refunded. If you need any assistance, please reply.'
    )
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('reads "permitted use of" after "the" as a noun phrase, and a verb with its object as wordy', async () => {
    expect(findingsOf(await clarity('The guide sets out the permitted use of our logo on your van.'), ID)).toEqual([])
    expect(summary(await clarity('The new card permits the use of contactless payments in shops.'), ID)).toEqual([
      '3:14 warning "permits the use of" is wordy: use "lets you use".'
    ])
  })

  it('does not match across a comma, and honours ignore', async () => {
    expect(findingsOf(await clarity('We checked it in order, to be sure.'), ID)).toEqual([])
    expect(summary(await clarity('We need your postcode in order\nto check the line.'), ID)).toEqual([
      '3:23 warning "in order to" is wordy: use "to".'
    ])
    expect(summary(await clarity('As per your request, we have closed the account.'), ID)).toEqual([
      '3:1 warning "As per" is wordy: use "As" or "Under" or "Following".'
    ])
    const report = await clarity('We will call you prior to the visit.', {
      rules: {[ID]: {options: {ignore: ['prior to']}}}
    })
    expect(findingsOf(report, ID)).toEqual([])
  })
})

describe('clarity/unexplained-acronym', () => {
  const ID = 'clarity/unexplained-acronym'
  it('reports the first unexplained use of each acronym, with the plain words when known', async () => {
    const report = await clarity(
      'Please read our T&Cs before you sign. Your DD will change, and the DD date is on the form. We pay refunds by BACS under our SLA.'
    )
    expect(summary(report, ID)).toEqual([
      '3:17 warning "T&Cs" is not explained the first time it is used.',
      '3:44 warning "DD" is not explained the first time it is used.',
      '3:110 warning "BACS" is not explained the first time it is used.',
      '3:125 warning "SLA" is not explained the first time it is used.'
    ])
    expect(findingsOf(report, ID)[1].suggestion).toBe(
      'Write "direct debit (DD)" the first time, or just "direct debit".'
    )
    // Four warnings in 24 words: the density rule fails the criterion, not the acronyms themselves.
    expect(findingsOf(report, 'clarity/density')).toHaveLength(1)
  })

  it('accepts "direct debit (DD)" and "APR (annual percentage rate)" on first use', async () => {
    const report = await clarity(
      'Your direct debit (DD) will change. The APR (annual percentage rate) stays at 9.9%. Your next DD is on 1 May.'
    )
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('knows what every customer knows, codes, postcodes and brand terms', async () => {
    const report = await clarity(
      'Your MOT is due, and VAT is included. Ask your GP or the NHS. The tracking number is TB 4829 1170 GB, and our depot is at S10 5NJ. Your PIN and ID are safe. ZEBRA stores open at 9am. Mr AB Khan and Dr JR Hartley will call.',
      {guidelines: {terms: ['ZEBRA']}}
    )
    expect(findingsOf(report, ID)).toEqual([])
  })

  it('reports an unknown acronym with a general suggestion, and honours allow', async () => {
    const report = await clarity('The KYC checks are done. Your case is with the CRT.')
    expect(findingsOf(report, ID).map((finding) => finding.suggestion)).toEqual([
      'Write "identity checks (KYC)" the first time, or just "identity checks".',
      'Spell it out the first time, followed by "(CRT)", or use plain words instead.'
    ])
    expect(
      findingsOf(await clarity('Your case is with the CRT.', {rules: {[ID]: {options: {allow: ['CRT']}}}}), ID)
    ).toEqual([])
  })
})

describe('clarity/unexplained-acronym in quotations', () => {
  it('leaves an acronym inside a quoted message alone, and reports one outside it', async () => {
    const report = await clarity(
      'If the screen shows "PPP failure" or “DNS error”, restart the router. Our SLA covers the visit.'
    )
    expect(summary(report, 'clarity/unexplained-acronym')).toEqual([
      '3:75 warning "SLA" is not explained the first time it is used.'
    ])
  })
})

describe('clarity/hedge', () => {
  const ID = 'clarity/hedge'
  it('reports weakening hedges and a pile of softeners', async () => {
    const report = await clarity(
      'I think your refund has been processed, and hopefully it will arrive by Friday. I am really very sorry for the wait.'
    )
    expect(summary(report, ID)).toEqual([
      '3:1 warning "I think" weakens what you say: the customer cannot tell whether it is true.',
      '3:45 warning "hopefully" weakens what you say: the customer cannot tell whether it is true.',
      '3:86 warning 2 softeners pile up in one sentence ("really", "very"): together they weaken it.'
    ])
    expect(findingsOf(report, ID)[2].suggestion).toBe(
      'Keep at most one of "really", "very", or give the exact figure or fact instead.'
    )
  })

  it('leaves a single softener and "kind of" as a noun alone', async () => {
    const report = await clarity(
      'I am very sorry that your sofa was late. What kind of cover would you like? We usually reply within a day.'
    )
    expect(findingsOf(report, ID)).toEqual([])
  })
})

describe('clarity/redundancy', () => {
  const ID = 'clarity/redundancy'
  it('reports redundant pairs with the shorter form', async () => {
    const report = await clarity(
      'Each and every visit comes with a free gift. We will give you advance warning, and the end result will be a new boiler.'
    )
    expect(summary(report, ID)).toEqual([
      '3:1 warning "Each and every" says the same thing twice: "Each" is enough.',
      '3:35 warning "free gift" says the same thing twice: "gift" is enough.',
      '3:63 warning "advance warning" says the same thing twice: "warning" is enough.',
      '3:88 warning "end result" says the same thing twice: "result" is enough.'
    ])
    expect(findingsOf(report, ID)[0].suggestion).toBe('Replace "Each and every" with "Each".')
  })

  it('leaves "12 noon", "advance notice" and "full and final" alone', async () => {
    const report = await clarity(
      'We will come between 8am and 12 noon. We will give you advance notice. This is a full and final settlement.'
    )
    expect(findingsOf(report, ID)).toEqual([])
  })
})

describe('clarity/density', () => {
  const ID = 'clarity/density'
  it('fails a body with more than 3 clarity warnings per 100 words', async () => {
    const report = await clarity(
      'Please be advised that your DD has been changed. In order to help, we will basically refund the fee prior to the next payment. With regard to your SLA, each and every call is recorded.'
    )
    expect(summary(report, ID)).toEqual([
      '3:1 error 8 clarity warnings in 35 words (22.9 per 100 words, more than 3): 4 wordy-phrase, 2 unexplained-acronym, 1 hedge, 1 redundancy.'
    ])
    expect(statusOf(report, 'clarity')).toBe('fail')
  })

  it('passes a body with a few warnings in many words, and does not count passives without a doer', async () => {
    const report = await clarity(
      `${PLAIN}\n\nYour complaint was received. It was passed to a manager. Your account was checked. A mistake was found. In order to help, we will refund you.`,
      {rules: {'clarity/passive-voice': {options: {agentless: 'always'}}}}
    )
    expect(findingsOf(report, ID)).toEqual([])
    expect(findingsOf(report, 'clarity/passive-voice')).toHaveLength(4)
  })
})
