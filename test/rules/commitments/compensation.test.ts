/** commitments/compensation: Offers of compensation show they are authorised and arranged ("I have arranged a goodwill payment of £20"), not open promises ("we will pay you £500"). */
import {compensation} from '../../../rules/commitments/compensation.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Ms Fraser,\n\n${body}\n\nYours sincerely,\nDavid Lowe\nHarbour Motors`
})

tester.run(compensation, {
  valid: [
    'I am sorry for the trouble. I have arranged a goodwill payment of £25, which will reach your account by Friday 11 December.',
    'Your refund of £149.00 for the service will reach your card within five working days.'
  ],
  invalid: [
    {
      name: 'a large payment for inconvenience',
      text: 'I am sorry for the trouble. We will pay you £500 for the inconvenience.',
      errors: [
        {
          message:
            '"We will pay you £500 for the inconvenience." offers compensation without showing it is authorised or arranged.',
          line: 3,
          column: 29,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'compensation promised without authority',
      text: 'We will compensate you for the lost day at work and the taxi fares.',
      errors: [
        {
          message:
            '"We will compensate you for the lost day at work and the taxi fares." offers compensation without showing it is authorised or arranged.',
          line: 3,
          column: 1,
          severity: 'warning'
        }
      ]
    }
  ]
})
