/** The tone criterion: each rule on failing and passing correspondence, exact positions and messages. */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/tone/index.js'
import {complaintPatterns} from '../../rules/tone/text.js'
import type {Settings} from '../../src/types.js'
import {at, findingsOf, lintText, statusOf} from '../helpers.js'
import {verdictOf} from '../support/regex-verdicts.js'

async function run(text: string, ruleId: string, settings?: Partial<Settings>): Promise<string[]> {
  const report = await lintText(text, {rules: rules.filter((rule) => rule.id === ruleId), settings})
  return findingsOf(report, ruleId).map((finding) => `${at(finding)} ${finding.severity} ${finding.message}`)
}

/** `run` for the blame rules together (tone/blame and tone/negative-phrasing), in the report's order. */
async function runBlame(text: string): Promise<string[]> {
  const ids = new Set(['tone/blame', 'tone/negative-phrasing'])
  const report = await lintText(text, {rules: rules.filter((rule) => ids.has(rule.id))})
  return report.findings
    .filter((finding) => ids.has(finding.ruleId))
    .map((finding) => `${at(finding)} ${finding.severity} ${finding.message}`)
}

function email(
  body: string,
  {subject = 'Your order 48213', greeting = 'Dear Ms Mensah,', close = 'Kind regards,', after = ''} = {}
): string {
  return `Subject: ${subject}\nTo: ruth.mensah@example.com\n\n${greeting}\n\n${body}\n\n${close}\n\nDaniel Hughes\nBrightwell Home\n0161 496 0732\n${after}`
}

describe('tone/rapport', () => {
  it('warns when the body opens with a bare demand, bad news or a reference', async () => {
    expect(
      await run(email('Send us your receipt by Friday 27 November. We will then refund you.'), 'tone/rapport')
    ).toEqual(['6:1 warning The body opens with a bare demand: "Send us your receipt by Friday 27 November.".'])
    expect(
      await run(
        email('Unfortunately we cannot refund order 48213. It was bought more than 60 days ago.'),
        'tone/rapport'
      )
    ).toEqual([
      '6:1 warning The body opens with bad news or officialese: "Unfortunately we cannot refund order 48213.".'
    ])
    expect(await run(email('Order 48213.\n\nYour refund has been approved.'), 'tone/rapport')).toEqual([
      '6:1 warning The body opens with a bare reference: "Order 48213.".'
    ])
  })
  it('is quiet on thanks, apologies, hopes and neutral statements of purpose', async () => {
    for (const first of [
      'Thank you for your email about order 48213.',
      'I am sorry that your bookshelves arrived late.',
      'I hope you are well.',
      'I am writing about your order 48213.',
      'Your refund of £4.99 for order 48213 has been approved.',
      'Please accept our apologies for the late delivery of order 48213.'
    ]) {
      expect(
        await run(email(`${first} You will see the refund by Friday 27 November.`), 'tone/rapport'),
        first
      ).toEqual([])
    }
  })
})

