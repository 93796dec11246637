/** tone/shouting: No shouting: no sentences or words in capitals (acronyms and codes are fine), no "!!", at most one "!" in a letter. */
import {shouting} from '../../../rules/tone/shouting.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Kowalski,\n\n${body}\n\nKind regards,\nHannah Reid\nNorthgate Energy`
})

tester.run(shouting, {
  valid: [
    'Your new meter will be fitted on Tuesday 8 December. Please make sure we can reach it.',
    'Your account number is NE-442817, and your tariff is called Fixed 24 (EV).'
  ],
  invalid: [
    {
      name: 'a sentence in capitals',
      text: 'Your new meter will be fitted on Tuesday. PLEASE MAKE SURE WE CAN REACH IT.',
      errors: [
        {
          message: '7 words in capitals read as shouting: "PLEASE MAKE SURE WE CAN REACH IT".',
          line: 3,
          column: 43,
          severity: 'error'
        }
      ]
    },
    {
      name: 'repeated exclamation marks',
      text: 'Your refund has been sent!!! It should arrive by Friday.',
      errors: [
        {message: '"!!!": repeated exclamation marks sound like shouting.', line: 3, column: 26, severity: 'error'}
      ]
    }
  ]
})
