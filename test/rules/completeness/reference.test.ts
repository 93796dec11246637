import {reference} from '../../../rules/completeness/reference.js'
import {RuleTester} from '../../support/rule-tester.js'

const close = '\n\nKind regards,\nDaniel Hughes\nBrightwell Home\n0161 496 0732'
const tester = new RuleTester()

tester.run(reference, {
  valid: [
    ...[
      'Your order 48213 has been dispatched.',
      'Your complaint, reference CMP-7751, has been reviewed.',
      'Your claim has been accepted. Please quote claim number 2026-4471 when you call.',
      'Your account number and sort code will not change.',
      // An application not made yet has no reference; a case the reader may be in is not the subject.
      'Thank you for starting your application for a parking permit. Please remember to submit your application by 30 June.',
      'The new rates start in April. If you have already renewed your membership, you do not need to do anything.'
    ].map((sentence) => `Dear Mrs Green,\n\n${sentence}${close}`),
    {
      name: 'the reference line of a letter',
      text: `Northgate Energy\nPO Box 412\nLeeds\nLS1 4AB\n\n23 November 2026\n\nMrs Sunita Patel\n8 Elm Grove\nYork\nYO10 3HP\n\nOur ref: C-55210\n\nDear Mrs Patel,\n\nThank you for your letter about your complaint.\n\nYours sincerely,\nJames O'Neill`
    },
    {
      name: 'a reference merge field in a template',
      text: `Dear {{first_name}},\n\nYour order {{order_number}} is confirmed.${close}`,
      settings: {template: true}
    }
  ],
  invalid: [
    {
      name: 'a message about an order with no number',
      text: `Dear Mrs Green,\n\nI am writing to confirm that your order has been dispatched.${close}`,
      errors: [
        {
          line: 3,
          column: 30,
          severity: 'error',
          message: 'The message is about an order but quotes no reference number.',
          suggestion: 'Quote the order number in the subject or first paragraph, e.g. "your order 48213".'
        }
      ]
    },
    {
      name: 'a subject naming a complaint, no reference anywhere',
      text: `Subject: Your complaint about the late delivery\nTo: a@example.com\n\nDear Mrs Green,\n\nI am sorry that the parcel was late.${close}`,
      errors: [{line: 1, column: 15, severity: 'error'}]
    },
    {
      name: 'an order mentioned in passing after the first paragraph: a warning',
      text: `Dear Mrs Green,\n\nOur shop will close at 4pm on Thursday 24 December.\n\nYou can still track your order online at any time.${close}`,
      errors: [{line: 5, column: 21, severity: 'warning'}]
    },
    {
      name: 'the subject names an order without its number, the body has it: a warning',
      text: `Subject: Your order is on its way\nTo: a@example.com\n\nDear Mrs Green,\n\nYour order 73310 has been dispatched.${close}`,
      errors: [
        {line: 1, column: 10, severity: 'warning', message: 'The subject mentions an order but not its reference.'}
      ]
    },
    {
      name: 'an application that exists, after one not made yet: a warning',
      text: `Dear Mr Kerr,\n\nIf you have not started your application yet, you still can. We have now checked your application for a parking permit.${close}`,
      errors: [
        {
          line: 3,
          column: 82,
          severity: 'warning',
          message: 'The message mentions your application but quotes no reference for it.'
        }
      ]
    },
    {
      name: 'a policy without a number: a warning',
      text: `Dear Mr Kerr,\n\nYour home insurance policy renews next month.${close}`,
      errors: [
        {
          severity: 'warning',
          message: 'The message mentions your home insurance policy but quotes no reference for it.'
        }
      ]
    }
  ]
})
