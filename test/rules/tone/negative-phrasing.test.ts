/** tone/negative-phrasing: positive alternatives to negative phrasing; "unfortunately" and "problem" not piled up. */
import {negativePhrasing} from '../../../rules/tone/negative-phrasing.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Ms Adeyemi,\n\n${body}\n\nKind regards,\nOwen Fletcher\nHartley Home Insurance`
})

tester.run(negativePhrasing, {
  valid: [
    'Thank you for your claim for the storm damage to your fence. We can pay for a new fence panel, and our contractor will call you by Friday to arrange a visit.',
    'Under your policy you can claim for accidental damage. If you would like us to, we can send you a claim form today.',
    // A requirement after a condition or beside the rule it comes from, and empathy, are not orders.
    'Under the terms and conditions of your cover, you must tell us within 30 days if you move house.',
    'If you change any of the figures, you must sign the form again. You must have been very worried when the water came through.',
    // One "unfortunately", and "problem" twice, are ordinary.
    'Unfortunately the roofer cannot visit until Monday. The problem with the gutter is covered, and the problem with the tiles is being checked.',
    'I am sorry this has taken so long, and I have asked our claims team to call you today.'
  ],
  invalid: [
    {
      name: 'hiding behind policy',
      text: 'Our policy states that we do not cover wear and tear.',
      errors: [
        {
          message: '"Our policy states" hides behind rules instead of explaining.',
          line: 3,
          column: 1,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'closing the door',
      text: 'There is nothing we can do about the delay, as per our terms.',
      errors: [
        {
          message: '"There is nothing we can do" closes the door on the customer.',
          line: 3,
          column: 1,
          severity: 'warning'
        },
        {
          message: '"as per our terms" hides behind the rules instead of explaining them.',
          line: 3,
          column: 45,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'passing the customer on',
      text: "I can't help with your car claim; that's not my department.",
      errors: [
        {
          message: '"that\'s not my department" passes the customer on without help.',
          line: 3,
          column: 35,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'an order',
      text: 'You must send us the receipts by Friday.',
      errors: [{message: '"You must" sounds like an order.', line: 3, column: 1, severity: 'warning'}]
    },
    {
      name: '"unfortunately" piled up',
      text: 'Unfortunately the fence is not covered. Unfortunately the shed is not covered either.',
      errors: [
        {
          message: '"Unfortunately" is used 2 times: more than one \'unfortunately\' piles up bad news.',
          line: 3,
          column: 41,
          severity: 'warning'
        }
      ]
    }
  ]
})
