import type {CorrDocument, Rule, RuleContext, RuleDocs} from '../../src/types.js'
import {
  type DetectOptions,
  type Detection,
  type PiiKind,
  findCardNumbers,
  findCardSecurityCodes,
  findDatesOfBirth,
  findDrivingLicences,
  findIbans,
  findNhsNumbers,
  findNinos,
  findPassportNumbers,
  findSortCodeAccounts
} from './detectors.js'

/** Options every personal-data rule takes. */
export interface PersonalDataOptions {
  /**
   * Values that are not leaks: the organisation's own published details (its sort code and
   * account number for payments, say). Compared after removing spaces and dashes.
   */
  allow: string[]
}

const schema = {
  type: 'object',
  properties: {allow: {type: 'array', items: {type: 'string'}}},
  additionalProperties: false
}

/** What each kind of data is called, why it must not be in the message, and what to write instead. Never the value. */
const wording: Record<PiiKind, {message: string; suggestion: (detection: Detection) => string}> = {
  card: {
    message: 'A full payment card number is in the message: anyone it is forwarded to can use it.',
    suggestion: (detection) => `Refer to the card by its last four digits: 'your card ${detection.masked.replace(/^\[card number |\]$/g, '')}'.`
  },
  cvv: {
    message: 'A card security code (CVV) is in the message: with the card number it lets anyone pay with the card, and it must never be stored.',
    suggestion: () => 'Remove the security code. Never ask a customer to send it by email or letter; take card payments by phone or a secure payment page.'
  },
  'sort-code': {
    message: 'A sort code with an account number is in the message: together they identify a bank account and can be used for fraud.',
    suggestion: () => "Remove the bank details, or refer to the account by its last four digits: 'your account ending …'."
  },
  'account-number': {
    message: 'A bank account number with its sort code is in the message: together they identify a bank account and can be used for fraud.',
    suggestion: (detection) => `Remove the bank details, or refer to the account by its last four digits: 'your account ${detection.masked.replace(/^\[account number |\]$/g, '')}'.`
  },
  iban: {
    message: 'A full IBAN (international bank account number) is in the message: it identifies a bank account and is personal data.',
    suggestion: () => "Remove the IBAN, or refer to the account as 'the account you gave us' or by its last four characters."
  },
  nino: {
    message: 'A National Insurance number is in the message: it is used to prove identity and is valuable to fraudsters.',
    suggestion: () => "Remove it: write 'the National Insurance number you gave us' instead."
  },
  nhs: {
    message: 'An NHS number is in the message: it links to the person\'s health records, which are special-category personal data.',
    suggestion: () => "Remove it: write 'your NHS number' and let the customer read it from their own records."
  },
  passport: {
    message: 'A passport number is in the message: it is an identity document number that fraudsters use.',
    suggestion: () => "Remove it: write 'the passport you showed us' or 'your passport' instead."
  },
  'driving-licence': {
    message: 'A driving licence number is in the message: it encodes the holder\'s name and date of birth and proves identity.',
    suggestion: () => "Remove it: write 'the driving licence you showed us' instead."
  },
  'date-of-birth': {
    message: 'A full date of birth is in the message: with a name and address it is enough to steal an identity.',
    suggestion: () => "Remove it: write 'the date of birth we hold' or ask the customer to confirm it by phone."
  }
}

/** Report each detection of the prose with its kind's message and masked form (the value itself never). */
function reportAll(doc: CorrDocument, context: RuleContext<PersonalDataOptions>, find: (text: string, options: DetectOptions) => Detection[]) {
  const options: DetectOptions = {allow: context.options?.allow ?? []}
  for (const detection of find(doc.prose, options)) {
    const {message, suggestion} = wording[detection.kind]
    context.report({
      start: detection.start,
      end: detection.end,
      message,
      suggestion: suggestion(detection),
      actual: detection.masked,
      masked: detection.masked
    })
  }
}

