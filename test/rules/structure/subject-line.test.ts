/** structure/subject-line: An email has a specific subject line: not empty, not only "Re:"/"Fw:", not one word, not in capitals. */
import {subjectLine} from '../../../rules/structure/subject-line.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

// Moved from test/rules/structure.test.ts: an email with a To header and the subject under test (line 2).
const bill =
  'Thank you for your letter of 5 November about your bill. We will send a corrected bill by Friday 27 November.'
const message = (subject: string) =>
  `To: amir.khan@example.com\nSubject: ${subject}\n\nDear Mr Khan,\n\n${bill}\n\nKind regards,\nSam Okafor`
const vague = (subject: string) =>
  `The subject "${subject}" is vague: it could head any customer's email and does not say what this one is about.`
const fails = (subject: string, expected: string) => ({
  name: `fails the subject "${subject}"`,
  text: message(subject),
  errors: [{message: expected, line: 2, severity: 'error' as const}]
})

tester.run(subjectLine, {
  valid: [
    ...[
      'Your order 48213',
      'Your refund for the blue kettle',
      'Your boiler service on 4 March',
      'New opening hours'
    ].map((subject) => ({name: `a subject with a detail: "${subject}"`, text: message(subject)})),
    {name: 'a letter needs no subject', text: `Dear Mr Khan,\n\n${bill}\n\nYours sincerely,\nSam Okafor`},
    "Subject: Plumber's visit on Tuesday 8 December\n\nDear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley",
    'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley',
    'Subject: Re: Leak in bathroom ceiling, 14 Mill Lane\n\nDear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley'
  ],
  invalid: [
    fails('', 'The subject line is empty.'),
    fails('Re: Re: Fw:', 'The subject "Re: Re: Fw:" is only reply or forward prefixes.'),
    fails('Refund', 'The subject "Refund" is one word: it does not say what the email is about.'),
    fails('YOUR REFUND IS APPROVED', 'The subject "YOUR REFUND IS APPROVED" is in capitals, which reads as shouting.'),
    ...['Your query', 'Your recent order', 'ur refund', 'Re: Your complaint'].map((subject) =>
      fails(subject, vague(subject))
    ),
    {
      name: 'an email with headers but no subject',
      text: `To: amir.khan@example.com\n\nDear Mr Khan,\n\n${bill}\n\nKind regards,\nSam Okafor`,
      errors: [{message: 'The email has no subject line.', severity: 'error'}]
    },
    {
      name: 'a subject of prefixes and one vague word',
      text: 'Subject: Re: Fwd: Update\n\nDear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley',
      errors: [
        {
          message: 'The subject "Re: Fwd: Update" is one word: it does not say what the email is about.',
          line: 1,
          column: 10,
          severity: 'error'
        }
      ]
    },
    {
      name: 'an empty subject',
      text: 'Subject:\n\nDear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley',
      errors: [{message: 'The subject line is empty.', line: 1, column: 9, severity: 'error'}]
    },
    {
      name: 'a subject in capitals',
      text: 'Subject: URGENT REPAIR APPOINTMENT\n\nDear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley',
      errors: [
        {
          message: 'The subject "URGENT REPAIR APPOINTMENT" is in capitals, which reads as shouting.',
          line: 1,
          column: 10,
          severity: 'error'
        }
      ]
    }
  ]
})
