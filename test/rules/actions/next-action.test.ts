import {nextAction} from '../../../rules/actions/next-action.js'
import {tester} from './support.js'

const message =
  'The message ends without a next action: it does not say who will do what next, or what the customer should do.'

tester.run(nextAction, {
  valid: [
    'It will arrive by Thursday 26 November. If it does not, please call us on 01604 496 0215.',
    'Our driver will text you on the morning of delivery.',
    'Your refund will reach your card within 5 working days.',
    'Please reply to this email by Friday 27 November.',
    'Could you confirm your new address by Monday?',
    'You can track the parcel at tollgateboots.co.uk/track.',
    'You do not need to do anything. If you have any questions, reply to this email.',
    'If this date does not suit you, call us on 01604 496 0215.',
    "I'll call you tomorrow morning to check that the boots fit.",
    'Next steps: the courier collects the parcel on Friday.',
    'It can take up to five working days to appear on your statement.',
    'An engineer is booked to visit on Thursday 3 December.',
    'Expect a call from our engineer on Monday morning.',
    'No further action is needed.',
    "You're welcome to call me on 01604 496 0215, Monday to Friday.",
    {
      name: 'a trailing courtesy paragraph after the next action',
      text: 'It will arrive by Thursday 26 November.\n\nThank you again for your patience.\n\nWe look forward to hearing from you.'
    },
    {
      name: 'more paragraphs read with option paragraphs: 3',
      text: 'We will send you a tracking link today.\n\nWe have made boots since 1952.\n\nEvery pair is made by hand.',
      options: {paragraphs: 3}
    },
    {
      name: 'a next action earlier in a longer body',
      raw: true,
      text: 'Dear Ms Kelly,\n\nThank you for sending the photographs of the damage in your kitchen.\n\nA loss adjuster will contact you by Tuesday 1 December to arrange a visit.\n\nIn the meantime, please keep any receipts for emergency repairs.\n\nIf you have any questions, call me on 0161 850 2277.\n\nBest wishes,\nMohammed Iqbal'
    }
  ],
  invalid: [
    {
      name: 'an ending with no next action, reported at the last sentence of the body',
      text: 'We have made walking boots in Northamptonshire since 1952.\n\nThank you for shopping with us. We value your custom.',
      errors: [
        {
          message,
          line: 7,
          column: 33,
          severity: 'error',
          expected: 'a next action, e.g. "We will refund £4.99 by Friday 27 November."'
        }
      ]
    },
    {
      name: 'a sentence without an actor is not a next action',
      text: 'More information will follow in due course. Thank you for your patience.',
      errors: [{message, line: 5, column: 45}]
    },
    {
      name: 'only the last paragraphs count (default option paragraphs)',
      text: 'We will send you a tracking link today.\n\nWe have made boots since 1952.\n\nEvery pair is made by hand.',
      errors: [{message, line: 9, column: 1}]
    },
    {
      name: 'trailing courtesy paragraphs skipped, reported at the real end of the body',
      text: 'We have made boots since 1952.\n\nWe look forward to hearing from you.',
      errors: [{message, line: 7, column: 1}]
    }
  ]
})
