/**
 * The personal-data detectors of the confidentiality criterion (rules/confidentiality/detectors.ts)
 * and their rules: true and false positives per detector, masking, placeholders, the allow list,
 * and a property test (never throws, spans inside the input and ordered).
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  cardIssuer,
  findCardNumbers,
  findCardSecurityCodes,
  findDatesOfBirth,
  findDrivingLicences,
  findIbans,
  findNhsNumbers,
  findNinos,
  findPassportNumbers,
  findPersonalData,
  findSortCodeAccounts,
  luhnValid,
  nhsValid,
  validNinoPrefix
} from '../../rules/confidentiality/detectors.js'
import {personalDataRules} from '../../rules/confidentiality/index.js'
import {defaultSettings, lintSource} from '../../src/engine/index.js'
import {readSource} from '../../src/input/index.js'
import {textSource} from '../../src/input/text.js'
import type {Settings} from '../../src/types.js'

const fixtures = new URL('../../fixtures/', import.meta.url).pathname

/** The values a detector found, as written. */
function values(text: string, found: Array<{start: number; end: number}>): string[] {
  return found.map((item) => text.slice(item.start, item.end))
}

describe('payment card numbers', () => {
  it('checks Luhn and the issuer prefix with its length', () => {
    expect(luhnValid('4111111111111111')).toBe(true)
    expect(luhnValid('4111111111111112')).toBe(false)
    expect(cardIssuer('4111111111111111')).toBe('Visa')
    expect(cardIssuer('5425233430109903')).toBe('Mastercard')
    expect(cardIssuer('2221000000000009')).toBe('Mastercard')
    expect(cardIssuer('371449635398431')).toBe('American Express')
    expect(cardIssuer('6011000990139424')).toBe('Discover')
    expect(cardIssuer('3528000700000000')).toBe('JCB')
    expect(cardIssuer('30569309025904')).toBe('Diners Club')
    expect(cardIssuer('6759649826438453')).toBe('Maestro')
    expect(cardIssuer('1234567890123452')).toBeUndefined()
    expect(cardIssuer('371449635398431'.padEnd(16, '0'))).toBeUndefined()
    expect(cardIssuer('72345678901234')).toBeUndefined()
  })

  it.each([
    ['Your card 4111 1111 1111 1111 was declined.', '4111 1111 1111 1111'],
    ['Card: 4111-1111-1111-1111.', '4111-1111-1111-1111'],
    ['Card 4111111111111111, expiry 09/28', '4111111111111111'],
    ['Your order was paid with 4111 1111 1111 1111.', '4111 1111 1111 1111'],
    ['Amex 3714 496353 98431 on file', '3714 496353 98431'],
    ['Mastercard 5425 2334 3010 9903', '5425 2334 3010 9903'],
    ['Discover 6011 0009 9013 9424', '6011 0009 9013 9424']
  ])('reports %j', (text, value) => {
    const found = findCardNumbers(text)
    expect(values(text, found)).toEqual([value])
    expect(found[0].masked).toBe(`[card number ending ${value.replace(/\D/g, '').slice(-4)}]`)
  })

  it.each([
    'Your card ending 1111 was declined.',
    'Card **** **** **** 1111',
    'Card XXXX-XXXX-XXXX-1111',
    'Order 4111 1111 1111 1112 is on its way.',
    'Tracking number JD014600003828472394.',
    'Call us on 0161 496 0732 or +44 7700 900123.',
    'The total is £1,234.56 for 12 items.',
    'Template: 1234 5678 9012 3456.',
    'Card 0000 0000 0000 0000.',
    'Card {{card_number}} or [card number].',
    'Reference 7234 5678 9012 3456 7 belongs to your claim.',
    'Sort code 40-11-18 account 61041254.',
    'Invoice INV-4111111111111111.',
    'The IMEI of your phone is 863541051234564.',
    'Your order number is 4111 1111 1111 1111.'
  ])('does not report %j', (text) => {
    expect(findCardNumbers(text)).toEqual([])
  })

  it('reads a list of cards run together as consecutive card numbers', () => {
    const text = 'Cards 4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881.'
    expect(values(text, findCardNumbers(text))).toEqual([
      '4012888888881881',
      '4012-8888-8888-1881',
      '4012 8888 8888 1881'
    ])
  })

  it('does not read the digits of a spaced code that starts with letters or digits', () => {
    expect(findCardNumbers('Parcel JD01 4111 1111 1111 1111 is on its way.')).toEqual([])
    expect(findCardNumbers('Parcel 12 4111 1111 1111 1111 is on its way.')).toEqual([])
  })

  it('reads a card-shaped number as a card unless a label says what else it is', () => {
    expect(findCardNumbers('Number 5019 7170 1010 3742.').length).toBe(1)
    expect(findCardNumbers('Tracking number 5019 7170 1010 3742.')).toEqual([])
    expect(findCardNumbers('Policy no. 5019717010103742.')).toEqual([])
  })

  it('accepts the organisation’s allow list', () => {
    expect(findCardNumbers('Pay to 4111 1111 1111 1111.', {allow: ['4111-1111-1111-1111']})).toEqual([])
  })
})

