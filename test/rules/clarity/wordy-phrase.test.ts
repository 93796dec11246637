/** clarity/wordy-phrase: Plain words instead of wordy phrases: "to" not "in order to", "if" not "in the event that". */
import {wordyPhrase} from '../../../rules/clarity/wordy-phrase.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Nwosu,\n\n${body}\n\nKind regards,\nClaire Bennett\nOakfield Council`
})

tester.run(wordyPhrase, {
  valid: [
    'To renew your permit, please fill in the form before 31 December.',
    'We will call you about your application.'
  ],
  invalid: [
    {
      name: 'two wordy phrases',
      text: 'In order to renew your permit, please fill in the form prior to 31 December.',
      errors: [
        {message: '"In order to" is wordy: use "To".', line: 3, column: 1, severity: 'warning'},
        {message: '"prior to" is wordy: use "before".', line: 3, column: 56, severity: 'warning'}
      ]
    },
    {
      name: 'a wordy phrase at the start of a sentence',
      text: 'Please be advised that the car park will close on Sunday.',
      errors: [{message: '"Please be advised that" is wordy: delete it.', line: 3, column: 1, severity: 'warning'}]
    }
  ]
})
