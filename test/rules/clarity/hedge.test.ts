/** clarity/hedge: Statements and promises are not weakened by hedges ("I think", "hopefully") or a pile of softeners ("quite", "really"). */
import {hedge} from '../../../rules/clarity/hedge.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Nwosu,\n\n${body}\n\nKind regards,\nClaire Bennett\nOakfield Council`
})

tester.run(hedge, {
  valid: [
    'We have fixed the street light outside your house. It will stay on from dusk to dawn.',
    'I am very sorry for the delay in replying to you.'
  ],
  invalid: [
    {
      name: 'hedging a fact',
      text: 'I think the street light has been fixed, and hopefully it will stay on now.',
      errors: [
        {
          message: '"I think" weakens what you say: the customer cannot tell whether it is true.',
          line: 3,
          column: 1,
          severity: 'warning'
        },
        {
          message: '"hopefully" weakens what you say: the customer cannot tell whether it is true.',
          line: 3,
          column: 46,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'basically',
      text: 'Basically, your permit runs out on 31 December.',
      errors: [
        {
          message: '"Basically" weakens what you say: the customer cannot tell whether it is true.',
          line: 3,
          column: 1,
          severity: 'warning'
        }
      ]
    }
  ]
})
