/** spelling/final-punctuation: A paragraph of the body whose last sentence ends without a full stop, question mark or exclamation mark. */
import {finalPunctuation} from '../../../rules/spelling/final-punctuation.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(finalPunctuation, {
  valid: [
    'Thank you for your letter. We have booked your appointment for Monday.',
    {name: 'list items need no full stop', text: 'Please bring:\n- your repeat slip\n- a list of your medicines'}
  ],
  invalid: [
    {
      name: 'a paragraph with no full stop',
      text: 'Thank you for your letter. We have booked your appointment for Monday',
      errors: [{message: 'The paragraph ends without a full stop (or ? or !).', line: 3, column: 69, severity: 'error'}]
    },
    {
      name: 'a first paragraph with no full stop',
      text: 'Thank you for your letter about your review\n\nWe have booked your appointment for Monday 14 December at 10:40.',
      errors: [{message: 'The paragraph ends without a full stop (or ? or !).', line: 3, column: 43, severity: 'error'}]
    }
  ]
})
