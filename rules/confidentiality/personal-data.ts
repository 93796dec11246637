/**
 * What the personal-data rules share (card-number.ts, card-security-code.ts, bank-details.ts,
 * national-id.ts, date-of-birth.ts): their option, their wording per kind of data, and how a
 * detector becomes a rule that reports the writer's prose and masks the whole file.
 */
import type {CorrDocument, Rule, RuleContext, RuleDocs} from '../../src/types.js'
import type {Detection, DetectOptions, PiiKind} from './detectors.js'

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
    suggestion: (detection) =>
      `Refer to the card by its last four digits: 'your card ${detection.masked.replace(/^\[card number |\]$/g, '')}'.`
  },
  cvv: {
    message:
      'A card security code (CVV) is in the message: with the card number it lets anyone pay with the card, and it must never be stored.',
    suggestion: () =>
      'Remove the security code. Never ask a customer to send it by email or letter; take card payments by phone or a secure payment page.'
  },
  'sort-code': {
    message:
      'A sort code with an account number is in the message: together they identify a bank account and can be used for fraud.',
    suggestion: () =>
      "Remove the bank details, or refer to the account by its last four digits: 'your account ending …'."
  },
  'account-number': {
    message:
      'A bank account number with its sort code is in the message: together they identify a bank account and can be used for fraud.',
    suggestion: (detection) =>
      `Remove the bank details, or refer to the account by its last four digits: 'your account ${detection.masked.replace(/^\[account number |\]$/g, '')}'.`
  },
  iban: {
    message:
      'A full IBAN (international bank account number) is in the message: it identifies a bank account and is personal data.',
    suggestion: () =>
      "Remove the IBAN, or refer to the account as 'the account you gave us' or by its last four characters."
  },
  nino: {
    message:
      'A National Insurance number is in the message: it is used to prove identity and is valuable to fraudsters.',
    suggestion: () => "Remove it: write 'the National Insurance number you gave us' instead."
  },
  nhs: {
    message:
      "An NHS number is in the message: it links to the person's health records, which are special-category personal data.",
    suggestion: () => "Remove it: write 'your NHS number' and let the customer read it from their own records."
  },
  passport: {
    message: 'A passport number is in the message: it is an identity document number that fraudsters use.',
    suggestion: () => "Remove it: write 'the passport you showed us' or 'your passport' instead."
  },
  'driving-licence': {
    message:
      "A driving licence number is in the message: it encodes the holder's name and date of birth and proves identity.",
    suggestion: () => "Remove it: write 'the driving licence you showed us' instead."
  },
  'date-of-birth': {
    message: 'A full date of birth is in the message: with a name and address it is enough to steal an identity.',
    suggestion: () => "Remove it: write 'the date of birth we hold' or ask the customer to confirm it by phone."
  }
}

/** Report each detection of the prose with its kind's message and masked form (the value itself never). */
function reportAll(
  doc: CorrDocument,
  context: RuleContext<PersonalDataOptions>,
  find: (text: string, options: DetectOptions) => Detection[]
) {
  const options: DetectOptions = {allow: context.options?.allow ?? []}
  for (const detection of find(context.draft.writerText, options)) {
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

export function personalDataRule(
  name: string,
  docs: RuleDocs,
  find: (text: string, options: DetectOptions) => Detection[]
): Rule<PersonalDataOptions> {
  return {
    id: `confidentiality/${name}`,
    criterion: 'confidentiality',
    severity: 'error',
    docs: {
      ...docs,
      details:
        `${docs.details ?? ''} Only the writer's prose and an annex after the sign-off are checked (quoted messages, headers and the signature are not). Option \`allow\`: values that are not leaks, such as the organisation's own published bank details (compared without spaces or dashes). The report shows a masked form, never the value.`.trim()
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

/** The opening and closing around the rules' examples. */
export const opening = 'Dear Mr Nowak,\n\n'
export const closing = '\n\nKind regards,\nAmira Hassan\nCalder Building Society'
