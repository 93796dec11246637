/** tone/insensitive: Inclusive wording: no gendered, ableist or otherwise insensitive terms where a neutral one exists (retext-equality). */
import {insensitive} from '../../../rules/tone/insensitive.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Kowalski,\n\n${body}\n\nKind regards,\nHannah Reid\nNorthgate Energy`
})

tester.run(insensitive, {
  valid: [
    'Our chair has asked me to reply to your letter. I am sorry the queue at our office was so long.',
    'Our staff can help you fill in the form over the phone.'
  ],
  invalid: [
    {
      name: 'a gendered job title',
      text: 'Our chairman has asked me to reply to your letter about the new tariff.',
      errors: [
        {
          message:
            '"chairman" may be insensitive: consider "chair", "head", "chairperson", "coordinator", "committee head", "moderator", "presiding officer".',
          line: 3,
          column: 5,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'an ableist word',
      text: 'I am sorry the queue at our office was crazy on Monday.',
      errors: [
        {
          message:
            '"crazy" may be insensitive: consider "rude", "malicious", "mean", "disgusting", "incredible", "vile", "person with symptoms of mental illness", "person with mental illness", "person with symptoms of a mental disorder", "person with a mental disorder".',
          line: 3,
          column: 40,
          severity: 'warning'
        }
      ]
    }
  ]
})
