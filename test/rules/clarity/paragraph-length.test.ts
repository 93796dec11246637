/** clarity/paragraph-length: Body paragraphs are short: at most 120 words or 6 sentences. */
import {paragraphLength} from '../../../rules/clarity/paragraph-length.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Nwosu,\n\n${body}\n\nKind regards,\nClaire Bennett\nOakfield Council`
})

tester.run(paragraphLength, {
  valid: [
    'Thank you for your email about your bin collection. We missed your street on Monday because a lorry broke down.\n\nWe will collect your bin on Wednesday 9 December. Please leave it out from 7am.',
    'Your new recycling box will be delivered on Thursday.'
  ],
  invalid: [
    {
      name: 'a paragraph of nine sentences',
      text: 'Thank you for your email about your bin collection. We missed your street on Monday. A lorry broke down on the ring road. We sent a spare lorry in the afternoon. It could not reach every street. Your street was one of those it missed. We will collect your bin on Wednesday. Please leave it out from 7am. Please call us on 01632 960 411 if it is not collected.',
      errors: [{message: 'Paragraph 1 is long: 66 words in 9 sentences.', line: 3, column: 1, severity: 'warning'}]
    }
  ]
})
