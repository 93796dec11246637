/** commitments/outside-control: No promises of outcomes outside the writer's control ("the courier will definitely", "your bank will refund you"). */
import {outsideControl} from '../../../rules/commitments/outside-control.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Ms Fraser,\n\n${body}\n\nYours sincerely,\nDavid Lowe\nHarbour Motors`
})

tester.run(outsideControl, {
  valid: [
    'Your new part has been ordered and should arrive on Thursday. If it does not, we will call you the same day.',
    'We will call you on Thursday 10 December to book the repair.'
  ],
  invalid: [
    {
      name: 'promising what the courier does',
      text: 'The part has been ordered, and the courier will definitely deliver it on Thursday.',
      errors: [
        {
          message:
            '"the courier will definitely" promises what a third party will do: the organisation cannot control it, but the customer will hold you to it.',
          line: 3,
          column: 32,
          severity: 'error'
        }
      ]
    },
    {
      name: 'promising for the manufacturer',
      text: 'The manufacturer will definitely approve your warranty claim.',
      errors: [
        {
          message:
            '"The manufacturer will definitely" promises what a third party will do: the organisation cannot control it, but the customer will hold you to it.',
          line: 3,
          column: 1,
          severity: 'warning'
        }
      ]
    }
  ]
})
