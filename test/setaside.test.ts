import {describe, expect, it} from 'vitest'
import {findSetAside} from '../src/document/setaside.js'

/** The set-aside parts as `kind first-last` (1-based lines) with their first and last lines' text. */
function parts(text: string): string[] {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length
  return findSetAside(text).map((part) => `${part.kind} ${lineOf(part.start)}-${lineOf(part.end)}`)
}

const close = `Kind regards,
Sam Patel
Customer Service Team
0161 496 0000`

describe('findSetAside', () => {
  it("sets nothing aside in a plain reply, and never the writer's sign-off", () => {
    const text = `Hi Mrs Cole,

Your refund of £20 was sent today.

${close}
`
    expect(findSetAside(text)).toEqual([])
  })

  it('sets aside an annex enclosed after the sign-off, but not a body line that mentions one', () => {
    const letter = `Dear Mr Osei,

Your grant application was not successful this year. Annex A lists other funds you could apply to.

Yours sincerely,
Ruth Adeyemi
Grants Manager

# Annex A: Other funds

* Community Fund https://www.example.org.uk/community
* Heritage Fund https://www.example.org.uk/heritage
`
    expect(parts(letter)).toEqual(['enclosure 9-12'])
    // An "Annex A" heading in the body, with no close above it, is the writer's own text.
    expect(
      parts('Dear Mr Osei,\n\nAnnex A\n\nThe funds are listed below.\n\nYours sincerely,\nRuth Adeyemi\n')
    ).toEqual([])
    // Prose between the close and the heading means the close was not the sign-off.
    expect(
      parts(
        `Dear Mr Osei,\n\nThanks,\nRuth\n\nI forgot to say that the form is attached to this email today.\n\nAppendix 2\n\nThe form.\n`
      )
    ).toEqual([])
  })

  it("sets aside a customer's > quote full of misspellings, with its attribution, to the end", () => {
    const text = `Hi Gareth,

I have refunded the kettle.

${close}

On Mon, 3 Mar 2025 at 09:12, Gareth Turner <g.turner@example.co.uk> wrote:
> The kettle arived with a crack and leaks everywere.
> I want my mony back.
`
    expect(parts(text)).toEqual(['quote 10-12'])
    const [quote] = findSetAside(text)
    expect(text.slice(quote.start, quote.end)).toBe(
      'On Mon, 3 Mar 2025 at 09:12, Gareth Turner <g.turner@example.co.uk> wrote:\n> The kettle arived with a crack and leaks everywere.\n> I want my mony back.'
    )
  })

  it('finds an attribution wrapped over two lines', () => {
    const text = `Thanks, that is sorted now.

On Mon, Aug 26, 2024 at 4:37 PM Harbour Bank Customer Services <
customer.services@harbourbank.example> wrote:

> Your card has been blocked.
`
    expect(parts(text)).toEqual(['quote 3-6'])
  })

  it.each([
    ['French', 'Le lun. 10 mars 2025 à 14:05, Claire Laurent <c.laurent@example.fr> a écrit :'],
    ['German', 'Am 11.03.2025 um 09:30 schrieb Lukas Becker <l.becker@example.de>:'],
    ['Spanish', 'El lun, 10 mar 2025 a las 14:05, Ana Ruiz (<ana@example.es>) escribió:']
  ])('finds a %s attribution', (_language, attribution) => {
    const text = `Your order has been sent.\n\n${attribution}\n> Hola\n`
    expect(parts(text)).toEqual(['quote 3-4'])
  })

  it('keeps a body sentence ending "wrote:" without a client attribution\'s address, time or year', () => {
    const text =
      'Dear Mr Hill,\n\nOn 12 March, our engineer wrote:\nThe boiler needs a new valve, which we will fit on Friday.\n\nKind regards,\nSam\n'
    expect(findSetAside(text)).toEqual([])
  })

  it('keeps inline answers between quoted runs as prose', () => {
    const text = `Hi Mrs Dawson,

> i ordred the blue jumper but recieved a green one

I am sorry. The blue jumper is on its way.

> can i keep the green one

Yes, please keep it.
`
    expect(parts(text)).toEqual(['quote 3-3', 'quote 7-7'])
  })

  it('sets aside an Outlook header block and everything after it, with the rule line above', () => {
    const text = `Dear Mr Lewis,

Your new card was posted today.

Yours sincerely,
Claire Bennett

________________________________
From: Owen Lewis <owen.lewis@example.com>
Sent: 10 March 2025 18:22
To: Card Services <cards@harbourbank.example>
Subject: lost card

Hi, I lost my card.
`
    expect(parts(text)).toEqual(['quote 8-14'])
  })

  it('takes header fields above "From:" into the quoted block', () => {
    const text =
      'Hi. I am fine.\n\nThanks,\nAlex\n\nDate: Thu, 26 Jun 2025 13:53:45 +0100\nSubject: Test message\nFrom: abc@example.com\nTo: alex@example.com\n\nHello!\n'
    expect(parts(text)).toEqual(['quote 6-11'])
  })

  it('does not treat a body line that starts with "From:" inside a sentence as a header block', () => {
    const text = `Hi Mr Singh,

Thank you for your call.
From: what you told me, the reading was estimated.
To: avoid this, please send a reading every three months.

Kind regards,
Olivia
`
    expect(findSetAside(text)).toEqual([])
  })

  it('does not treat headers at the very top of a draft as a quoted message', () => {
    const text = `From: Sam Patel <sam@example.co.uk>
To: Jo Whitfield <jo@example.com>
Subject: Your refund

Hi Jo,

Your refund is on its way.
`
    expect(findSetAside(text)).toEqual([])
  })

  it('marks forwarded messages and original-message separators', () => {
    expect(
      parts(
        'Please call her today.\n\n---------- Forwarded message ---------\nFrom: Eleanor <e@example.com>\n\nStill no refund.\n'
      )
    ).toEqual(['forward 3-6'])
    expect(parts('Please call her today.\n\nBegin forwarded message:\n\nStill no refund.\n')).toEqual(['forward 3-5'])
    expect(parts('Done.\n\n-----Original Message-----\nFrom: Jo\nSent: Monday\nStill waiting.\n')).toEqual([
      'quote 3-6'
    ])
  })

  it('marks a "-- " signature from the delimiter to the disclaimer', () => {
    const text = `Hi Rachel,

Your booking is confirmed.

Thanks,
Ben

-- 
Ben Foster | Bookings Team
Warmhome Services Ltd

This email is confidential and intended solely for the addressee.
`
    expect(parts(text)).toEqual(['signature 8-10', 'disclaimer 12-12'])
  })

  it('marks mobile boilerplate as signature', () => {
    expect(parts('Thanks,\nLucy\n\nSent from my iPhone\n')).toEqual(['signature 4-4'])
    expect(parts('Thanks,\nLucy\n\nGet Outlook for Android\n')).toEqual(['signature 4-4'])
    expect(parts('Thanks,\nLucy\n\nSent from Mail for Windows\n')).toEqual(['signature 4-4'])
  })

  it('does not treat a sentence that starts like boilerplate as a signature', () => {
    expect(
      findSetAside(
        'Hi,\n\nSent from my desk at home, because the office printer is still broken today.\n\nThanks,\nLucy\n'
      )
    ).toEqual([])
  })

  it('finds an attribution whose address wraps at its closing bracket', () => {
    const text =
      'Thanks, that is sorted.\n\ntir. 18. apr. 2025 kl. 13:09 skrev Ola Nordmann <ola@example.no\n>:\n\n> Ok. Takk.\n'
    expect(parts(text)).toEqual(['quote 3-6'])
  })

  it('marks confidentiality disclaimers and registration footers as one disclaimer part', () => {
    const text = `Dear Miss Patel,

Your account is closed.

Yours sincerely,
Robert Hall

If you are not the intended recipient of this email, please delete it.

Harbour Bank plc. Registered in England and Wales No. 01234567.
`
    expect(parts(text)).toEqual(['disclaimer 8-10'])
  })

  it.each([
    'The information contained in this email is confidential and may be legally privileged.',
    'Emails sent to and from Harbour Bank may be monitored. Emails may be monitored for training purposes.',
    'VAT registration number GB 123 4567 89.'
  ])('recognises the UK footer "%s" as a disclaimer', (footer) => {
    expect(parts(`Dear Jo,\n\nDone.\n\nKind regards,\nSam\n\n${footer}\n`)).toEqual(['disclaimer 8-8'])
  })

  it('marks unsubscribe and preferences footers', () => {
    const text = `Dear Customer,

Your delivery day is changing to Tuesday.

Kind regards,
The Freshbox Team

You are receiving this email because you have an account with us.
Unsubscribe | Manage preferences
`
    expect(parts(text)).toEqual(['footer 8-9'])
  })

  it('does not treat a body sentence about unsubscribing as a footer', () => {
    const text = `Dear Mr Ford,

I have made sure you are unsubscribed from our marketing emails, as you asked.

Kind regards,
Amy
`
    expect(findSetAside(text)).toEqual([])
  })

  it('does not take a "disclaimer" in the body when the close comes after it', () => {
    const text = `Dear Ms Khan,

If you have received this message in error, please let us know and we will update our records.

Kind regards,
Amy
`
    expect(findSetAside(text)).toEqual([])
  })

  it('sets aside a Lotus Notes reply header (name, time, To/cc) and everything below it', () => {
    const text = `Yes, the meter readings match now.

Tom

Priya Shah@NORTHWIND
03/14/2024 09:41 AM
To: Tom Reed/LDN/Northwind@Northwind
cc:
Subject: Meter readings

Could you check the two readings for the Leeds site?
`
    expect(parts(text)).toEqual(['quote 5-11'])
  })

  it('sets aside a sender-and-time line with the address on the same line', () => {
    const text = `See below.\n\nkim@example.org on 02/03/2023 04:05:06 PM\nPlease respond to kim@example.org\nTo: Sam Hall\ncc: Jo\nSubject: Rota\n\nThe rota is attached.\n`
    expect(parts(text)).toEqual(['quote 3-9'])
  })

  it('does not take a body sentence with a date and time for a reply header', () => {
    const text = `Hi Jo,\n\nThe engineer will call on 03/14/2024 09:41 AM as agreed.\nTo confirm: you do not need to be in.\n\nKind regards,\nSam\n`
    expect(findSetAside(text)).toEqual([])
  })

  it('sets aside a Lotus Notes "Forwarded by" line (wrapped over two lines) and what follows', () => {
    const text = `Please have a look at this before Friday.

---------------------- Forwarded by Ann Lee/HOU/ORG on 05/06/2001
10:12 AM ---------------------------

The figures for May are attached.
`
    expect(parts(text)).toEqual(['forward 3-6'])
    expect(parts(`----- Forwarded by Ann Lee/ORG on 05/06/2001 10:12 AM -----\n\nThe figures are attached.\n`)).toEqual(
      ['forward 1-3']
    )
  })

  it('sets aside a bottom quote below a -- signature and a disclaimer, to the end', () => {
    const text = `Dear Ms Ahmed,

Your new card is on its way.

Kind regards,
Jon Bell
Card Services

-- 
Example Bank plc, registered in England and Wales, company number 01234567.

On Tue, 4 Mar 2025 at 09:15, Nadia Ahmed <nadia@example.com> wrote:
> My card has not come and I am fed up.
> Nadia
`
    expect(parts(text)).toEqual(['disclaimer 9-10', 'quote 12-14'])
  })

  it('marks a disclaimer whose label is in Markdown emphasis', () => {
    const text =
      'Hi all,\n\nThe build is green.\n\nthanks\nMo\n\n*Disclaimer:* Use it at your own risk. No liability is accepted.\n'
    expect(parts(text)).toEqual(['disclaimer 8-8'])
  })

  it('is linear on long adversarial input', () => {
    const text = `${'> '.repeat(20000)}\n${'From: '.repeat(5000)}\n${' \t'.repeat(20000)}x\n${'On 1 wrote'.repeat(3000)}\n`
    expect(() => findSetAside(text)).not.toThrow()
    expect(findSetAside(text)[0]).toEqual({start: 0, end: 40000, kind: 'quote'})
  })
})
