/** structure/salutation: The message opens with a salutation such as "Dear Mrs Patel," or "Hi Sam,". */
import {salutation} from '../../../rules/structure/salutation.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

tester.run(salutation, {
  valid: [
    'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley\nRiverside Housing',
    'Hello Joanne,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nBest wishes,\nTom Bradley',
    'Dear Sir or Madam,\n\nWe have received your application for a parking permit for Alder Road. Your permit will be posted to you by Friday 11 December.\n\nYours faithfully,\nSunita Rao\nParking Services'
  ],
  invalid: [
    {
      name: 'no greeting at all',
      text: 'Thank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley\nRiverside Housing',
      errors: [
        {
          message: 'The message has no salutation: open with a greeting on its own line.',
          line: 1,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'a name without a greeting word',
      text: 'Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley',
      errors: [
        {
          message: 'The message has no salutation: open with a greeting on its own line.',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    }
  ]
})