describe('tone/empathy', () => {
  const facts =
    'The parcel was held at our depot. I have refunded the £4.99 delivery charge, and you will see it by Friday 27 November.'
  it('fails a complaint reply (by subject, quoted message, body wording or preset) that neither acknowledges nor apologises', async () => {
    const message = (why: string) =>
      `6:1 error The reply answers a complaint or a problem (${why}) but neither acknowledges it nor apologises.`
    expect(await run(email(facts, {subject: 'Re: Complaint about order 48213'}), 'tone/empathy')).toEqual([
      message('the subject mentions "complaint"')
    ])
    expect(await run(email(facts, {subject: 'Re: Order 48213 not arrived'}), 'tone/empathy')).toEqual([
      message('the subject mentions "not arrived"')
    ])
    const quoted = email(facts, {
      subject: 'Re: Order 48213',
      after:
        '\nOn 20 Nov 2026, at 09:12, Ruth Mensah <ruth.mensah@example.com> wrote:\n> The bookshelves came three days late. I want a refund of the delivery charge.\n'
    })
    expect(await run(quoted, 'tone/empathy')).toEqual([message('the quoted message mentions "late"')])
    expect(
      await run(email(`Thank you for your email. I have looked into your complaint. ${facts}`), 'tone/empathy')
    ).toEqual([
      '6:1 error The reply answers a complaint or a problem (the body mentions "your complaint") but neither acknowledges it nor apologises.'
    ])
    expect(await run(email(facts), 'tone/empathy', {preset: 'complaint-reply'})).toEqual([
      message('this is a complaint reply')
    ])
  })
  it('warns when the reply acknowledges the problem but does not apologise', async () => {
    expect(
      await run(
        email(`I understand how frustrating this must have been. ${facts}`, {
          subject: 'Re: Complaint about order 48213'
        }),
        'tone/empathy'
      )
    ).toEqual([
      '6:1 warning The reply acknowledges the problem but does not apologise (the subject mentions "complaint"): add an apology or regret.'
    ])
  })
  it('passes an apology or regret (curly apostrophes too), and ignores drafts that answer no complaint', async () => {
    for (const apology of [
      'I am sorry that your bookshelves arrived late.',
      'I’m sorry your bookshelves arrived late.',
      'We regret that your order was late.',
      'Please accept my apologies.'
    ]) {
      expect(
        await run(email(`${apology} ${facts}`, {subject: 'Re: Complaint about order 48213'}), 'tone/empathy'),
        apology
      ).toEqual([])
    }
    expect(await run(email(facts, {subject: 'Refund of £4.99 for order 48213'}), 'tone/empathy')).toEqual([])
    expect(
      await run(
        email('We replaced the faulty keyboard and your laptop is ready to collect.', {
          subject: 'Your laptop repair is ready'
        }),
        'tone/empathy'
      )
    ).toEqual([])
  })
  it('does not treat a forward to a colleague as a reply to the customer', async () => {
    expect(
      await run(
        email('Please could you call the customer below today?', {
          subject: 'FW: Complaint about engineer visit',
          greeting: 'Hi team,',
          close: 'Thanks,'
        }),
        'tone/empathy'
      )
    ).toEqual([])
  })
})

describe('tone/blame and tone/negative-phrasing', () => {
  it('errors on blame and warns on milder negatives, with a positive alternative', async () => {
    const report = await lintText(
      email(
        'Thank you for your email. As I already explained, you failed to tell us the porch was not secure. Our policy states that we cannot replace it, and you must call your insurer.'
      ),
      {rules: rules.filter((rule) => rule.id === 'tone/blame' || rule.id === 'tone/negative-phrasing')}
    )
    expect(
      [...findingsOf(report, 'tone/blame'), ...findingsOf(report, 'tone/negative-phrasing')].map((finding) => [
        at(finding),
        finding.severity,
        finding.message,
        finding.suggestion
      ])
    ).toEqual([
      [
        '6:27',
        'error',
        '"As I already explained" sounds impatient, as if the customer should have listened.',
        'Rephrase positively, e.g. "To recap,".'
      ],
      [
        '6:51',
        'error',
        '"you failed to" blames the customer for what went wrong.',
        'Rephrase positively, e.g. "it looks like … was not …".'
      ],
      [
        '6:99',
        'warning',
        '"Our policy states" hides behind rules instead of explaining.',
        'Rephrase positively, e.g. "We can … because …".'
      ],
      ['6:148', 'warning', '"you must" sounds like an order.', 'Rephrase positively, e.g. "please".']
    ])
    expect(statusOf(report, 'tone')).toBe('fail')
  })
  it('warns on "unfortunately" more than once and "problem" piled up; quiet on negated blame and on good replies', async () => {
    expect(
      await run(
        email('Unfortunately the part is out of stock. Unfortunately the supplier cannot say when.'),
        'tone/negative-phrasing'
      )
    ).toEqual(['6:41 warning "Unfortunately" is used 2 times: more than one \'unfortunately\' piles up bad news.'])
    expect(
      await run(
        email('The problem was a label problem. We fixed the problem, and the issue is closed.'),
        'tone/negative-phrasing'
      )
    ).toEqual([
      "6:47 warning \"problem\" is used 4 times: repeating 'problem' keeps the reader's attention on what went wrong.",
      "6:64 warning \"issue\" is used 4 times: repeating 'problem' keeps the reader's attention on what went wrong."
    ])
    expect(
      await run(email('You must have been very worried, and you must be disappointed.'), 'tone/negative-phrasing')
    ).toEqual([])
    expect(
      await runBlame(
        email('I am sorry: this was not your fault. Unfortunately the parcel was damaged, so I have sent a new one.')
      )
    ).toEqual([])
    expect(await runBlame(readFileSync('fixtures/complaint-reply-good-late-delivery.txt', 'utf8'))).toEqual([])
  })
})

