/** clarity/body-length: The body is no longer than it needs to be (the guidelines' maximum, or about 400 words). */
import {bodyLength} from '../../../rules/clarity/body-length.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Nwosu,\n\n${body}\n\nKind regards,\nClaire Bennett\nOakfield Council`
})

tester.run(bodyLength, {
  valid: [
    'We will collect your bin on Wednesday 9 December. Please leave it out from 7am.',
    {
      name: 'a longer limit',
      text: 'Thank you for your email about your bin collection. We missed your street on Monday because a lorry broke down on the ring road. We will collect your bin on Wednesday 9 December. Please leave it out from 7am, and call us on 01632 960 411 if it is not collected by 5pm.',
      options: {maxWords: 200}
    }
  ],
  invalid: [
    {
      name: 'over the limit set',
      text: 'Thank you for your email about your bin collection. We missed your street on Monday because a lorry broke down on the ring road. We will collect your bin on Wednesday 9 December. Please leave it out from 7am.',
      options: {maxWords: 20},
      errors: [{message: 'The body has 37 words, more than 20.', line: 3, column: 1, severity: 'warning'}]
    },
    {
      name: "over the organisation guidelines' limit: an error",
      text: 'Thank you for your email about your bin collection. We missed your street on Monday because a lorry broke down on the ring road. We will collect your bin on Wednesday 9 December. Please leave it out from 7am.',
      settings: {guidelines: {maxWords: 25}},
      errors: [
        {
          message: 'The body has 37 words, more than 25 (organisation guidelines).',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    }
  ]
})
