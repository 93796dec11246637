import {findCardNumbers} from './detectors.js'
import {closing, opening, personalDataRule} from './personal-data.js'

/** confidentiality/card-number. */
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
