/** The proofreading half of the spelling criterion: each rule on slips and on careful writing. */
import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {proofreadingRules} from '../../rules/spelling/proofreading.js'
import {defaultSettings, lintSource} from '../../src/engine/index.js'
import {readSource} from '../../src/input/index.js'
import type {Settings, SourceFormat} from '../../src/types.js'
import {at, emailWithBody, lintText, statusOf} from '../helpers.js'

const IDS = new Set(proofreadingRules.map((rule) => rule.id))

/** `line:column rule actual→expected` of every proofreading finding. */
async function found(
  text: string,
  options: {settings?: Partial<Settings>; format?: SourceFormat} = {}
): Promise<string[]> {
  const report = await lintText(text, {rules: proofreadingRules, settings: options.settings, format: options.format})
  return report.findings
    .filter((finding) => IDS.has(finding.ruleId))
    .map((finding) => `${at(finding)} ${finding.ruleId.slice(9)} ${finding.actual}→${finding.expected ?? ''}`)
}

const email = emailWithBody

describe('spelling/repeated-word', () => {
  it('reports a doubled word, also across a line break and at a sentence start, and fails the criterion', async () => {
    const report = await lintText(
      email(
        'We will send the the replacement today. I have asked our team to\nto call you. The the courier is booked.'
      ),
      {rules: proofreadingRules}
    )
    expect(
      report.findings
        .filter((finding) => finding.ruleId === 'spelling/repeated-word')
        .map((finding) => [at(finding), finding.actual, finding.expected])
    ).toEqual([
      ['6:14', 'the the', 'the'],
      ['6:63', 'to\nto', 'to'],
      ['7:14', 'The the', 'The']
    ])
    expect(statusOf(report, 'spelling')).toBe('fail')
  })

  it('allows words doubled on purpose, names, numbers and punctuation between', async () => {
    const body =
      'The best offer we had had all year was this one. I know that that is frustrating. We sent her her refund on Monday. ' +
      'What it is is a delay at the depot, and what we do do is call you first. Please log in in the top corner. ' +
      'Our Walla Walla branch has it. Rooms 10 10 and 12 are free. No, no, you have done nothing wrong. The problem is is not yours.'
    expect(await found(email(body))).toEqual([])
  })
})

describe('spelling/indefinite-article', () => {
  it('reports a/an by sound, with the right article', async () => {
    expect(
      await found(
        email(
          'We will call within a hour. It was an one-off charge. Please send a email, not an letter. He is an university lecturer with a honest view.'
        )
      )
    ).toEqual([
      '6:21 indefinite-article a→an',
      '6:36 indefinite-article an→a',
      '6:67 indefinite-article a→an',
      '6:80 indefinite-article an→a',
      '6:97 indefinite-article an→a',
      '6:125 indefinite-article a→an'
    ])
  })

  it('is quiet on exceptions, acronyms, brands, labels and numbers starting with 0', async () => {
    const body =
      'Your car needs an MOT (a MOT certificate is enclosed). It is a one-off charge for a European customer, and an SMS will follow with a URL. ' +
      'Call a 0800 number, or use an iPhone or an eBay account. Choose Plan A or option a) below. It is an historic building, an hotel in fact. ' +
      'We sent an 8-page booklet and a 12-page guide about a university course and a user account.'
    expect(await found(email(body))).toEqual([])
  })
})

describe('spelling/lowercase-i', () => {
  it("reports the pronoun i, i'm, i've, i'll and i'd", async () => {
    expect(
      await found(
        email("Thank you. i have checked it and i'm sorry. i’ve asked twice, so i'll call you, as i'd promised.")
      )
    ).toEqual([
      '6:12 lowercase-i i→I',
      "6:34 lowercase-i i'm→I'm",
      '6:45 lowercase-i i’ve→I’ve',
      "6:66 lowercase-i i'll→I'll",
      "6:84 lowercase-i i'd→I'd"
    ])
  })

  it('is quiet on i.e., list markers, roman numerals and labels', async () => {
    const body =
      'Please send one document, i.e. a bill. See part i of the form and section i below.\n\ni) your receipt\n(ii) a photo\ni. the box\n\nI will check them.'
    expect(await found(email(body))).toEqual([])
  })
})

