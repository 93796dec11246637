/** spelling/misspelling: Words the dictionary of the draft's dialect does not have (en-GB by default), with a suggestion. */
import {misspelling} from '../../../rules/spelling/misspelling.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(misspelling, {
  valid: [
    'Thank you for your message. Your prescription is ready to collect from the pharmacy, and your next appointment is on Monday 14 December at 10:40.',
    'Your repeat prescription for Sertraline has been sent to the Boots pharmacy on Queen Street, reference RX-20431.'
  ],
  invalid: [
    {
      name: 'two common misspellings',
      text: 'Thank you for your message. I will definately send the letter today, and you should recieve it by Friday.',
      errors: [
        {message: "'definately' is not in the en-GB dictionary.", line: 3, column: 36, severity: 'error'},
        {message: "'recieve' is not in the en-GB dictionary.", line: 3, column: 85, severity: 'error'}
      ]
    },
    {
      name: 'a misspelling in the close',
      text: 'Dear Mrs Lindqvist,\n\nYour prescription is ready to collect.\n\nKind regrads,\nOliver Grant\nBrookside Surgery',
      raw: true,
      errors: [{message: "'regrads' is not in the en-GB dictionary.", line: 5, column: 6, severity: 'error'}]
    }
  ]
})
