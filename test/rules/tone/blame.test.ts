/** tone/blame: No blaming or talking down to the customer ("you failed to", "as I already explained"); positive alternatives to negative phrasing. */
import {blame} from '../../../rules/tone/blame.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Kowalski,\n\n${body}\n\nKind regards,\nHannah Reid\nNorthgate Energy`
})

tester.run(blame, {
  valid: [
    'Thank you for your email. The meter reading we had was 4,210, and your photo shows 4,120, so we have corrected your bill.',
    'I am sorry that our engineer was rude to you on Tuesday. I have passed your comments to his manager.'
  ],
  invalid: [
    {
      name: 'telling the customer they failed',
      text: 'You failed to send us a meter reading, so your bill was estimated.',
      errors: [
        {message: '"You failed to" blames the customer for what went wrong.', line: 3, column: 1, severity: 'error'}
      ]
    },
    {
      name: 'as already explained',
      text: 'As I already explained, your bill is based on an estimate. Please send a reading by Friday.',
      errors: [
        {
          message: '"As I already explained" sounds impatient, as if the customer should have listened.',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'you should have',
      text: 'You should have read the meter before you moved out.',
      errors: [
        {
          message: '"You should have" tells the customer off for something they cannot change now.',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    }
  ]
})