describe('tone/blame: one pattern for the ways people say it', () => {
  const blameOf = async (body: string) =>
    (await runBlame(email(body))).map((line) => line.split(' "')[0] + ' ' + line.split('"')[1])
  it('catches blame however it is worded: inflections, "should of", the customer\'s fault, hiding behind policy', async () => {
    expect(await blameOf('You have failed to send the form. You failing to call us did not help.')).toEqual([
      '6:1 error You have failed to',
      '6:35 error You failing to'
    ])
    expect(await blameOf('You should of read the terms before buying.')).toEqual(['6:1 error You should of'])
    expect(await blameOf('The courier says it is always the customers fault.')).toEqual([
      '6:31 error the customers fault'
    ])
    expect(await blameOf('Per our policy, refunds take 14 days. We cannot do anything more for you.')).toEqual([
      '6:1 warning Per our policy',
      '6:39 warning We cannot do anything more'
    ])
  })
  it('catches words that judge the customer or the staff, from the evaluative lexicon', async () => {
    expect(await blameOf('Our warehouse staff, who are frankly useless, sent the wrong size.')).toEqual([
      '6:1 error Our warehouse staff, who are frankly useless'
    ])
    expect(await blameOf('Our plumber Gary is useless with boilers, so we have sent a new engineer.')).toEqual([
      '6:1 error Our plumber Gary is useless'
    ])
    expect(await blameOf('You were careless with the box, so it broke.')).toEqual(['6:1 error You were careless'])
  })
  it('is quiet where a careful writer is: apologies, praise, states and feelings, negation, requirements', async () => {
    for (const body of [
      'I am sorry our driver was rude to you on Tuesday; I have spoken to him.',
      'Our warehouse team were quick to find your parcel, and it is on its way.',
      'I understand you were disappointed, and that you were charged twice.',
      "This was not the customer's fault, and we have refunded you in full.",
      'You should have received your refund by now; if not, please reply to this email.',
      'If you change the figures, you must sign the statement again.',
      'We cannot do anything until the form arrives, so please send it by Friday.',
      'There is a strict embargo on the results until 6 May. You must not share them with anyone before then.',
      'Under the terms of your licence, you must display the certificate in the shop.'
    ]) {
      expect(await runBlame(email(body)), body).toEqual([])
    }
  })

  it('still reports an order with no rule behind it, or one behind "our policy" or in another paragraph', async () => {
    for (const body of [
      'You must send us the form by Friday.',
      'Our policy is clear on this. You must send us the form by Friday.',
      'There is an embargo on the results until 6 May.\n\nYou must send us the form by Friday.'
    ]) {
      expect((await run(email(body), 'tone/negative-phrasing')).join('\n'), body).toMatch(
        /"You must" sounds like an order/
      )
    }
  })
})

