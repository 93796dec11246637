/** spelling/repeated-word: The same word twice in a row (`the the`, `to to`), a slip that spell checkers miss. */
import {repeatedWord} from '../../../rules/spelling/repeated-word.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(repeatedWord, {
  valid: [
    'Your blood test results are normal. We will see you at your review in March.',
    {
      name: '"had had" and "that that" are grammatical',
      text: 'You had had the vaccine before, and we know that that can make the arm sore.'
    }
  ],
  invalid: [
    {
      name: 'a doubled article',
      text: 'Your results are normal. We will see you at the the review in March.',
      errors: [{message: "'the' is repeated: 'the the'.", line: 3, column: 45, severity: 'error'}]
    },
    {
      name: 'a doubled word across a line break',
      text: 'Please bring your\nyour repeat slip with you.',
      errors: [{message: "'your' is repeated: 'your your'.", line: 3, column: 14, severity: 'error'}]
    }
  ]
})
