import {findIbans, findSortCodeAccounts} from './detectors.js'
import {closing, opening, personalDataRule} from './personal-data.js'

/** confidentiality/bank-details. */
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
  (text, options) =>
    [...findSortCodeAccounts(text, options), ...findIbans(text, options)].sort((a, b) => a.start - b.start)
)
