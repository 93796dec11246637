/** commitments/legal: No legal advice or legal threats ("you have no legal right", "we will sue", "legally you must"). */
import {legal} from '../../../rules/commitments/legal.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Ms Fraser,\n\n${body}\n\nYours sincerely,\nDavid Lowe\nHarbour Motors`
})

tester.run(legal, {
  valid: [
    'Our terms cover repairs for 12 months. If you would like independent advice, Citizens Advice can help.',
    'You can also contact the Motor Ombudsman if you are not happy with our reply.'
  ],
  invalid: [
    {
      name: 'telling the customer their legal rights',
      text: 'You have no legal right to a refund after 30 days.',
      errors: [
        {
          message:
            '"You have no legal right" reads as legal advice or a legal threat, which a customer-service reply must not give.',
          line: 3,
          column: 1,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'threatening court action',
      text: 'If the invoice is not paid by Friday, we will take legal action against you.',
      errors: [
        {
          message:
            '"we will take legal action" reads as legal advice or a legal threat, which a customer-service reply must not give.',
          line: 3,
          column: 39,
          severity: 'error'
        }
      ]
    }
  ]
})
