/** commitments/guarantee: No unconditional guarantees or absolutes ("we guarantee", "100%", "this will never happen again", "definitely by tomorrow"). */
import {guarantee} from '../../../rules/commitments/guarantee.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Ms Fraser,\n\n${body}\n\nYours sincerely,\nDavid Lowe\nHarbour Motors`
})

tester.run(guarantee, {
  valid: [
    'I am sorry that your car was returned with a scratch. We have changed how cars are moved in the workshop to stop this happening again.',
    'Your car comes with our standard 12-month warranty on parts and labour.'
  ],
  invalid: [
    {
      name: 'a promise that it will never happen again',
      text: 'I am sorry that your car was returned with a scratch. We guarantee this will never happen again.',
      errors: [
        {
          message:
            '"We guarantee" is an unconditional promise the organisation may not be able to keep, and a customer can hold you to it.',
          line: 3,
          column: 55,
          severity: 'error'
        },
        {
          message: '"will never happen again" promises a perfect future no one can guarantee.',
          line: 3,
          column: 73,
          severity: 'error'
        }
      ]
    },
    {
      name: 'an absolute promise',
      text: 'Your car will be 100% ready on Friday, I promise.',
      errors: [
        {
          message: '"100%" is an absolute promise: nothing in customer service is certain.',
          line: 3,
          column: 18,
          severity: 'error'
        },
        {
          message:
            '"I promise" is an unconditional promise the organisation may not be able to keep, and a customer can hold you to it.',
          line: 3,
          column: 40,
          severity: 'error'
        }
      ]
    }
  ]
})
