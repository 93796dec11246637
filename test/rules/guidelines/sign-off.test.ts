/** structure/guideline-sign-off: The complimentary close is one of the sign-offs your organisation's guidelines allow (guidelines.signOff). */
import {signOffRule} from '../../../rules/guidelines/sign-off.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  settings: {guidelines: {signOff: ['Kind regards', 'Best wishes']}},
  wrap: (close) =>
    `Dear Mr Osei,\n\nYour boiler service is booked for Tuesday 8 December between 8am and 12pm.\n\n${close}\nRuth Adeyemi\nHearth Heating`
})

tester.run(signOffRule, {
  valid: [
    'Kind regards,',
    'Best wishes,',
    {name: 'any close when the guidelines list none', text: 'Cheers,', settings: {guidelines: {}}}
  ],
  invalid: [
    {
      name: 'a close the guidelines do not list',
      text: 'Cheers,',
      errors: [
        {
          message: '"Cheers" is not one of your organisation\'s sign-offs: use "Kind regards" or "Best wishes".',
          line: 5,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'a formal close the guidelines do not list',
      text: 'Yours sincerely,',
      errors: [
        {
          message:
            '"Yours sincerely" is not one of your organisation\'s sign-offs: use "Kind regards" or "Best wishes".',
          line: 5,
          column: 1,
          severity: 'error'
        }
      ]
    }
  ]
})
