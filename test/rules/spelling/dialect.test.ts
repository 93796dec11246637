/** spelling/dialect: US spellings in a UK English draft (color, center, organization, traveling, defense), or UK spellings in a US English one. */
import {dialect} from '../../../rules/spelling/dialect.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(dialect, {
  valid: [
    'Please bring your prescription to the centre on Monday. We have changed the colour of our appointment cards.',
    {
      name: 'US spelling when the dialect is en-US',
      text: 'Please bring your prescription to the center on Monday.',
      settings: {dialect: 'en-US'}
    }
  ],
  invalid: [
    {
      name: 'US spellings in a UK letter',
      text: 'Please bring your prescription to the center on Monday. We have changed the color of our appointment cards.',
      errors: [
        {message: "'center' is the US spelling; in en-GB write 'centre'.", line: 3, column: 39, severity: 'error'},
        {message: "'color' is the US spelling; in en-GB write 'colour'.", line: 3, column: 77, severity: 'error'}
      ]
    },
    {
      name: 'UK spelling when the dialect is en-US',
      text: 'Please bring your prescription to the centre on Monday.',
      settings: {dialect: 'en-US'},
      errors: [
        {message: "'centre' is the UK spelling; in en-US write 'center'.", line: 3, column: 39, severity: 'error'}
      ]
    }
  ]
})
