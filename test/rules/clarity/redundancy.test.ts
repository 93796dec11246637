/** clarity/redundancy: No redundant pairs that say the same thing twice ("each and every", "advance warning", "end result"). */
import {redundancy} from '../../../rules/clarity/redundancy.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Nwosu,\n\n${body}\n\nKind regards,\nClaire Bennett\nOakfield Council`
})

tester.run(redundancy, {
  valid: ['We will tell you about each visit two days before.', 'Your new bin will arrive by 11 December.'],
  invalid: [
    {
      name: 'each and every, end result',
      text: 'We will check each and every street, and the end result will be a cleaner town.',
      errors: [
        {
          message: '"each and every" says the same thing twice: "each" is enough.',
          line: 3,
          column: 15,
          severity: 'warning'
        },
        {
          message: '"end result" says the same thing twice: "result" is enough.',
          line: 3,
          column: 46,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'advance warning',
      text: 'We will give you advance warning of the road closure.',
      errors: [
        {
          message: '"advance warning" says the same thing twice: "warning" is enough.',
          line: 3,
          column: 18,
          severity: 'warning'
        }
      ]
    }
  ]
})
