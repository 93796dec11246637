import {vagueTime} from '../../../rules/actions/vague-time.js'
import {tester} from './support.js'

tester.run(vagueTime, {
  valid: [
    'We will reply by Friday 27 November. Call us on 01604 496 0215.',
    'We will refund you as soon as we receive the boots.',
    'Your refund will reach your card within 5 working days.',
    'Our summer sale opens again soon, on Monday 6 July. Call us on 01604 496 0215.',
    'We will call you shortly (by 5pm today) to arrange a collection.',
    {
      name: "a vague time outside the body is not the writer's promise",
      raw: true,
      text: 'Dear Ms Brown,\n\nIt arrives on Friday.\n\nSpeak soon,\nSophie Turner'
    }
  ],
  invalid: [
    {
      name: 'a date in the next sentence does not make "soon" specific',
      text: 'We will send a tracking link soon. The boots were packed on 3 May.',
      errors: [{line: 5, column: 30, actual: 'soon'}]
    },
    {
      name: 'each vague time, with what to write instead',
      text: 'We will send a tracking link soon and reply to your question in due course. Call us on 01604 496 0215.',
      errors: [
        {
          message: '"soon" is a vague time: the customer cannot tell when to expect it.',
          suggestion: 'Replace "soon" with a date or a time limit, e.g. "by Friday 27 November".',
          line: 5,
          column: 30,
          severity: 'warning',
          actual: 'soon'
        },
        {line: 5, column: 62, actual: 'in due course'}
      ]
    },
    {
      name: '"as soon as possible" is one phrase',
      text: 'Please reply as soon as possible.',
      errors: [{line: 5, column: 14, actual: 'as soon as possible'}]
    },
    {
      name: 'ASAP and "at your earliest convenience"',
      text: 'Please send them ASAP, or at your earliest convenience.',
      errors: [{actual: 'ASAP'}, {actual: 'at your earliest convenience'}]
    }
  ]
})