describe('spelling/sentence-capital', () => {
  it('reports a body sentence starting in lower case, after a full stop or at a paragraph start', async () => {
    expect(
      await found(
        email(
          'Thank you for your letter. we have refunded the £36.20 today! it reaches your card soon.\n\nthanks again for your patience.'
        )
      )
    ).toEqual(['6:28 sentence-capital we→We', '6:63 sentence-capital it→It', '8:1 sentence-capital thanks→Thanks'])
  })

  it('is quiet after abbreviations, in lists, on brands, URLs, numbers and hard-wrapped lines', async () => {
    const body =
      'Please bring one document, e.g. a bill, i.e. proof of address, etc. and approx. two photos. Your order no. shown above is ready. ' +
      'We open Mon. to Fri. from 9 a.m. each day.\n' +
      'Our team can also help with\nyour meter reading if you call us.\n\n' +
      'You can:\n\n- call us\n- write to us\n\n1. pack the item\n2) print the label\na) keep the receipt\n\n' +
      'eBay and iPhone orders come next. 3 parcels have arrived. www.brightwell.co.uk has the details. help@brightwell.co.uk answers fast. ' +
      'He said "yes?" and left. I was wondering... could you call us? We use npower for energy.'
    expect(await found(email(body), {settings: {guidelines: {terms: ['giffgaff']}}})).toEqual([])
  })
})

describe('spelling/final-punctuation', () => {
  it('reports a full body paragraph that ends without a full stop', async () => {
    expect(
      await found(
        email(
          'Thank you for your email. I have sent the replacement today and it should reach you by Friday\n\nPlease call us if it does not arrive'
        )
      )
    ).toEqual(['6:93 final-punctuation Friday→Friday.', '8:36 final-punctuation arrive→arrive.'])
  })

  it('is quiet on headings, short lines, lists, labels, URLs, codes and lines introducing a list', async () => {
    const body =
      'What happens next\n\nWe collect the parcel on Monday. You can follow it online at https://www.brightwell.co.uk/track\n\n' +
      'To arrange the collection, please have the following ready:\n\n- the parcel, packed and sealed\n- your order number\n\n' +
      'Reference: ORD-35034 for the collection booked\n\nThe courier will call you first on 0161 496 0732\n\n' +
      'Please also have these to hand:\nyour receipt\nthe original box\nany accessories\n\nThanks again for letting us know\n\n' +
      'If you have questions, email us at help@brightwell.co.uk'
    expect(await found(email(body))).toEqual([])
  })

  it('is quiet when the layout carries the sentence on into the next block, and not when nothing follows', async () => {
    const carried =
      'Please remember to send us your meter reading by\n\n# Monday 7 December\n\n' +
      'We are writing to remind you that you have until\n\n**noon on Friday 11 December**\n\n' +
      'to return the signed form to the address on your letter. Thank you for your help.'
    expect(await found(email(carried), {format: 'markdown'})).toEqual([])
    expect(
      await found(email('Thank you for your email. Please send the signed form back to us by'), {format: 'markdown'})
    ).toEqual(['6:67 final-punctuation by→by.'])
  })

  it('is quiet on the salutation, the close and the signature', async () => {
    expect(
      await found(
        'Hi Sam\n\nThank you for your email. The engineer will call on Tuesday morning.\n\nBest wishes\nLeah Morgan\nCustomer Services Team at Brightwell Home Limited\n'
      )
    ).toEqual([])
  })
})

describe('spelling/double-space', () => {
  it('warns on two or three spaces between words, without failing the criterion', async () => {
    const report = await lintText(email('I have sent the  replacement today,  and it should arrive   by Friday.'), {
      rules: proofreadingRules
    })
    expect(report.findings.map((finding) => [at(finding), finding.ruleId, finding.severity])).toEqual([
      ['6:16', 'spelling/double-space', 'warning'],
      ['6:36', 'spelling/double-space', 'warning'],
      ['6:58', 'spelling/double-space', 'warning']
    ])
    expect(statusOf(report, 'spelling')).toBe('pass')
  })

  it('is quiet after a full stop, on indentation, columns, line ends and in HTML and Markdown', async () => {
    const body =
      'Thank you.  I have sent it today.  Is that all right?  Yes.\n    Indented line here.\nAmount due:        £36.20\nTrailing spaces here.  '
    expect(await found(email(body))).toEqual([])
    expect(
      await found('Dear Ms Shah,\n\nI have sent the  replacement today.\n\nKind regards,\nLeah\n', {format: 'markdown'})
    ).toEqual([])
  })
})

