import {describe, expect, it} from 'vitest'
import {splitDocument} from '../src/document/index.js'
import {textSource} from '../src/input/text.js'

function split(text: string) {
  const doc = splitDocument(textSource(text))
  const line = (offset: number) => text.slice(0, offset).split('\n').length
  const slice = (span?: {start: number; end: number}) => (span ? text.slice(span.start, span.end) : undefined)
  return {doc, parts: doc.parts.map((part) => `${part.kind} ${line(part.start)}-${line(part.end)}`), slice}
}

const letter = `Brightwater Energy Ltd
14 Canal Street
Manchester M1 3HE

Mrs Anita Patel
22 Elm Grove
Leeds LS6 2AB

12 November 2026

Our ref: CS/48213

Dear Mrs Patel

Re: Your October bill

Thank you for your letter of 5 November about your bill. I am sorry for the confusion.

We will send a corrected bill by Friday 27 November.

Yours sincerely

Sam Okafor
Customer Relations Team
0161 496 0000
`

describe('splitDocument: a UK business letter', () => {
  const {doc, parts, slice} = split(letter)

  it('finds opening, body and closing lines', () => {
    expect(doc.kind).toBe('letter')
    // The close, then the signature block (name, team, phone) as its own part of the closing.
    expect(parts).toEqual(['opening 1-15', 'body 17-19', 'closing 21-21', 'signature 23-25'])
    expect(doc.setAside).toEqual([])
  })

  it('finds the letter furniture', () => {
    expect(doc.opening.addressBlocks.map(slice)).toEqual([
      'Brightwater Energy Ltd\n14 Canal Street\nManchester M1 3HE',
      'Mrs Anita Patel\n22 Elm Grove\nLeeds LS6 2AB'
    ])
    expect(slice(doc.opening.date)).toBe('12 November 2026')
    expect(doc.opening.references.map(slice)).toEqual(['Our ref: CS/48213'])
    expect(slice(doc.opening.subjectLine)).toBe('Re: Your October bill')
    expect(doc.opening.salutation).toMatchObject({
      text: 'Dear Mrs Patel',
      addressee: 'Mrs Patel',
      style: 'formal-named'
    })
  })

  it('finds the close, name and signature lines', () => {
    expect(doc.closing.complimentaryClose).toMatchObject({text: 'Yours sincerely', normalised: 'yours sincerely'})
    expect(slice(doc.closing.senderName)).toBe('Sam Okafor')
    expect(doc.closing.signatureLines.map(slice)).toEqual(['Customer Relations Team', '0161 496 0000'])
  })

  it('parses body sentences and words with offsets into the text', () => {
    expect(doc.body.paragraphs.map((paragraph) => paragraph.sentences.length)).toEqual([2, 1])
    for (const sentence of doc.sentences) {
      expect(letter.slice(sentence.start, sentence.end)).toBe(sentence.text)
      for (const word of sentence.words) expect(letter.slice(word.start, word.end)).toBe(word.text)
    }
    expect(doc.sentences[0].paragraph).toBe(-1) // the salutation
    expect(doc.body.paragraphs[0].sentences[0].text).toBe('Thank you for your letter of 5 November about your bill.')
  })

  it('blanks everything but the prose, keeping offsets', () => {
    expect(doc.prose.length).toBe(letter.length)
    expect(doc.prose.includes('Brightwater')).toBe(false)
    expect(doc.prose.includes('Dear Mrs Patel')).toBe(true)
  })
})

