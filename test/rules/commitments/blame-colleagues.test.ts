/** commitments/blame-colleagues: No blaming colleagues or other departments ("the warehouse messed up", "my colleague got it wrong", "another department"). */
import {blameColleagues} from '../../../rules/commitments/blame-colleagues.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) =>
    `Subject: Your complaint about a scratch on your car\n\nDear Ms Fraser,\n\n${body}\n\nYours sincerely,\nDavid Lowe\nHarbour Motors`
})

tester.run(blameColleagues, {
  valid: [
    'I am sorry that your car was returned with a scratch. We will repair it free of charge on Monday 7 December.',
    'I am sorry for the scratch. Our workshop team will repair it on Monday 7 December.',
    'Our technician is very experienced and will call you before he starts.'
  ],
  invalid: [
    {
      name: 'blaming a colleague in a reply to a complaint: an error',
      text: 'I am sorry: my colleague got it wrong when he parked your car. We will repair the scratch on Monday.',
      errors: [
        {
          message:
            '"my colleague got it wrong" blames a colleague or another team in writing: the customer reads it as the organisation\'s own fault, and it may be unfair to the colleague.',
          line: 5,
          column: 13,
          severity: 'error'
        }
      ]
    },
    {
      name: 'the same blame with no problem in the subject: a warning',
      text: 'Dear Ms Fraser,\n\nMy colleague got it wrong when he booked your service for the wrong day. We will see you on Monday 7 December instead.\n\nYours sincerely,\nDavid Lowe\nHarbour Motors',
      raw: true,
      errors: [
        {
          message:
            '"My colleague got it wrong" blames a colleague or another team in writing: the customer reads it as the organisation\'s own fault, and it may be unfair to the colleague.',
          line: 3,
          column: 1,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'human error and another department',
      text: 'The scratch was caused by human error, and the paintwork is handled by another department.',
      errors: [
        {
          message:
            '"human error" blames a colleague or another team in writing: the customer reads it as the organisation\'s own fault, and it may be unfair to the colleague.',
          line: 5,
          column: 27,
          severity: 'error'
        },
        {
          message: '"another department" passes the problem to someone the customer cannot reach.',
          line: 5,
          column: 72,
          severity: 'error'
        }
      ]
    }
  ]
})