describe('spelling/unbalanced', () => {
  it('reports brackets and double quotes left open or closed without an opening', async () => {
    expect(
      await found(
        email(
          'Your refund (£36.20 will reach your card soon. The courier said "delivered to a neighbour.\n\nThe fee was waived) as agreed. He wrote “I will call” and “sorry.'
        )
      )
    ).toEqual(['6:13 unbalanced (→)', '6:65 unbalanced "→"', '8:19 unbalanced )→(', '8:59 unbalanced “→”'])
  })

  it('is quiet on list markers, smileys, URLs, inches and balanced pairs', async () => {
    const body =
      'Please send: 1) your receipt 2) a photo of the box.\n\na) the parcel\nb) the label\n\n' +
      'Thanks for the kind words :) and sorry for the wait :-( really. ' +
      'See https://en.wikipedia.org/wiki/Royal_Mail_(company) and (for returns) our "easy returns" page. It fits a 12" frame. ' +
      'He called it “excellent” (twice). Your laptop (order ORD-30858) and your kettle (ref. 8) arrived.'
    expect(await found(email(body))).toEqual([])
  })
})

describe('spelling/its-its', () => {
  it("reports its for it's and it's for its in the clear cases", async () => {
    expect(
      await found(
        email(
          "I am sorry its been so long. Its not what we promised. The box is back with it's own label and it's contents."
        )
      )
    ).toEqual([
      "6:12 its-its its been→it's been",
      "6:30 its-its Its not→It's not",
      "6:77 its-its it's own→its own",
      "6:96 its-its it's contents→its contents"
    ])
  })

  it('is quiet on the possessive and on it is', async () => {
    const body =
      "The company will do its best to help, and its original packaging is fine. It's on its way. Its no-claims bonus is safe, and its all-in price is fair. " +
      "It's been sent. It's original, not a copy. It's a good question."
    expect(await found(email(body))).toEqual([])
  })
})

describe('spelling/your-youre', () => {
  it("reports your for you're and you're for your in the clear cases", async () => {
    expect(
      await found(
        email(
          "You're order has been sent. If your not at home, the courier will leave a card. Thank you, your welcome. Your going to love it."
        )
      )
    ).toEqual([
      "6:1 your-youre You're order→Your order",
      "6:32 your-youre your not→you're not",
      "6:92 your-youre your welcome→you're welcome",
      "6:106 your-youre Your going to→You're going to"
    ])
  })

  it('is quiet on your + noun and you are', async () => {
    const body =
      'Your welcome pack is enclosed, and you have the right to cancel: your right to cancel lasts 14 days. Your A-level certificate and your A grade are safe. ' +
      "You're booking a slot, and you're welcome to call. Your correct address is on file."
    expect(await found(email(body))).toEqual([])
  })
})

describe('the good fixtures', () => {
  it('get well under one proofreading finding per 1,000 words', async () => {
    const root = new URL('../../fixtures/', import.meta.url).pathname
    let words = 0
    const findings: string[] = []
    for (const name of readdirSync(root).sort()) {
      if (
        !/(-good-|^holdout-|^fmt-)/.test(name) ||
        name.endsWith('.expected.json') ||
        !/\.(txt|md|eml|html|docx)$/.test(name)
      )
        continue
      const report = await lintSource(await readSource(root + name), defaultSettings())
      words += report.facts.words
      for (const finding of report.findings)
        if (IDS.has(finding.ruleId)) findings.push(`${name} ${at(finding)} ${finding.ruleId}`)
    }
    expect(words).toBeGreaterThan(3000)
    expect((findings.length * 1000) / words, findings.join('\n')).toBeLessThan(0.5)
  })
})
