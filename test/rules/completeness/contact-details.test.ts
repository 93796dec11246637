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
    {name: "a letter's sender address", text: letter('Greenfield Garden Centres\n1 Mill Street\nChester\nCH4 8QT\n\n')},
    // A notice the organisation sends, signed by its office, is followed up through the service.
    {
      name: 'a notification that points to the online account',
      text: 'Dear Ms Rowe,\n\nWe have updated the guidance for renewing a licence. You can read it when you next sign in to your account.\n\nKind regards,\nThe Licensing Office'
    },
    {
      name: 'an acknowledgement signed by the office',
      text: 'Dear Ms Rowe,\n\nThank you for sending your renewal form. We will check it and write to you by 12 March.\n\nKind regards,\nThe Licensing Office'
    },
    {
      name: 'a no-reply notice',
      text: 'Your renewal form has been received.\n\nWe will write to you by 12 March. Please do not reply to this email.\n\nThe Licensing Office'
    }
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
      name: 'a notification that asks the reader to get in touch, without saying how',
      text: 'Dear Ms Rowe,\n\nThank you for sending your renewal form. If any of your details have changed, please let us know.\n\nKind regards,\nThe Licensing Office',
      errors: 1
    },
    {
      name: 'the same notice signed by a person is an email from someone: it gives a way to reach them',
      text: 'Dear Ms Rowe,\n\nThank you for sending your renewal form. We will check it and write to you by 12 March.\n\nKind regards,\nAmira Khan\nLicensing Officer',
      errors: 1
    },
    {
      name: "the customer's address is not a way to reach the writer",
      text: `Mr Ben Hall\n4 Oak Road\nChester\nCH1 2AB\n\nDear Mr Hall,\n\nYou can return a gift within 60 days.\n\nYours sincerely,\nMegan Lloyd`,
      errors: 1
    }
  ]
})
