/** spelling/your-youre: `your` where `you're` (you are) is meant (`your welcome.`, `your going to`), or `you're` where `your` is meant (`you're order`). */
import {yourYoure} from '../../../rules/spelling/your-youre.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(yourYoure, {
  valid: ["Your appointment is on Monday. If you're late, please call reception.", 'Thank you for your letter.'],
  invalid: [
    {
      name: '"your" for "you are"',
      text: 'If your not able to come, please call reception.',
      errors: [{message: "'your not' should be 'you're not'.", line: 3, column: 4, severity: 'error'}]
    },
    {
      name: '"you\'re" for the possessive',
      text: "You're appointment is on Monday.",
      errors: [{message: "'You're appointment' should be 'Your appointment'.", line: 3, column: 1, severity: 'error'}]
    }
  ]
})
