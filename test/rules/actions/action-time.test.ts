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
    // Steps that need no date: options, prohibitions, steps through a link, pointers, states to keep.
    'You can see your order at any time via the link below:\nhttps://www.tollgate.example/orders/73310',
    'Click the link below to confirm your delivery address:\nhttps://www.tollgate.example/confirm',
    'Please do not return the boots to the shop. If you have any questions, call us on 01604 496 0215.',
    'Note: If the tracking link does not open, please try a different browser.',
    'To find out what happens next, please see our delivery guide: https://www.tollgate.example/help',
    'Your tracking number should remain the same if the courier changes.',
    'Useful links:\n\n* Track a parcel https://www.tollgate.example/track\n* Return an item https://www.tollgate.example/returns',
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
    },
    {
      name: 'a task for the customer among offers still needs a date',
      text: 'You can see your order online. Please send us the signed delivery note.',
      errors: [{line: 5, column: 32, severity: 'warning', actual: 'Please send us the signed delivery note.'}]
    }
  ]
})