describe('tone/register', () => {
  it('errors on text-speak and warns on informal words in an email; informal is an error in a letter; chat allows it', async () => {
    const draft = email('Thanks for your email lol. No worries, I am gonna send the form today.', {
      greeting: 'Hey Ruth,'
    })
    expect(await run(draft, 'tone/register')).toEqual([
      '4:1 warning "Hey" is too informal for customer correspondence.',
      '6:23 error "lol" is text-speak for customer correspondence.',
      '6:28 warning "No worries" is too informal for customer correspondence.',
      '6:45 error "gonna" is text-speak for customer correspondence.'
    ])
    expect(await run(draft, 'tone/register', {preset: 'letter'})).toEqual([
      '4:1 error "Hey" is too informal for a letter.',
      '6:23 error "lol" is text-speak for a letter.',
      '6:28 error "No worries" is too informal for a letter.',
      '6:45 error "gonna" is text-speak for a letter.'
    ])
    expect(await run(draft, 'tone/register', {preset: 'chat'})).toEqual([
      '6:23 warning "lol" is text-speak for customer correspondence.',
      '6:45 warning "gonna" is text-speak for customer correspondence.'
    ])
  })
  it('allows a little text-speak in chat, but a reply made of it fails', async () => {
    const chat = {preset: 'chat'} as Partial<Settings>
    expect(await run('Thanks for waiting. Your parcel is coming tomorrow, thx.\n\nMax', 'tone/register', chat)).toEqual(
      ['1:53 warning "thx" is text-speak for customer correspondence.']
    )
    const piled = await run('hey!! thx for ur msg, ur parcel is def coming 2moro.\n\nMax', 'tone/register', chat)
    expect(piled.length).toBe(6)
    expect(piled.every((line) => line.includes(' error '))).toBe(true)
    expect(await run('Thank you for waiting. Your parcel is coming tomorrow.\n\nMax', 'tone/register', chat)).toEqual(
      []
    )
  })
  it('warns on bureaucratic phrases (tone/bureaucratic), errors from the third, and warns on a mixed register', async () => {
    expect(await run(email('Please be advised that your form is enclosed herewith.'), 'tone/register')).toEqual([])
    expect(await run(email('Please be advised that your form is enclosed herewith.'), 'tone/bureaucratic')).toEqual([
      '6:1 warning "Please be advised that" is bureaucratic.',
      '6:37 warning "enclosed herewith" is bureaucratic.'
    ])
    expect(
      await run(
        email('Please be advised that the undersigned will revert to you pursuant to our terms.'),
        'tone/bureaucratic'
      )
    ).toEqual([
      '6:1 error "Please be advised that" is bureaucratic (4 such phrases: the reply reads like a form).',
      '6:24 error "the undersigned" is bureaucratic (4 such phrases: the reply reads like a form).',
      '6:45 error "revert to you" is bureaucratic (4 such phrases: the reply reads like a form).',
      '6:59 error "pursuant to" is bureaucratic (4 such phrases: the reply reads like a form).'
    ])
    expect(
      await run(
        email('Thank you for your order 48213.', {greeting: 'Dear Sir or Madam,', close: 'Cheers,'}),
        'tone/register'
      )
    ).toEqual(['8:1 warning "Dear Sir or Madam," and "Cheers," mix a formal greeting with a casual close.'])
  })
  it('reports emoji by preset, and leaves the letter U in a code alone', async () => {
    expect(
      await run(email('Your refund is on its way :) and should arrive by Friday 27 November 🎉'), 'tone/register')
    ).toEqual([
      '6:27 warning ":)" (emoji or emoticon) is too casual for customer correspondence.',
      '6:70 warning "🎉" (emoji or emoticon) is too casual for customer correspondence.'
    ])
    expect(
      await run(email('Please fit the new U bend and reply to this email if it still leaks.'), 'tone/register')
    ).toEqual([])
  })
})

describe('tone/shouting', () => {
  it('errors on a run of capitals, warns on a shouted word and on repeated exclamation marks', async () => {
    expect(
      await run(
        email('PLEASE NOTE THAT YOUR POLICY ENDS on 7 December. This is NOT a renewal notice!! Call us.'),
        'tone/shouting'
      )
    ).toEqual([
      '6:1 error 6 words in capitals read as shouting: "PLEASE NOTE THAT YOUR POLICY ENDS".',
      '6:58 warning "NOT" in capitals reads as shouting.',
      '6:78 warning "!!": repeated exclamation marks sound like shouting.'
    ])
  })
  it('errors on three or more exclamation marks and warns on every "!" after the first in a letter', async () => {
    expect(await run(email('Your parcel is on its way!!! It will arrive on Monday!'), 'tone/shouting')).toEqual([
      '6:26 error "!!!": repeated exclamation marks sound like shouting.'
    ])
    const letter = readFileSync('fixtures/tone-flawed-shouting-letter.txt', 'utf8')
    expect((await run(letter, 'tone/shouting')).slice(0, 1)).toEqual([
      '19:142 warning More than one "!" in a letter: keep exclamation marks for the one sentence that needs one, if any.'
    ])
  })
  it('accepts acronyms, codes and reference numbers', async () => {
    expect(
      await run(
        email('Your ISA with ORD-123 and HMRC reference AB 12 CD is confirmed by the FCA. Ref ORD 4471 is closed.'),
        'tone/shouting'
      )
    ).toEqual([])
  })
})

