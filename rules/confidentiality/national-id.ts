import {findDrivingLicences, findNhsNumbers, findNinos, findPassportNumbers} from './detectors.js'
import {closing, opening, personalDataRule} from './personal-data.js'

/** confidentiality/national-id. */
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
    [
      ...findNinos(text, options),
      ...findNhsNumbers(text, options),
      ...findPassportNumbers(text, options),
      ...findDrivingLicences(text, options)
    ].sort((a, b) => a.start - b.start)
)