function personalDataRule(name: string, docs: RuleDocs, find: (text: string, options: DetectOptions) => Detection[]): Rule<PersonalDataOptions> {
  return {
    id: `confidentiality/${name}`,
    criterion: 'confidentiality',
    severity: 'error',
    docs: {
      ...docs,
      details: `${docs.details ?? ''} Only the writer's prose is checked (quoted messages, headers and the signature are not). Option \`allow\`: values that are not leaks, such as the organisation's own published bank details (compared without spaces or dashes). The report shows a masked form, never the value.`.trim()
    },
    schema,
    defaults: {allow: []},
    check(doc, context) {
      reportAll(doc, context, find)
    },
    mask(doc, options) {
      // The whole text, quoted messages and headers included: not reported, but never shown.
      return find(doc.text, {allow: options?.allow ?? []}).map(({start, end, masked}) => ({start, end, masked}))
    }
  }
}

const opening = 'Dear Mr Nowak,\n\n'
const closing = '\n\nKind regards,\nAmira Hassan\nCalder Building Society'

export const cardNumber = personalDataRule(
  'card-number',
  {
    summary: 'No full payment card number in the message (13–19 digits, Luhn-valid, a real issuer prefix).',
    why: 'An email can be forwarded and a letter can reach the wrong address. A full card number in it lets anyone who reads it use the card, and breaks the card industry rules (PCI DSS) the organisation signed up to.',
    fail: `${opening}We could not take the payment from your card 4929 1234 5678 9999. Please call us on 0808 157 0400 to update it.${closing}`,
    pass: `${opening}We could not take the payment from your card ending 9999. Please call us on 0808 157 0400 to update it.${closing}`,
    details:
      'Reports 13 to 19 digits, written together or in groups with single spaces or dashes (the first group of four, as cards print them), that pass the Luhn check and start with an issuer prefix of the right length (Visa 4, Mastercard 51–55 and 2221–2720, American Express 34/37, Discover 6011/644–649/65, Maestro 50/56–69, JCB 3528–3589, Diners Club 300–305/36/38/39). Masked numbers (`**** **** **** 1234`, `ending 1234`), order, phone and tracking numbers (which fail the prefix, length or Luhn check, or are glued to letters), numbers right after a label that says what else they are (`IMEI`, `order number`, `tracking number`, `policy no.`, `reference`), and placeholder values (`1234 5678 9012 3456`, all one digit) are not reported. Card-network test numbers (the Visa test number, for one) ARE reported: in a draft they stand for a real leak.'
  },
  findCardNumbers
)

export const cardSecurityCode = personalDataRule(
  'card-security-code',
  {
    summary: 'No card security code (CVV, CVC) in the message.',
    why: 'The three or four digits on the back of a card prove that the payer holds it. Nobody may store them after a payment, least of all in an email.',
    fail: `${opening}Thank you for your payment details. We have noted your card ending 9999 and the CVV 737, and will take the payment on Monday.${closing}`,
    pass: `${opening}Thank you for your payment details. We have noted your card ending 9999 and will take the payment on Monday.${closing}`,
    details:
      'Reports a number of 3 or 4 digits that follows a cue (`CVV`, `CVC`, `CV2`, `card security code`, `card verification code`) with at most a few filler words between (`is`, `your`, `number`, `on the back of your card`). A generic cue (`security code`, `3-digit code`) counts only with a card word (`card`, `Visa`, `debit`…) in the same sentence, because banks also text one-time security codes. Three digits elsewhere (amounts, times, room numbers) are not reported.'
  },
  findCardSecurityCodes
)

