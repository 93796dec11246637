/** clarity/sentence-length: Sentences in the body are short: a warning above 25 words, an error above 40. */
import {sentenceLength} from '../../../rules/clarity/sentence-length.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Nwosu,\n\n${body}\n\nKind regards,\nClaire Bennett\nOakfield Council`
})

tester.run(sentenceLength, {
  valid: [
    'Thank you for your email about your council tax. Your new bill is attached. You can pay it in ten monthly instalments from 1 January.',
    {
      name: 'a list inside a sentence is counted item by item',
      text: 'To apply, please send us:\n- a copy of your tenancy agreement\n- a recent bank statement\n- a utility bill from the last three months\n- proof of any benefits you receive'
    }
  ],
  invalid: [
    {
      name: 'one sentence that runs on',
      text: 'I am writing about your council tax bill, which went up this year because the band of your property was reviewed by the Valuation Office Agency after the extension you built last spring, and we have now sent you a new bill that shows the monthly payments you will need to make from January until the end of the financial year in March.',
      errors: [
        {
          message: 'This sentence has 63 words, more than 40: "I am writing about your council tax bill, which w…".',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'a long sentence among short ones: a warning',
      text: 'Thank you for your email. Your council tax went up this year because the Valuation Office Agency reviewed the band of your home after the extension you built at the back of the house last spring. The new bill is attached. You can pay it monthly.',
      errors: [
        {
          message: 'This sentence has 31 words, more than 25: "Your council tax went up this year because the Va…".',
          line: 3,
          column: 27,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'shorter limits set',
      text: 'Your new bill is attached, and it shows the ten monthly payments you will make from January.',
      options: {warning: 10, error: 15, tolerated: 10},
      errors: [
        {
          message: 'This sentence has 17 words, more than 15: "Your new bill is attached, and it shows the ten m…".',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    }
  ]
})
