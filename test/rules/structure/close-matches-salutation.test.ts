/** structure/close-matches-salutation: The complimentary close fits the salutation by UK convention. */
import {closeMatchesSalutation} from '../../../rules/structure/close-matches-salutation.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

tester.run(closeMatchesSalutation, {
  valid: [
    'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nYours sincerely,\nTom Bradley',
    'Dear Sir or Madam,\n\nWe have received your application for a parking permit for Alder Road. Your permit will be posted to you by Friday 11 December.\n\nYours faithfully,\nSunita Rao',
    'Dear Joanne,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley'
  ],
  invalid: [
    {
      name: 'a named reader closed "faithfully"',
      text: 'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nYours faithfully,\nTom Bradley',
      errors: [
        {
          message:
            "\"Yours faithfully\" does not match \"Dear Mrs Akhtar\". By UK convention a letter to a named reader (Dear Mrs Patel) closes with 'Yours sincerely'; 'Yours faithfully' is for 'Dear Sir or Madam'.",
          line: 5,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'an unnamed reader closed "sincerely"',
      text: 'Dear Sir or Madam,\n\nWe have received your application for a parking permit for Alder Road. Your permit will be posted to you by Friday 11 December.\n\nYours sincerely,\nSunita Rao',
      errors: [
        {
          message:
            '"Yours sincerely" does not match "Dear Sir or Madam". By UK convention a letter to an unnamed reader (Dear Sir or Madam) closes with \'Yours faithfully\'; \'Yours sincerely\' is for a reader you name.',
          line: 5,
          column: 1,
          severity: 'error'
        }
      ]
    }
  ]
})
