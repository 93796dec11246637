/** spelling/double-space: Two or three spaces between words inside a sentence of the body. */
import {doubleSpace} from '../../../rules/spelling/double-space.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(doubleSpace, {
  valid: [
    'Thank you for your letter. We have booked your appointment for Monday.',
    {
      name: 'two spaces after a full stop are a house style, not a slip',
      text: 'Thank you for your letter.  We have booked your appointment for Monday.'
    }
  ],
  invalid: [
    {
      name: 'two spaces between words',
      text: 'Thank you for your letter. We have booked your  appointment for Monday.',
      errors: [{message: '2 spaces between words: use one.', line: 3, column: 47, severity: 'warning'}]
    },
    {
      name: 'spaces after a full stop pass; two between words do not',
      text: 'Thank you for your letter.   We have booked your appointment for Monday. Please bring  your repeat slip.',
      errors: [{message: '2 spaces between words: use one.', line: 3, column: 86, severity: 'warning'}]
    }
  ]
})
