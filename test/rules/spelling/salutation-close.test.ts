/** spelling/salutation-close: A misspelt salutation or complimentary close (`Yours sincerly`, `Your faithfully`, `Dear Ser or Madam`, `Dear Madame`), with what it should be. */
import {salutationClose} from '../../../rules/spelling/salutation-close.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

tester.run(salutationClose, {
  valid: [
    'Dear Sir or Madam,\n\nI would like to register with the surgery. My family moved to Brookside in November.\n\nYours faithfully,\nAnna Lindqvist',
    'Dear Dr Grant,\n\nThank you for seeing my son last week. His rash has cleared.\n\nYours sincerely,\nAnna Lindqvist'
  ],
  invalid: [
    {
      name: 'a misspelt greeting and close',
      text: 'Dear Sir or Madem,\n\nI would like to register with the surgery. My family moved to Brookside in November.\n\nYours faithfuly,\nAnna Lindqvist',
      errors: [
        {message: "'Sir or Madem': write 'Madam'.", line: 1, column: 13, severity: 'error'},
        {message: "'faithfuly' is misspelt: the close is 'Yours faithfully'.", line: 5, column: 7, severity: 'error'}
      ]
    },
    {
      name: 'a misspelt sincerely',
      text: 'Dear Dr Grant,\n\nThank you for seeing my son last week. His rash has cleared.\n\nYours sincerly,\nAnna Lindqvist',
      errors: [
        {message: "'sincerly' is misspelt: the close is 'Yours sincerely'.", line: 5, column: 7, severity: 'error'}
      ]
    }
  ]
})
