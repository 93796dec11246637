import {responseRoute} from '../../../rules/actions/response-route.js'
import {tester} from './support.js'

const opening = 'Dear Ms Brown,\n\nYour order 73310 was dispatched from our warehouse today.\n\n'

tester.run(responseRoute, {
  valid: [
    'It will arrive by Thursday 26 November. If it does not, reply to this email.',
    'It will arrive by Thursday 26 November. Any questions, just let us know.',
    'It will arrive by Thursday 26 November. You can also ask in any of our shops.',
    'It will arrive by Thursday 26 November. If it does not, call us on 01604 496 0215.',
    {
      name: 'a phone number in a signature block set aside after "-- "',
      raw: true,
      text: `${opening}It will arrive by Thursday 26 November.\n\nThanks,\nSophie\n\n-- \nSophie Turner | Tollgate Boots\n01604 496 0215`
    },
    {
      name: 'an email address in the signature',
      raw: true,
      text: `${opening}It will arrive by Thursday 26 November.\n\nKind regards,\nSophie Turner\nTollgate Boots\nhelp@tollgateboots.co.uk`
    },
    {name: 'no body: nothing to report', raw: true, text: 'Dear Ms Brown,\n\nKind regards,\nSophie Turner'},
    {
      name: 'a notice signed by the office that asks nothing of the reader',
      raw: true,
      text: `${opening}It will arrive by Thursday 26 November.\n\nKind regards,\nThe Tollgate Boots Dispatch Team`
    }
  ],
  invalid: [
    {
      name: 'no way to reply or get help',
      text: 'It will arrive by Thursday 26 November.',
      errors: [
        {
          message: 'The message does not tell the customer how to reply or get help.',
          line: 5,
          column: 1,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'the same notice signed by a person',
      raw: true,
      text: `${opening}It will arrive by Thursday 26 November.\n\nKind regards,\nSophie Turner\nDispatch Manager`,
      errors: 1
    },
    {
      name: 'reported on the last body paragraph',
      text: 'It will arrive by Thursday 26 November.\n\nWe have made boots since 1952.',
      errors: [{line: 7, column: 1, endLine: 7, endColumn: 31}]
    }
  ]
})
