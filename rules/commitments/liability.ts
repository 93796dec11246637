import list from './liability.json' with {type: 'json'}
import {commitmentRule} from './phrase-rule.js'

/** commitments/liability: no admissions of liability or negligence. */
export const liability = commitmentRule({
  id: 'commitments/liability',
  severity: 'error',
  list,
  docs: {
    summary:
      'No admissions of liability, fault or negligence ("it was our fault", "we accept full liability", "we were negligent").',
    why: "An admission of liability in writing can decide an insurance claim or a court case before anyone has looked at the facts, and most organisations only let named people make one. An apology for the customer's experience is not an admission and is almost always the better sentence.",
    fail: 'Dear Mr Khan,\n\nThank you for your letter. I have spoken to the technician, and it was our fault. We will repair the scratch free of charge.\n\nYours sincerely,\nRyan Foster',
    pass: 'Dear Mr Khan,\n\nThank you for your letter. I am sorry your car was returned with a scratch. We will repair it free of charge.\n\nYours sincerely,\nRyan Foster',
    details:
      'Error for each phrase of liability.json in the body: admissions of fault ("it was our fault", "we were at fault"), of liability or full responsibility ("we accept full liability", "we accept full responsibility"), of negligence or carelessness ("we were negligent", "was careless"), and "we admit". "We cannot accept responsibility" is not an admission.'
  }
})
