import {actionTime} from '../../../rules/actions/action-time.js'
import {tester} from './support.js'

tester.run(actionTime, {
  valid: [
    'We will send you a tracking link by Friday 27 November.',
    'We will send you a tracking link within 2 working days.',
    'We will send you a tracking link tomorrow.',
    'The courier will deliver on 3 December between 8am and 1pm.',
    'You do not need to do anything. If you have any questions, call us on 01604 496 0215.',
    'No further action is needed. If you have any questions, call us on 01604 496 0215.',
    {
      name: 'a next action earlier in the body has a date',
      raw: true,
      text: 'Dear Ms Kelly,\n\nThank you for sending the photographs of the damage in your kitchen.\n\nA loss adjuster will contact you by Tuesday 1 December to arrange a visit.\n\nIn the meantime, please keep any receipts for emergency repairs.\n\nIf you have any questions, call me on 0161 850 2277.\n\nBest wishes,\nMohammed Iqbal'
    }
  ],
  invalid: [
    {
      name: 'the next action has no time: a warning',
      text: 'We will send you a tracking link. Please call us on 01604 496 0215 if it does not arrive.',
      errors: [
        {
          message: 'The next actions do not say when they will happen.',
          line: 5,
          column: 1,
          severity: 'warning',
          actual: 'We will send you a tracking link.'
        }
      ]
    }
  ]
})
