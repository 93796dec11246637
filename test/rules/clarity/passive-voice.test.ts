/** clarity/passive-voice: Active voice: "the courier damaged your parcel", not "your parcel was damaged by the courier". */
import {passiveVoice} from '../../../rules/clarity/passive-voice.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Nwosu,\n\n${body}\n\nKind regards,\nClaire Bennett\nOakfield Council`
})

tester.run(passiveVoice, {
  valid: [
    'Our team repaired the street light outside your house on Tuesday.',
    'Your application has been approved, and your permit is in the post.'
  ],
  invalid: [
    {
      name: 'a passive with its doer',
      text: 'The street light outside your house was repaired by our team on Tuesday.',
      errors: [
        {
          message: 'Passive voice: "was repaired by our team" puts the doer last.',
          line: 3,
          column: 37,
          severity: 'warning'
        }
      ]
    },
    {
      name: 'passives without a doer, when asked to report them',
      text: 'Your application was received on 2 December and was approved on 4 December.',
      options: {agentless: 'always'},
      errors: [
        {
          message: 'Passive voice: "was received" does not say who did it (2 passives in 1 sentences).',
          line: 3,
          column: 18,
          severity: 'warning'
        },
        {
          message: 'Passive voice: "was approved" does not say who did it (2 passives in 1 sentences).',
          line: 3,
          column: 49,
          severity: 'warning'
        }
      ]
    }
  ]
})
