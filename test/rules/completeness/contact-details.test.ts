import {contactDetails} from '../../../rules/completeness/contact-details.js'
import {RuleTester} from '../../support/rule-tester.js'

const body = 'Dear Mr Hall,\n\nYou can return a gift without a receipt within 60 days.'
const tester = new RuleTester()
const letter = (sender: string) =>
  `${sender}23 November 2026\n\nMr Ben Hall\n4 Oak Road\nChester\nCH1 2AB\n\nDear Mr Hall,\n\nYou can return a gift within 60 days.\n\nYours sincerely,\nMegan Lloyd`

tester.run(contactDetails, {
  valid: [
    ...[
      'Call us on 020 7946 0381.',
      'Call us on 01244 496 0127.',
      'Email help@greenfield.co.uk.',
      'See greenfield.co.uk/returns.',
      'Write to us at PO Box 88, Chester.',
      'If you have any questions, reply to this email.',
      'Call our store in Columbus at (614) 555-0142.',
      'Call our Dublin office on +353 1 234 5678.'
    ].map((sentence) => `${body} ${sentence}\n\nKind regards,\nMegan Lloyd`),
    {
      name: 'a signature block set aside after "-- "',
      text: `${body}\n\nThanks,\nMegan\n\n-- \nMegan Lloyd | Greenfield Garden Centres\n01244 496 0127`
    },
    {name: "a letter's sender address", text: letter('Greenfield Garden Centres\n1 Mill Street\nChester\nCH4 8QT\n\n')}
  ],
  invalid: [
    {
      name: 'no contact details: reported at the complimentary close',
      text: `${body}\n\nKind regards,\nMegan Lloyd\nGreenfield Garden Centres`,
      errors: [
        {
          line: 5,
          column: 1,
          severity: 'error',
          message:
            'The message gives no contact details for follow-up: no phone number, email address, web address or postal address.'
        }
      ]
    },
    {
      name: "the customer's address is not a way to reach the writer",
      text: `Mr Ben Hall\n4 Oak Road\nChester\nCH1 2AB\n\nDear Mr Hall,\n\nYou can return a gift within 60 days.\n\nYours sincerely,\nMegan Lloyd`,
      errors: 1
    }
  ]
})
