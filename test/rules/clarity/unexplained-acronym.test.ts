/** clarity/unexplained-acronym: Acronyms and jargon abbreviations are explained the first time: "direct debit (DD)" or "DD (direct debit)". */
import {unexplainedAcronym} from '../../../rules/clarity/unexplained-acronym.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Nwosu,\n\n${body}\n\nKind regards,\nClaire Bennett\nOakfield Council`
})

tester.run(unexplainedAcronym, {
  valid: [
    'Your council tax reduction (CTR) has been approved. Your CTR will start on 1 January.',
    'Please bring your passport and your BBC licence to the office on Friday.'
  ],
  invalid: [
    {
      name: 'an acronym the reader may not know',
      text: 'Your CTR has been approved and will start on 1 January.',
      errors: [{message: '"CTR" is not explained the first time it is used.', line: 3, column: 6, severity: 'warning'}]
    },
    {
      name: 'two unexplained acronyms',
      text: 'Your DHP claim is with the HB team.',
      errors: [
        {message: '"DHP" is not explained the first time it is used.', line: 3, column: 6, severity: 'warning'},
        {message: '"HB" is not explained the first time it is used.', line: 3, column: 28, severity: 'warning'}
      ]
    }
  ]
})