describe('splitDocument: emails', () => {
  it('reads header lines, a one-line greeting with body text, and a close with the name', () => {
    const text =
      'Subject: Your refund for order 48213\nTo: sam@example.com\n\nHi Sam, thanks for your email about order 48213.\nYour refund is on its way.\n\nThanks, Priya\n'
    const {doc, parts, slice} = split(text)
    expect(doc.kind).toBe('email')
    expect(doc.headers.subject?.value).toBe('Your refund for order 48213')
    expect(slice(doc.headers.subject)).toBe('Your refund for order 48213')
    expect(parts).toEqual(['headers 1-2', 'opening 4-4', 'body 4-5', 'closing 7-7'])
    expect(doc.opening.salutation).toMatchObject({text: 'Hi Sam,', style: 'informal'})
    expect(doc.body.paragraphs[0].text).toBe('thanks for your email about order 48213.\nYour refund is on its way.')
    expect(slice(doc.closing.senderName)).toBe('Priya')
  })

  it.each([
    ['Dear Sir or Madam,', 'formal-unnamed'],
    ['Dear Sir/Madam', 'formal-unnamed'],
    ['To whom it may concern:', 'formal-unnamed'],
    ['Dear valued customer,', 'formal-unnamed'],
    ['Dear Mr Khan,', 'formal-named'],
    ['Dear Ms. O’Brien,', 'formal-named'],
    ['Dear Amir,', 'informal'],
    ['Hello,', 'informal'],
    ['Good afternoon Mrs Patel,', 'time']
  ])('classifies "%s" as %s', (salutation, style) => {
    const {doc} = split(`${salutation}\n\nYour parcel was delivered today.\n\nKind regards,\nSam`)
    expect(doc.opening.salutation?.style).toBe(style)
  })

  it('does not take a sentence that starts with a greeting word for a salutation', () => {
    const {doc} = split(
      'Hello and welcome to the team. We are delighted you chose us for your energy supply.\n\nKind regards,\nSam'
    )
    expect(doc.opening.salutation).toBeUndefined()
    expect(doc.body.paragraphs).toHaveLength(1)
  })

  it('does not take "Thank you for …" at the end of the body for a close', () => {
    const {doc, slice} = split(
      'Dear Mr Khan,\n\nYour refund is approved.\n\nThank you for your patience.\n\nBest wishes,\nSam Okafor'
    )
    expect(doc.closing.complimentaryClose?.text).toBe('Best wishes,')
    expect(doc.body.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Your refund is approved.',
      'Thank you for your patience.'
    ])
    expect(slice(doc.closing.senderName)).toBe('Sam Okafor')
  })

  it('finds a trailing name block without a close', () => {
    const {doc, parts} = split(
      'Dear Mr Khan,\n\nYour refund is approved and will arrive by Friday.\n\nSam Okafor\nCustomer Relations'
    )
    expect(doc.closing.complimentaryClose).toBeUndefined()
    expect(parts).toEqual(['opening 1-1', 'body 3-3', 'signature 5-6'])
    expect(doc.closing.span).toBeDefined()
    expect(doc.text.slice(doc.closing.senderName!.start, doc.closing.senderName!.end)).toBe('Sam Okafor')
  })

  it('finds a signature block of several paragraphs below a short sign-off name', () => {
    const {doc, parts, slice} = split(
      'Hi Ravi,\n\nThe slides are attached.\n\nMeg\n\nMegan Ross\nHead of Research\nNorthwind Ltd\n\nPhone: 0113 496 0101\nmeg@example.com'
    )
    expect(slice(doc.closing.senderName)).toBe('Meg')
    expect(parts).toEqual(['opening 1-1', 'body 3-3', 'closing 5-5', 'signature 7-12'])
    // With no body above it, a name with a role and a phone number is still a signature.
    expect(split('Megan Ross\nHead of Research\n0113 496 0101').parts).toEqual(['signature 1-3'])
  })

  it('takes a placeholder addressee for a salutation, so the placeholder can be reported', () => {
    const {doc} = split(
      'Dear [Customer name],\n\nYour membership fee will change from January.\n\nYours sincerely,\nSam Okafor'
    )
    expect(doc.opening.salutation).toMatchObject({addressee: '[Customer name]', style: 'formal-named'})
  })

  it('does not take a one-line heading above the greeting for an address', () => {
    const {doc} = split('  Refund confirmation\n\nHi Sam,\n\nYour refund has been processed.\n\nKind regards,\nPriya')
    expect(doc.kind).toBe('email')
    expect(doc.opening.addressBlocks).toEqual([])
  })

  it('takes a sentence-case heading below the salutation for the subject line, as UK letters place it', () => {
    const {doc, slice} = split(
      'Dear Mr MacLeod,\n\nYour membership cancellation, reference HLC/88213\n\nThank you for your letter. I have cancelled it.\n\nYours sincerely,\nRhiannon Llewellyn'
    )
    expect(slice(doc.opening.subjectLine)).toBe('Your membership cancellation, reference HLC/88213')
    expect(slice(doc.body.paragraphs[0])).toBe('Thank you for your letter. I have cancelled it.')
  })

  it('keeps a first paragraph that lost its full stop, or the only paragraph, in the body', () => {
    for (const first of ['Thank you for your letter about the refund', 'We have received your parcel today']) {
      const {doc, slice} = split(`Dear Mr Khan,\n\n${first}\n\nIt will be processed by Friday.\n\nKind regards,\nSam`)
      expect(doc.opening.subjectLine).toBeUndefined()
      expect(slice(doc.body.paragraphs[0])).toBe(first)
    }
    const {doc} = split('Dear Mr Khan,\n\nYour refund of £4.99 is approved\n\nKind regards,\nSam')
    expect(doc.opening.subjectLine).toBeUndefined()
  })

  it('ends a sentence after a number and a full stop when a capital follows', () => {
    const {doc} = split(
      'Dear Mr Khan,\n\nThe road is closed between numbers 10 to 40. Your water supply will not change. We paid £4.99 on 3 May.\n\nKind regards,\nSam'
    )
    expect(doc.body.paragraphs[0].sentences.map((sentence) => sentence.text)).toEqual([
      'The road is closed between numbers 10 to 40.',
      'Your water supply will not change.',
      'We paid £4.99 on 3 May.'
    ])
    expect(doc.body.paragraphs[0].sentences[0].words.at(-1)).toMatchObject({text: '40'})
  })

  it('reads a first name alone on the first line as an informal greeting, but not a full name or a word', () => {
    for (const greeting of ['Shirley,', 'Daren:']) {
      const {doc, slice} = split(`${greeting}\n\nThe contract is signed. I will send you a copy today.\n\nVince`)
      expect(doc.opening.salutation).toMatchObject({text: greeting, style: 'informal'})
      expect(slice(doc.body.paragraphs[0])).toBe('The contract is signed. I will send you a copy today.')
    }
    for (const first of ['Dean Smith,', 'Yes,', 'Agenda:']) {
      const {doc} = split(`${first}\n\nThe contract is signed. I will send you a copy today.\n\nVince`)
      expect(doc.opening.salutation, first).toBeUndefined()
    }
  })

  it('finds a sign-off without a closing word: a dash and a name, or a first name under the last sentence', () => {
    for (const [end, name] of [
      ['\n\n-Shannon', 'Shannon'],
      ['\n-- Jo', 'Jo'],
      ['\nVince', 'Vince']
    ]) {
      const {doc, slice} = split(`Hi Sam,\n\nThe report is ready. I have put it on the shared drive.${end}`)
      expect(slice(doc.closing.senderName), end).toBe(name)
      expect(doc.closing.complimentaryClose).toBeUndefined()
      expect(doc.body.paragraphs.map(slice)).toEqual(['The report is ready. I have put it on the shared drive.'])
    }
    // A last line that is a sentence's end or a list item is not a name.
    const {doc} = split('Hi Sam,\n\nWe stock three sizes:\n- Small\n- Medium and large are sold out.')
    expect(doc.closing.span).toBeUndefined()
    expect(split('Hi Sam,\n\nWe stock two sizes:\n- Small\n- Large').doc.closing.span).toBeUndefined()
    // A list whose heading ends in a colon is not a name and its role lines (`Children:` / `Delayed growth`).
    expect(
      split('Lead can make you sick.\n\nChildren:\nDelayed growth\nLearning difficulties').doc.closing.span
    ).toBeUndefined()
  })

  it('reads a greeting to a couple or to a described, unnamed reader', () => {
    const {doc} = split('Dear Mr and Mrs Patel,\n\nYour claim is accepted.\n\nYours sincerely,\nAmy Lowe')
    expect(doc.opening.salutation).toMatchObject({addressee: 'Mr and Mrs Patel', style: 'formal-named'})
    expect(split('Dear Dr & Mr Khan,\n\nYour claim is accepted.').doc.opening.salutation?.style).toBe('formal-named')
    for (const addressee of ['Gold Award applicant', 'new customer', 'scheme member']) {
      const {doc: unnamed} = split(`Dear ${addressee},\n\nYour claim is accepted.\n\nYours faithfully,\nAmy Lowe`)
      expect(unnamed.opening.salutation, addressee).toMatchObject({addressee, style: 'formal-unnamed'})
    }
    // Still not a greeting: `Dear me` and a long lower-case run.
    expect(
      split('Dear me, what a day it has been for all of us here.\n\nKind regards,\nAmy').doc.opening.salutation
    ).toBeUndefined()
  })

  it('reads a close joined to a short greeting ("Diolch yn fawr and kind regards,")', () => {
    for (const [line, normalised] of [
      ['Diolch yn fawr and kind regards,', 'kind regards'],
      ['Happy holidays & best wishes', 'best wishes']
    ]) {
      const {doc} = split(`Hi Sam,\n\nYour tyres are fitted.\n\n${line}\nFfion`)
      expect(doc.closing.complimentaryClose?.normalised, line).toBe(normalised)
    }
    // A sentence that happens to contain "and thanks" is not a close.
    expect(
      split('Hi Sam,\n\nYour tyres are fitted.\n\nWe checked the brakes and thanks\nFfion').doc.closing
        .complimentaryClose
    ).toBeUndefined()
  })

  describe('service notifications', () => {
    const notify = `# Your blue badge application has been received

We have received your application for a blue badge.

We will write to you within 12 weeks. You can check its progress at any time:
https://www.example.gov.uk/blue-badge/track

Thank you,
The Blue Badge Team

You are receiving this email because you applied for a blue badge. Unsubscribe: https://www.example.gov.uk/u
`
    it('flags the Notify shape: a heading or link, no person signing, not a reply', () => {
      const {doc, slice} = split(notify)
      expect(doc.notification).toBe(true)
      expect(slice(doc.opening.subjectLine)).toBe('# Your blue badge application has been received')
      expect(doc.setAside.map((part) => part.kind)).toEqual(['footer'])
      // With a greeting too, and signed by an office.
      const greeted = split(
        'Dear Ms Rowe,\n\nYour account has been created. Sign in at https://example.gov.uk/in\n\nKind regards,\nThe Licensing Office'
      )
      expect(greeted.doc.notification).toBe(true)
    })

    it("does not flag a person's email, a reply, or a letter", () => {
      const signed = notify.replace('The Blue Badge Team', 'Amira Khan\nBlue Badge Team')
      expect(split(signed).doc.notification).toBeUndefined()
      const reply =
        'Subject: Re: Blue badge\n\nThank you for your email. Your application has been received: https://example.gov.uk/t\n\nThe Blue Badge Team'
      expect(split(reply).doc.notification).toBeUndefined()
      expect(split(letter).doc.notification).toBeUndefined()
    })

    it('flags a message the organisation starts and signs with an office or a team, whatever its wording', () => {
      expect(split('We have moved our office.\n\nKind regards,\nThe Support Team').doc.notification).toBe(true)
      const notice =
        'Dear Ms Rowe,\n\nThank you for sending your renewal form. We will check it by 12 March.\n\nKind regards,\nThe Licensing Office'
      expect(split(notice).doc.notification).toBe(true)
      // Not when it answers the customer's own message.
      expect(split(notice.replace('sending your renewal form', 'your email')).doc.notification).toBeUndefined()
    })

    it('finds the close and the sender above an annex with a long list, and keeps the annex out of the body', () => {
      const links = Array.from({length: 14}, (_, n) => `* Fund ${n + 1} https://www.example.org.uk/fund-${n + 1}`).join(
        '\n'
      )
      const {doc, slice} = split(
        `Dear Mr Osei,\n\nYour grant application was not successful this year. Annex A lists other funds.\n\nYours sincerely,\n\nRuth Adeyemi\nGrants Manager\n\n#Annex A: Other funds\n\n${links}\n`
      )
      expect(slice(doc.closing.complimentaryClose)).toBe('Yours sincerely,')
      expect(slice(doc.closing.senderName)).toBe('Ruth Adeyemi')
      expect(doc.body.paragraphs.length).toBe(1)
      expect(doc.setAside.map((part) => part.kind)).toEqual(['enclosure'])
    })

    it('reads Markdown headings as the body when nothing else would be, but an address line is still furniture', () => {
      const {doc, slice} = split('# Hello team,\n\n### This is a test message')
      expect(doc.body.paragraphs.map((paragraph) => slice(paragraph))).toEqual([
        '# Hello team,',
        '### This is a test message'
      ])
      // Headings above the body are still the opening when a body follows.
      const headed = split('# Your visit is booked\n\nYour visit to the museum is on 3 May at 10am.')
      expect(headed.doc.body.paragraphs.map((paragraph) => headed.slice(paragraph))).toEqual([
        'Your visit to the museum is on 3 May at 10am.'
      ])
    })
  })

  it('reads a first name followed on the same line by the body, but not a sentence opener', () => {
    for (const [line, greeting, rest] of [
      ['Chris, I do not think the invoice is right.', 'Chris,', 'I do not think the invoice is right.'],
      ['Justin - are the contracts signed?', 'Justin -', 'are the contracts signed?'],
      ['Kristin.', 'Kristin.', undefined]
    ]) {
      const {doc, slice} = split(`${line}\nPlease check the figures by Friday.\n\nThanks,\nVince`)
      expect(doc.opening.salutation?.text, line).toBe(greeting)
      if (rest) expect(slice(doc.body.paragraphs[0])?.startsWith(rest), line).toBe(true)
    }
    for (const line of [
      'However, the invoice is wrong.',
      'Attached, please find the contract.',
      'Unfortunately, we cannot help.',
      'Fine. The invoice is right.'
    ]) {
      expect(
        split(`${line}\nPlease check the figures by Friday.\n\nThanks,\nVince`).doc.opening.salutation,
        line
      ).toBeUndefined()
    }
  })

  it('reads sign-offs by initials, by a dash and name above contact lines, and closes with a wish or thanks for time', () => {
    const initials = split('Hi Sam,\n\nThe schema can be inferred. I will send an example.\n\njg')
    expect(initials.slice(initials.doc.closing.senderName)).toBe('jg')
    // A wrapped last word is not initials.
    expect(
      split('Hi Sam,\n\nThe schema can be inferred when you read it, and the same goes\nfor').doc.closing.span
    ).toBeUndefined()
    const dashed = split('Hi Sam,\n\nThe forms are revised.\n\n-Teresa Glaze\n-teresa@example.org')
    expect(dashed.slice(dashed.doc.closing.senderName)).toBe('Teresa Glaze')
    expect(dashed.parts).toEqual(['opening 1-1', 'body 3-3', 'closing 5-5', 'signature 6-6'])
    for (const [line, normalised] of [
      ["Best regards and Season's Greetings,", 'best regards'],
      ['Regards, and happy new year,', 'regards'],
      ['Thanks in advance for your time.', 'thanks'],
      ['Thank you for your co-operation -', 'thanks']
    ]) {
      expect(
        split(`Hi Sam,\n\nThe forms are revised.\n\n${line}\nMonica`).doc.closing.complimentaryClose?.normalised,
        line
      ).toBe(normalised)
    }
    expect(
      split('Hi Sam,\n\nThe forms are revised.\n\nThank you for your order of 4 May.\nMonica').doc.closing
        .complimentaryClose
    ).toBeUndefined()
  })

  it('finds the close above a long list of reference links', () => {
    const links = Array.from({length: 12}, (_, i) => `[${i}]: https://example.org/page/${i}`).join('\n')
    const {doc, slice} = split(
      `Hi all,\n\nSee the pages below. Is this supported?\n\nAll the best,\nSebastian\n\n${links}`
    )
    expect(doc.closing.complimentaryClose?.normalised).toBe('all the best')
    expect(slice(doc.closing.senderName)).toBe('Sebastian')
  })

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '\n\n\n',
      'Dear',
      'Kind regards,',
      '> quoted only',
      'Subject:\n',
      '\u0000\u0001',
      'a'.repeat(10000)
    ]) {
      expect(() => splitDocument(textSource(text))).not.toThrow()
    }
  })
})
