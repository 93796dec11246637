/** commitments/liability: No admissions of liability, fault or negligence ("it was our fault", "we accept full liability", "we were negligent"). */
import {liability} from '../../../rules/commitments/liability.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Ms Fraser,\n\n${body}\n\nYours sincerely,\nDavid Lowe\nHarbour Motors`
})

tester.run(liability, {
  valid: [
    'I am sorry that your car was returned with a scratch. We will repair it free of charge on Monday 7 December.',
    'We are looking into what happened in the workshop and will write to you by Friday 11 December.'
  ],
  invalid: [
    {
      name: 'admitting fault',
      text: 'I have spoken to the technician, and it was our fault. We will repair the scratch free of charge.',
      errors: [
        {
          message:
            '"it was our fault" admits legal liability or negligence in writing, which can be used against the organisation in a claim.',
          line: 3,
          column: 38,
          severity: 'error'
        }
      ]
    },
    {
      name: 'admitting negligence',
      text: 'Our mechanic was negligent when he moved your car, and we accept full responsibility for the damage.',
      errors: [
        {
          message:
            '"was negligent" admits legal liability or negligence in writing, which can be used against the organisation in a claim.',
          line: 3,
          column: 14,
          severity: 'error'
        },
        {
          message:
            '"we accept full responsibility" admits legal liability or negligence in writing, which can be used against the organisation in a claim.',
          line: 3,
          column: 56,
          severity: 'error'
        }
      ]
    }
  ]
})
