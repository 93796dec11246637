/** spelling/its-its: `its` where `it's` (it is, it has) is meant (`its been`, `its a`, `its not`), or `it's` where the possessive `its` is meant (`it's own`). */
import {itsIts} from '../../../rules/spelling/its-its.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(itsIts, {
  valid: [
    "The surgery has changed its opening hours. It's open until 8pm on Thursdays.",
    'Its car park is behind the pharmacy.'
  ],
  invalid: [
    {
      name: '"its" for "it has"',
      text: 'I am sorry its been so long since your last review.',
      errors: [{message: "'its been' should be 'it's been'.", line: 3, column: 12, severity: 'error'}]
    },
    {
      name: '"it\'s" for the possessive',
      text: "The surgery has moved, and it's website has the new address.",
      errors: [{message: "'it's website' should be 'its website'.", line: 3, column: 28, severity: 'error'}]
    }
  ]
})
