/** tone/rapport: The first sentence of the body builds rapport (thanks, pleasure, acknowledgement, apology), not a bare demand, bad news or a reference number. */
import {rapport} from '../../../rules/tone/rapport.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Kowalski,\n\n${body}\n\nKind regards,\nHannah Reid\nNorthgate Energy`
})

tester.run(rapport, {
  valid: [
    'Thank you for sending your meter reading. Please send us a photo of the meter by Friday 11 December, and we will correct your bill.',
    'I am sorry that your bill was higher than expected. We have checked it, and we will refund the £18.40 by Friday 11 December.'
  ],
  invalid: [
    {
      name: 'a bare demand with no thanks',
      text: 'Send us a photo of your meter by Friday 11 December. We will then correct your bill.',
      errors: [
        {
          message: 'The body opens with a bare demand: "Send us a photo of your meter by Friday 11 December.".',
          line: 3,
          column: 1,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'a notice that opens with "Please be advised"',
      text: 'Please be advised that your account will be closed on 31 December. We will send a final bill.',
      errors: [
        {
          message: 'The body opens with a bare demand: "Please be advised that your account will be closed on 31 De…".',
          line: 3,
          column: 1,
          severity: 'warning'
        }
      ]
    }
  ]
})
