/** structure/subject-line: An email has a specific subject line: not empty, not only "Re:"/"Fw:", not one word, not in capitals. */
import {subjectLine} from '../../../rules/structure/subject-line.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

tester.run(subjectLine, {
  valid: [
    "Subject: Plumber's visit on Tuesday 8 December\n\nDear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley",
    'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley',
    'Subject: Re: Leak in bathroom ceiling, 14 Mill Lane\n\nDear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley'
  ],
  invalid: [
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
