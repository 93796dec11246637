/** spelling/sentence-capital: A sentence of the body that starts with a lower-case letter. */
import {sentenceCapital} from '../../../rules/spelling/sentence-capital.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(sentenceCapital, {
  valid: [
    'Thank you for your letter. We have booked your appointment for Monday.',
    'Please visit www.brookside.example for our opening hours. e.g. is short for "for example".'
  ],
  invalid: [
    {
      name: 'a sentence starting in lower case',
      text: 'Thank you for your letter. we have booked your appointment for Monday.',
      errors: [
        {message: "A sentence starts with a lower-case letter: write 'We'.", line: 3, column: 28, severity: 'error'}
      ]
    },
    {
      name: 'a paragraph starting in lower case',
      text: 'Thank you for your letter.\n\nyour appointment is on Monday at 10:40.',
      errors: [
        {message: "A sentence starts with a lower-case letter: write 'Your'.", line: 5, column: 1, severity: 'error'}
      ]
    }
  ]
})
