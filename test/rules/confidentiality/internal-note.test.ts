import {internalNote} from '../../../rules/confidentiality/internal-note.js'
import {tester} from './support.js'

tester.run(internalNote, {
  valid: [
    'Your appointment is on [date] at [time].',
    'As the report says [1], the boiler was fitted correctly [2, 3].',
    'Our internal review found that the fitter was late.',
    'We have discussed this internally and agree.',
    'Please do not send cash through the post.',
    'The total is £45 [including VAT].',
    'Our internal complaints procedure has two stages.',
    {
      name: "a note in a quoted message is not the writer's",
      raw: true,
      text: 'Dear Mr Osei,\n\nThank you for your email. We can refund the £150 call-out fee.\n\nKind regards,\nPriya Shah\n\nOn 3 May 2025, Kofi Osei wrote:\n> TODO is what my builder writes on everything.\n'
    }
  ],
  invalid: [
    ...[
      ['INTERNAL: customer has complained twice before.', 'INTERNAL'],
      ['This summary is for internal use only.', 'for internal use only'],
      ['TODO add the refund amount', 'TODO'],
      ['DO NOT SEND until Sarah has checked it.', 'DO NOT SEND'],
      ['Between you and me, the fitter was late again.', 'Between you and me'],
      ['The fee was £150. [Mike - is this right?]', '[Mike - is this right?]'],
      ["Don't tell the customer about the second fault.", "Don't tell the customer"]
    ].map(([text, note]) => ({
      name: text,
      text,
      errors: [
        {
          line: 3,
          column: text.indexOf(note) + 1,
          endColumn: text.indexOf(note) + note.length + 1,
          severity: 'error' as const
        }
      ]
    })),
    {
      name: 'a note in the prose beside a quoted message',
      raw: true,
      text: 'Dear Mr Osei,\n\nThank you for your email. We can refund the £150 call-out fee. [Mike - is this right?]\n\nKind regards,\nPriya Shah\n\nOn 3 May 2025, Kofi Osei wrote:\n> TODO is what my builder writes on everything.\n',
      errors: [{line: 3, column: 64}]
    }
  ]
})
