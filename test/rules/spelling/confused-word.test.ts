/** spelling/confused-word: A word confused with another where the context rules it out: `should of`, `their is`, `there own`, `better then`, `to loose`, `who's idea`, `whose going`, `will effect you`, `an affect`, `Me and my friend was`. */
import {confusedWord} from '../../../rules/spelling/confused-word.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(confusedWord, {
  valid: [
    'You should have had a text from us. There is a car park behind the surgery, and it is bigger than the old one.',
    'Please do not lose your repeat slip.'
  ],
  invalid: [
    {
      name: '"should of"',
      text: 'You should of had a text from us.',
      errors: [{message: "'of' should be 'have' here.", line: 3, column: 12, severity: 'error'}]
    },
    {
      name: '"then" for "than", "their" for "there"',
      text: 'The new car park is bigger then the old one. Their is a bus stop outside.',
      errors: [
        {message: "'then' should be 'than' here.", line: 3, column: 28, severity: 'error'},
        {message: "'Their' should be 'There' here.", line: 3, column: 46, severity: 'error'}
      ]
    }
  ]
})
