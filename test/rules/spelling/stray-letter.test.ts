/** spelling/stray-letter: A single letter standing alone where a short word was meant (`it started t 20:15`, `I would b grateful`). */
import {strayLetter} from '../../../rules/spelling/stray-letter.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(strayLetter, {
  valid: [
    'Your appointment is at 9:20 in room B on the first floor.',
    'Please bring a list of your medicines and your NHS number.'
  ],
  invalid: [
    {
      name: 'a letter left from a word',
      text: 'Your appointment is t 9:20 in room B. I would b grateful if you arrived early.',
      errors: [
        {message: "'t' stands alone: a word is missing letters ('at'?).", line: 3, column: 21, severity: 'error'},
        {
          message: "'b' stands alone: a word is missing letters ('be' or 'by'?).",
          line: 3,
          column: 47,
          severity: 'error'
        }
      ]
    },
    {
      name: 'a stray letter before a word',
      text: 'Please bring a list of your medicines d and your repeat slip.',
      errors: [
        {
          message: "'d' stands alone: a word is missing letters ('do' or 'I'd'?).",
          line: 3,
          column: 39,
          severity: 'error'
        }
      ]
    }
  ]
})
