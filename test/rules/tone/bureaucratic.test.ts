/** tone/bureaucratic: Stiff officialese ("please be advised", "herewith", "kindly revert"), with the plain words to use. */
import {bureaucratic} from '../../../rules/tone/bureaucratic.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Kowalski,\n\n${body}\n\nKind regards,\nHannah Reid\nNorthgate Energy`
})

tester.run(bureaucratic, {
  valid: [
    'Thank you for your email. I have attached the form; please return it by Friday 11 December.',
    'We have received your meter reading and will reply by Friday 11 December.',
    // Casual words are tone/register's, not officialese.
    'Cheers for the reading, mate. I will update your bill now.'
  ],
  invalid: [
    {
      name: 'two stiff phrases: warnings',
      text: 'Please find enclosed herewith the form. We hereby acknowledge receipt of your reading.',
      errors: [
        {message: '"enclosed herewith" is bureaucratic.', line: 3, column: 13, severity: 'warning'},
        {message: '"hereby" is bureaucratic.', line: 3, column: 44, severity: 'warning'}
      ]
    },
    {
      name: 'from the third in a draft, each is an error',
      text: 'Please be advised that the undersigned will revert to you pursuant to our terms.',
      errors: [
        {
          message: '"Please be advised that" is bureaucratic (4 such phrases: the reply reads like a form).',
          line: 3,
          column: 1,
          severity: 'error'
        },
        {
          message: '"the undersigned" is bureaucratic (4 such phrases: the reply reads like a form).',
          line: 3,
          column: 24,
          severity: 'error'
        },
        {
          message: '"revert to you" is bureaucratic (4 such phrases: the reply reads like a form).',
          line: 3,
          column: 45,
          severity: 'error'
        },
        {
          message: '"pursuant to" is bureaucratic (4 such phrases: the reply reads like a form).',
          line: 3,
          column: 59,
          severity: 'error'
        }
      ]
    }
  ]
})
