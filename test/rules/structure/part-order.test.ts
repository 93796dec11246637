/** structure/part-order: Opening, body and closing are in order: nothing of the body comes before the salutation or after the sender's name. */
import {partOrder} from '../../../rules/structure/part-order.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

tester.run(partOrder, {
  valid: [
    'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley',
    'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley\nRiverside Housing\nTel: 0113 496 0281\n\nThis email and any attachments are confidential. If you have received it in error, please tell the sender.'
  ],
  invalid: [
    {
      name: 'body text after the sign-off',
      text: 'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling.\n\nKind regards,\nTom Bradley\n\nOur plumber will visit on Tuesday 8 December between 8am and 12pm, and you do not need to be in for the whole morning.',
      errors: [
        {
          message: "A sentence of the body comes after the close and the sender's name.",
          line: 8,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'the greeting after the body',
      text: 'Thank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December.\n\nDear Mrs Akhtar,\n\nIf that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley',
      errors: [{message: 'Body text comes before the salutation.', line: 1, column: 1, severity: 'error'}]
    }
  ]
})