describe('tone/profanity in British English', () => {
  it('fails British swearing the plugin does not know, but not a literal "bloody nose"', async () => {
    expect(
      await run(email('Your parcel is late again. Bloody typical. The sodding courier lost it.'), 'tone/profanity')
    ).toEqual([
      '6:28 error "Bloody" is swearing to a British reader.',
      '6:48 error "sodding" is swearing to a British reader.'
    ])
    expect(
      await run(email('Your claim for the bloody nose you suffered in our store has been approved.'), 'tone/profanity')
    ).toEqual([])
    // The customer's words on a line quoted with ">" are theirs, wherever the splitter put them.
    const quoted = email('We have sent the missing screws today.', {
      after: '\n-- \nBrightwell Home Ltd\n\n> I wasted my whole bloody evening.\n'
    })
    expect(await run(quoted, 'tone/profanity')).toEqual([])
  })
  it('does not report the King or the Queen as gendered wording: in the UK they are a title', async () => {
    expect(
      await run(
        email("Congratulations on your King's Award for Enterprise. The Queen's Award logo can no longer be used."),
        'tone/insensitive'
      )
    ).toEqual([])
  })
})

describe('tone/profanity and tone/insensitive', () => {
  it('reports profanity and insensitive words, not their business false alarms', async () => {
    const draft = email(
      'Our chairman saw the damn crack in the pipe. The engineer will execute the repair; he will call you. The period ends soon and the payment failed.'
    )
    expect(await run(draft, 'tone/profanity')).toEqual(['6:22 warning "damn" may read as profane or rude.'])
    expect(await run(draft, 'tone/insensitive')).toEqual([
      '6:5 warning "chairman" may be insensitive: consider "chair", "head", "chairperson", "coordinator", "committee head", "moderator", "presiding officer".'
    ])
    expect(await run(email('I am sorry, this is bullshit.'), 'tone/profanity')).toEqual([
      '6:21 error "bullshit" is profane or offensive.'
    ])
    const household = email(
      'The engineer will replace the white box in your hall, check the septic tank by the gable wall and bring a spade. Your white goods and the Christmas crackers are in the nook.'
    )
    expect(await run(household, 'tone/profanity')).toEqual([])
  })
})

describe('tone criterion', () => {
  it('never reports inside a quoted customer message', async () => {
    const quoted = readFileSync('fixtures/tone-good-quoted-anger.txt', 'utf8')
    const report = await lintText(quoted)
    expect(
      report.findings.filter((finding) => finding.criterion === 'tone' || finding.criterion === 'commitments')
    ).toEqual([])
    expect(statusOf(report, 'tone')).toBe('pass')
    expect(statusOf(report, 'commitments')).toBe('pass')
  })
  it('finds nothing in any fixture inside a quote, forward or signature part', async () => {
    for (const name of readdirSync('fixtures').filter((file) => /\.(txt|md)$/.test(file))) {
      const report = await lintText(readFileSync(`fixtures/${name}`, 'utf8'), {
        format: name.endsWith('.md') ? 'markdown' : 'text'
      })
      const setAside = report.parts.filter((part) => part.kind === 'quote' || part.kind === 'forward')
      for (const finding of report.findings.filter(
        (item) => item.criterion === 'tone' || item.criterion === 'commitments'
      )) {
        expect(
          setAside.some((part) => finding.start.offset >= part.start.offset && finding.start.offset <= part.end.offset),
          `${name} ${at(finding)} ${finding.ruleId}`
        ).toBe(false)
      }
    }
  })
  it('passes the well-written complaint reply and fails the angry, blaming one', async () => {
    const good = await lintText(readFileSync('fixtures/tone-good-complaint-reply.txt', 'utf8'))
    expect(
      good.findings.filter((finding) => finding.criterion === 'tone' || finding.criterion === 'commitments')
    ).toEqual([])
    const angry = await lintText(readFileSync('fixtures/tone-flawed-angry-blaming.txt', 'utf8'))
    expect([statusOf(angry, 'tone'), statusOf(angry, 'commitments')]).toEqual(['fail', 'fail'])
  })
})

describe('tone lists', () => {
  it('complaint patterns built from complaint.json are safe from catastrophic backtracking', {timeout: 600_000}, () => {
    for (const pattern of complaintPatterns)
      expect(verdictOf(pattern.source, pattern.flags).status, pattern.source).toBe('safe')
  })
})
