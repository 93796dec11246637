/** spelling/lowercase-i: The pronoun `I` written in lower case (`i will`, `i'm`, `i've`). */
import {lowercaseI} from '../../../rules/spelling/lowercase-i.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(lowercaseI, {
  valid: [
    'I have checked your records, and I will send the letter today.',
    'Please see item (i) on the form and the photo in figure i-2.'
  ],
  invalid: [
    {
      name: 'the pronoun in lower case',
      text: 'Thank you for waiting. i have checked your records.',
      errors: [{message: "Write the pronoun as a capital: 'I', not 'i'.", line: 3, column: 24, severity: 'error'}]
    },
    {
      name: "i'm and i'll",
      text: "Thank you for waiting. I have checked, and i'm sure i'll have the letter ready today.",
      errors: [
        {message: "Write the pronoun as a capital: 'I'm', not 'i'm'.", line: 3, column: 44, severity: 'error'},
        {message: "Write the pronoun as a capital: 'I'll', not 'i'll'.", line: 3, column: 53, severity: 'error'}
      ]
    }
  ]
})
