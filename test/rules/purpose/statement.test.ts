/** purpose/statement: The first paragraph of the body says why you are writing, within its first sentences. */
import {purposeStatement} from '../../../rules/purpose/statement.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

tester.run(purposeStatement, {
  valid: [
    'Dear Mr Kowalski,\n\nI am writing about your meter reading from 2 November. We have corrected your bill, and the new one is attached.\n\nKind regards,\nHannah Reid\nNorthgate Energy',
    'Dear Mr Kowalski,\n\nThank you for sending your meter reading. Your bill for November is now £64.20, and we will take it on 1 December.\n\nKind regards,\nHannah Reid\nNorthgate Energy',
    'Dear Mrs Doyle,\n\nYour new bin collection day is Thursday, starting on 10 December.\n\nKind regards,\nAlan Price\nWaste Services'
  ],
  invalid: [
    {
      name: 'pleasantries before the point',
      text: 'Dear Mr Kowalski,\n\nI hope you are keeping well and that you enjoyed the autumn sunshine.\n\nI am writing about your meter reading from 2 November. We have corrected your bill.\n\nKind regards,\nHannah Reid\nNorthgate Energy',
      errors: [
        {
          message:
            'The first paragraph is only pleasantries ("I hope you are keeping well and that you enjoyed the autu…"): it does not say why you are writing; the purpose comes only in paragraph 2 ("I am writing about your meter reading from 2 November.").',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'a body that says nothing of why it was written',
      text: 'Dear Mr Kowalski,\n\nWe hope this finds you well. We have been supplying homes in the north for over fifty years.\n\nKind regards,\nHannah Reid\nNorthgate Energy',
      errors: [
        {message: 'The first paragraph does not say why you are writing.', line: 3, column: 1, severity: 'error'}
      ]
    }
  ]
})
