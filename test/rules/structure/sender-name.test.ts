/** structure/sender-name: The complimentary close is followed by the sender's name. */
import {senderName} from '../../../rules/structure/sender-name.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

tester.run(senderName, {
  valid: [
    'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley\nRepairs Team, Riverside Housing',
    'Dear Mr Ellis,\n\nYour library books are due back on Saturday 12 December. You can renew them online or at any branch.\n\nBest wishes,\nGemma\nCentral Library'
  ],
  invalid: [
    {
      name: 'a close with no name under it',
      text: 'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,',
      errors: [
        {message: '"Kind regards," is not followed by the sender\'s name.', line: 5, column: 1, severity: 'error'}
      ]
    },
    {
      name: 'only the team under the close',
      text: 'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nThe Repairs Team',
      errors: [
        {
          message: 'The message is signed "The Repairs Team", a team rather than a person.',
          line: 6,
          column: 1,
          severity: 'error'
        }
      ]
    }
  ]
})
