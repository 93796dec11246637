import {findCardSecurityCodes} from './detectors.js'
import {closing, opening, personalDataRule} from './personal-data.js'

/** confidentiality/card-security-code. */
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
