/** tone/empathy: A reply to a complaint or a problem acknowledges the customer's situation and apologises or expresses regret. */
import {empathy} from '../../../rules/tone/empathy.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

tester.run(empathy, {
  valid: [
    'Subject: Your complaint about your November bill\n\nDear Mr Kowalski,\n\nI am sorry that your November bill was wrong. We have corrected it, and the £18.40 will be back in your account by Friday 11 December.\n\nKind regards,\nHannah Reid\nNorthgate Energy',
    'Dear Mr Kowalski,\n\nThank you for your meter reading. Your next bill will use it.\n\nKind regards,\nHannah Reid\nNorthgate Energy'
  ],
  invalid: [
    {
      name: 'a complaint answered with no apology or acknowledgement',
      text: 'Subject: Your complaint about your November bill\n\nDear Mr Kowalski,\n\nThank you for your email. Your bill has been corrected, and the £18.40 will be back in your account by Friday 11 December.\n\nKind regards,\nHannah Reid\nNorthgate Energy',
      errors: [
        {
          message:
            'The reply answers a complaint or a problem (the subject mentions "complaint") but neither acknowledges it nor apologises.',
          line: 5,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'the writer names the complaint in the body but does not acknowledge it',
      text: 'Dear Mr Kowalski,\n\nWe have looked into your complaint. The engineer visited on 3 December and replaced the meter.\n\nKind regards,\nHannah Reid\nNorthgate Energy',
      errors: [
        {
          message:
            'The reply answers a complaint or a problem (the body mentions "your complaint") but neither acknowledges it nor apologises.',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    }
  ]
})