describe('card security codes', () => {
  it.each([
    ['The CVV 737 is on the back.', '737'],
    ['Your card security code is 123.', '123'],
    ['The security code on the back of your card is 123.', '123'],
    ['CVC: 4321', '4321'],
    ['the security code (CVV) is 737.', '737'],
    ['CVV (security code) "737"', '737'],
    ['the card security code on the back of your card, 818, was wrong', '818']
  ])('reports %j', (text, value) => {
    expect(values(text, findCardSecurityCodes(text))).toEqual([value])
  })

  it.each([
    'Never send us your CVV.',
    'Please do not send your security code. We sent 250 leaflets.',
    'Your security code expires in 10 minutes.',
    'We have texted you a security code. Your security code is 4821.',
    'Room 737 is on the second floor.',
    'The CVV for {{cvv}}.'
  ])('does not report %j', (text) => {
    expect(findCardSecurityCodes(text)).toEqual([])
  })
})

describe('sort code with account number', () => {
  it('reports both values of a pair, each masked', () => {
    const text = 'We will refund your account, sort code 20-45-77, account number 41236987, by Friday.'
    const found = findSortCodeAccounts(text)
    expect(values(text, found)).toEqual(['20-45-77', '41236987'])
    expect(found.map((item) => item.masked)).toEqual(['[sort code]', '[account number ending 6987]'])
  })

  it('accepts spaces and a plain six-digit sort code after its cue', () => {
    expect(
      values('Account 41236987, sort code 20 45 77.', findSortCodeAccounts('Account 41236987, sort code 20 45 77.'))
    ).toEqual(['41236987', '20 45 77'])
    const text = 'Bank details: sort code 204577 and account number 41236987.'
    expect(values(text, findSortCodeAccounts(text))).toEqual(['204577', '41236987'])
  })

  it.each([
    'Please pay to sort code 20-45-77 quoting your reference.',
    'Your account number 41236987 is now closed.',
    'Your delivery on 12-05-26 for order 48213377 is booked.',
    'Our BIC is NWBKGB2L.',
    'Sort code 20-45-77.\n\nYour order 41236987 has shipped.'
  ])('does not report %j', (text) => {
    expect(findSortCodeAccounts(text)).toEqual([])
  })

  it('does not report the organisation’s own account on the allow list', () => {
    const text = 'Please pay us by transfer: sort code 20-45-77, account 41236987.'
    expect(findSortCodeAccounts(text, {allow: ['41236987']})).toEqual([])
    expect(findSortCodeAccounts(text, {allow: ['20-45-77 41236987']})).toEqual([])
    expect(findSortCodeAccounts(text, {allow: ['20-45-77']})).toEqual([])
  })
})

