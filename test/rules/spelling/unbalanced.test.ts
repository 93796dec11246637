/** spelling/unbalanced: A bracket or a double quotation mark opened and not closed (or closed and never opened) within a paragraph of the body. */
import {unbalanced} from '../../../rules/spelling/unbalanced.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(unbalanced, {
  valid: [
    'Your results (all normal) are on the app. The nurse said "no need to worry".',
    {name: 'list markers with one bracket', text: 'Please bring:\na) your repeat slip\nb) a list of your medicines'}
  ],
  invalid: [
    {
      name: 'an unclosed bracket',
      text: 'Your results (all normal are on the app.',
      errors: [
        {message: "A bracket '(' is opened and never closed in this paragraph.", line: 3, column: 14, severity: 'error'}
      ]
    },
    {
      name: 'an unclosed quotation mark',
      text: 'The nurse said "no need to worry. We will see you in March.',
      errors: [
        {message: 'A double quotation mark has no partner in this paragraph.', line: 3, column: 16, severity: 'error'}
      ]
    }
  ]
})