export const bankDetails = personalDataRule(
  'bank-details',
  {
    summary: 'No sort code with an account number, and no IBAN, in the message.',
    why: 'A sort code and account number together, or an IBAN, identify a bank account. In a forwarded email or a misdirected letter they can be used to set up fraudulent payments.',
    fail: `${opening}We will refund £42.50 to the account you gave us, sort code 20-45-77, account number 41236987, by Friday 4 December.${closing}`,
    pass: `${opening}We will refund £42.50 to your account ending 6987 by Friday 4 December.${closing}`,
    details:
      'Reports a UK sort code (`12-34-56`, `12 34 56`, or six digits straight after "sort code") only when an 8-digit account number is within about two sentences (no blank line between) and a bank word (`sort code`, `account`, `bank`) is near: then the sort code and the account number are each reported (two findings, so that both values are masked). A sort code alone, an account number alone and a BIC are not reported. IBANs are reported when valid by ibantools (the country\'s length and format, and the mod-97 check), written together or in groups of four.'
  },
  (text, options) => [...findSortCodeAccounts(text, options), ...findIbans(text, options)].sort((a, b) => a.start - b.start)
)

export const nationalId = personalDataRule(
  'national-id',
  {
    summary: 'No National Insurance, NHS, passport or driving licence number in the message.',
    why: 'Identity numbers are what fraudsters need to pass security checks, and an NHS number links to health records. They never need to be written back to the customer.',
    fail: `${opening}We have updated your records with your National Insurance number JK 24 68 13 B, so your pension payments can start next month.${closing}`,
    pass: `${opening}We have updated your records with the National Insurance number you gave us, so your pension payments can start next month.${closing}`,
    details:
      'National Insurance numbers: two prefix letters (first not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V; not BG, GB, NK, KN, TN, NT or ZZ), six digits (spaces allowed between pairs) and a suffix A–D; lower case only with a cue (`National Insurance`, `NI number`). NHS numbers: ten digits (3-3-4 spacing allowed) that pass the mod-11 check AND follow an `NHS` cue (filler words allowed between: `NHS number, which we hold, is …`; a list after the cue counts) or come just before one (`… (NHS number)`): about 1 in 11 random numbers pass mod-11, so an order number of ten digits is not reported, even in a sentence that mentions the NHS elsewhere. Passport numbers: nine digits (or two letters and seven digits), only in the same way after or before `passport`. Driving licence numbers: the 16-character DVLA structure (five letters of the surname padded with 9, six digits encoding a real date of birth with the month plus 50 for women, two initials padded with 9, a digit, two letters); lower case or split in blocks only with a licence cue.'
  },
  (text, options) =>
    [...findNinos(text, options), ...findNhsNumbers(text, options), ...findPassportNumbers(text, options), ...findDrivingLicences(text, options)].sort(
      (a, b) => a.start - b.start
    )
)

export const dateOfBirth = personalDataRule(
  'date-of-birth',
  {
    summary: 'No full date of birth in the message.',
    why: 'A full date of birth with a name and address is enough to open accounts in someone\'s name. Confirm it by phone or ask the customer to check it; do not write it down.',
    fail: `${opening}The details we hold are your date of birth, 14/03/1968, and your address at 7 Ash Close.${closing}`,
    pass: `${opening}The details we hold are your date of birth and your address at 7 Ash Close. Your appointment is on 14/12/2026.${closing}`,
    details:
      'Reports a full date (day, month and year: `14/03/1968`, `14 March 1968`, `March 14, 1968`, `1968-03-14`) that is a real date, not in the future, and follows a cue (`born`, `DOB`, `date of birth`, `birthday`) with at most a few filler words between (`is`, `on`, `your`, `recorded as`), or comes just before one (`14/03/1968 (your date of birth)`). With `birthday` the date must be over a year old (`your birthday on 2 December 2025` is an occasion). Other dates (appointments, deliveries, deadlines) and a birthday without a year are not reported.'
  },
  findDatesOfBirth
)

/** Cards, CVV, bank details, IBAN, NI, NHS, passport, driving licence, date of birth. */
export const personalDataRules: Rule[] = [cardNumber, cardSecurityCode, bankDetails, nationalId, dateOfBirth]