describe('IBANs', () => {
  it.each([
    ['Refund to GB82 WEST 1234 5698 7654 32 today.', 'GB82 WEST 1234 5698 7654 32'],
    ['IBAN GB82WEST12345698765432.', 'GB82WEST12345698765432'],
    ['IBAN DE89 3704 0044 0532 0130 00 THANKS', 'DE89 3704 0044 0532 0130 00'],
    ['IBAN AL47-2121-1009-0000-0002-3569-8741.', 'AL47-2121-1009-0000-0002-3569-8741']
  ])('reports %j', (text, value) => {
    const found = findIbans(text)
    expect(values(text, found)).toEqual([value])
    expect(found[0].masked).toBe('[IBAN]')
  })

  it.each([
    'IBAN GB82 WEST 1234 5698 7654 33 (bad checksum).',
    'BIC NWBKGB2L',
    'GB00XXXX00000000000000',
    'Reference AB12CDEF34567890.'
  ])('does not report %j', (text) => {
    expect(findIbans(text)).toEqual([])
  })
})

describe('National Insurance numbers', () => {
  it('applies the prefix rules', () => {
    for (const letter of 'DFIQUV') expect(validNinoPrefix(`${letter}A`), `${letter}A`).toBe(false)
    for (const letter of 'DFIOQUV') expect(validNinoPrefix(`A${letter}`), `A${letter}`).toBe(false)
    for (const prefix of ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']) expect(validNinoPrefix(prefix), prefix).toBe(false)
    for (const prefix of ['AA', 'JK', 'PR', 'TW', 'YZ', 'OA', 'ZY', 'NA'])
      expect(validNinoPrefix(prefix), prefix).toBe(true)
  })

  it.each([
    ['Your NI number is JK 24 68 13 B.', 'JK 24 68 13 B'],
    ['NINO: PR123612C', 'PR123612C'],
    ['Recorded as YZ 614868 B.', 'YZ 614868 B'],
    ['Your national insurance number tw987654a is noted.', 'tw987654a']
  ])('reports %j', (text, value) => {
    const found = findNinos(text)
    expect(values(text, found)).toEqual([value])
    expect(found[0].masked).toBe('[National Insurance number]')
  })

  it.each([
    'Number JK 24 68 13 E (suffix not A–D).',
    'Number BG 12 34 56 A (banned prefix).',
    'Number DA 12 34 56 A, AD 12 34 56 A, AO 12 34 56 A.',
    'Example: QQ 12 34 56 C.',
    'Template: <NI number>.',
    'at 10 30 00 a time of our choosing'
  ])('does not report %j', (text) => {
    expect(findNinos(text)).toEqual([])
  })
})

describe('NHS numbers', () => {
  it('checks mod 11', () => {
    expect(nhsValid('9434765919')).toBe(true)
    expect(nhsValid('4010232137')).toBe(true)
    expect(nhsValid('4010232138')).toBe(false)
  })

  it.each([
    ['Your NHS number is 485 777 3392.', '485 777 3392'],
    ['NHS no. 4010232137', '4010232137'],
    ['Patient 721-554-9038 (NHS number) was seen.', '721-554-9038'],
    ['Your NHS number, which we hold on file, is 485 777 3392.', '485 777 3392'],
    ['NHS numbers: 4857773392 and 4010232137.', '4857773392', '4010232137']
  ])('reports %j with a cue', (text, ...expected) => {
    const found = findNhsNumbers(text)
    expect(values(text, found)).toEqual(expected)
    expect(found[0].masked).toBe('[NHS number]')
  })

  it.each([
    'Order 9434765919 has shipped.',
    'Reference 485 777 3392 for your claim.',
    'Your NHS number is 485 777 3393.',
    'Please bring your NHS number. Order 9434765919 has shipped.',
    'Call NHS 111 or 0161 496 0732.',
    'Please bring your NHS card and your order 9434765919.'
  ])('does not report %j', (text) => {
    expect(findNhsNumbers(text)).toEqual([])
  })
})

describe('passport numbers', () => {
  it.each([
    ['Your passport number 925665416 is recorded.', '925665416'],
    ['My passport number is CD7654321 and it expires soon', 'CD7654321'],
    ['Passports: 925665416 for you.', '925665416']
  ])('reports %j with a cue', (text, value) => {
    expect(values(text, findPassportNumbers(text))).toEqual([value])
  })

  it.each([
    'Order 925665416 has shipped.',
    'Please bring your passport. Order 925665416 shipped.',
    'Please bring your passport and order number 925665416.',
    'Passport number 123456789.'
  ])('does not report %j', (text) => {
    expect(findPassportNumbers(text)).toEqual([])
  })
})

describe('driving licence numbers', () => {
  it.each([
    ['Licence MORGA607054SM9IJ noted.', 'MORGA607054SM9IJ'],
    ['Licence MORGA657054SM9IJ (a woman born in July).', 'MORGA657054SM9IJ'],
    ['Licence FO999512018AA1AB.', 'FO999512018AA1AB'],
    ['Your driving licence number is morga 607054 sm9ij.', 'morga 607054 sm9ij']
  ])('reports %j', (text, value) => {
    const found = findDrivingLicences(text)
    expect(values(text, found)).toEqual([value])
    expect(found[0].masked).toBe('[driving licence number]')
  })

  it.each([
    'MORGA600054SM9IJ (month 00)',
    'MORGA613054SM9IJ (month 13)',
    'MORGA663054SM9IJ (month 63)',
    'MORGA601324SM9IJ (day 32)',
    '99999657054SM9IJ (no surname)',
    'MO9G9657054SM9IJ (letter after padding)',
    'MORGA 607054 SM9IJ without a cue',
    'see https://example.com/MORGA607054SM9IJ/'
  ])('does not report %j', (text) => {
    expect(findDrivingLicences(text)).toEqual([])
  })
})

describe('dates of birth', () => {
  const today = new Date(Date.UTC(2026, 10, 23))
  it.each([
    ['Your date of birth, 14/03/1968, does not match.', '14/03/1968'],
    ['DOB: 14.03.68', '14.03.68'],
    ['You were born on 14 March 1968 in Leeds.', '14 March 1968'],
    ['Her birthday is March 14, 1968.', 'March 14, 1968'],
    ['Date of birth recorded as 1968-03-14.', '1968-03-14'],
    ['D.O.B. 3rd of June 1990', '3rd of June 1990'],
    ['You were born on Thursday 14 March 1968.', '14 March 1968'],
    ['The date of birth we hold for you is 14/03/1968.', '14/03/1968'],
    ['We hold 14/03/1968 (your date of birth) on file.', '14/03/1968'],
    ['14 March 1968 is her birthday.', '14 March 1968']
  ])('reports %j', (text, value) => {
    const found = findDatesOfBirth(text, {today})
    expect(values(text, found)).toEqual([value])
    expect(found[0].masked).toBe('[date of birth]')
  })

  it.each([
    'Your appointment is on 14/12/2026.',
    'We will deliver on 14 March 2026.',
    'Please confirm your date of birth by 30/11/2026.',
    'Happy birthday! Your appointment is on 14/03/2026.',
    'Your birthday is 14 March.',
    'You were born in 1968.',
    'Please give your date of birth. Your order of 14/03/2026 has shipped.',
    'Date of birth: {{dob}}',
    'On 14/03/2026 we asked for your date of birth.',
    'Your parcel arrived on 14/03/2026, your birthday.',
    'We hope you enjoyed your birthday on 2 December 2025.'
  ])('does not report %j', (text) => {
    expect(findDatesOfBirth(text, {today})).toEqual([])
  })
})

describe('the rules', () => {
  const draft = (body: string) => `Dear Ms Wilson,\n\n${body}\n\nKind regards,\nDaniel Hughes\nBrightwell Home\n`

  it('report one masked error per value, never repeating it', async () => {
    const body =
      'Your card 4111 1111 1111 1111 and CVV 737 are on file. We will refund sort code 20-45-77, account 41236987. Your NI number is JK 24 68 13 B and your NHS number is 485 777 3392. Your date of birth is 14/03/1968.'
    const report = await lintSource(textSource(draft(body)), defaultSettings())
    const mine = report.findings.filter((item) => personalDataRules.some((rule) => rule.id === item.ruleId))
    expect(mine.map((item) => item.ruleId)).toEqual([
      'confidentiality/card-number',
      'confidentiality/card-security-code',
      'confidentiality/bank-details',
      'confidentiality/bank-details',
      'confidentiality/national-id',
      'confidentiality/national-id',
      'confidentiality/date-of-birth'
    ])
    for (const finding of mine) {
      expect(finding.severity).toBe('error')
      const shown = JSON.stringify([finding.message, finding.suggestion, finding.actual, finding.masked])
      for (const secret of ['4111', '737', '20-45-77', '41236987', 'JK 24', '485 777', '14/03/1968'])
        expect(shown).not.toContain(secret)
    }
    expect(mine[0].masked).toBe('[card number ending 1111]')
    expect(report.criteria.find((item) => item.id === 'confidentiality')?.status).toBe('fail')
  })

  it('do not check quoted text or the signature', async () => {
    const text = `${draft('Thank you for your message.')}\n> My card is 4111 1111 1111 1111\n`
    const report = await lintSource(textSource(text), defaultSettings())
    expect(report.findings.filter((item) => item.ruleId === 'confidentiality/card-number')).toEqual([])
  })

  it('take an allow list as a rule option', async () => {
    const text = draft('Please pay by bank transfer to sort code 20-45-77, account 41236987, quoting your reference.')
    const settings = defaultSettings()
    const report = await lintSource(textSource(text), {
      ...settings,
      rules: {...settings.rules, 'confidentiality/bank-details': {options: {allow: ['20-45-77 41236987']}}}
    })
    expect(report.findings.filter((item) => item.ruleId === 'confidentiality/bank-details')).toEqual([])
  })
})

describe('the fixtures', () => {
  const mine = (ruleId: string) => personalDataRules.some((rule) => rule.id === ruleId)

  it('conf-personal-flawed-leaks has exactly one finding per value', async () => {
    const expected = JSON.parse(readFileSync(`${fixtures}conf-personal-flawed-leaks.expected.json`, 'utf8')) as {
      findings: Array<{ruleId: string; line: number; column: number}>
    }
    const report = await lintSource(await readSource(`${fixtures}conf-personal-flawed-leaks.txt`), defaultSettings())
    const found = report.findings
      .filter((item) => mine(item.ruleId))
      .map((item) => ({ruleId: item.ruleId, line: item.start.line, column: item.start.column}))
    expect(found).toEqual(expected.findings)
  })

  it('conf-personal-good-near-misses passes only thanks to the allow list for the organisation’s own account', async () => {
    const path = `${fixtures}conf-personal-good-near-misses.txt`
    const expected = JSON.parse(readFileSync(path.replace('.txt', '.expected.json'), 'utf8')) as {
      settings: Partial<Settings>
    }
    const withAllow = await lintSource(await readSource(path), {...defaultSettings(), ...expected.settings})
    expect(withAllow.findings.filter((item) => mine(item.ruleId))).toEqual([])
    const without = await lintSource(await readSource(path), defaultSettings())
    expect(without.findings.filter((item) => mine(item.ruleId)).map((item) => item.masked)).toEqual([
      '[sort code]',
      '[account number ending 9201]'
    ])
  })
})

describe('properties', () => {
  const pieces = fc.constantFrom(
    '4111 1111 1111 1111',
    ' CVV ',
    'sort code 20-45-77 ',
    '41236987',
    'GB82 WEST 1234 5698 7654 32',
    'JK 24 68 13 B',
    ' NHS number ',
    '485 777 3392',
    ' passport ',
    'MORGA607054SM9IJ',
    ' born on ',
    '14/03/1968',
    '-',
    ' ',
    '\n\n',
    '. ',
    '{{',
    '}}'
  )
  const texts = fc.oneof(
    fc.string({maxLength: 300}),
    fc.array(fc.oneof(pieces, fc.string({maxLength: 6})), {maxLength: 30}).map((parts) => parts.join(''))
  )

  it('never throw, and spans are inside the input, non-empty and ordered', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = findPersonalData(text)
        let last = -1
        for (const item of found) {
          expect(item.start).toBeGreaterThanOrEqual(0)
          expect(item.end).toBeLessThanOrEqual(text.length)
          expect(item.end).toBeGreaterThan(item.start)
          expect(item.start).toBeGreaterThanOrEqual(last)
          last = item.end
          expect(item.masked).toMatch(/^\[.+\]$/)
        }
      }),
      {numRuns: 300}
    )
  })
})
