/** structure/complimentary-close: The message ends with a complimentary close such as "Yours sincerely," or "Kind regards,". */
import {complimentaryClose} from '../../../rules/structure/complimentary-close.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester()

const permit =
  'Your resident parking permit for Alder Road has been renewed. The new permit will reach you by Friday 11 December.'
const signed = (greeting: string, close: string) => `${greeting}\n\n${permit}\n\n${close}\nSunita Rao\nParking Services`
/** An American close in UK correspondence: reported at the close, naming the UK close that fits the greeting. */
const american = (greeting: string, close: string, expected: string) => ({
  name: `"${close}" after "${greeting}"`,
  text: signed(greeting, close),
  errors: [
    {
      message: `"${close.slice(0, -1)}" is an American close; UK correspondence closes with "${expected}".`,
      line: 5,
      column: 1,
      severity: 'error' as const
    }
  ]
})

tester.run(complimentaryClose, {
  valid: [
    {
      name: 'an American close when the dialect is en-US',
      text: signed('Dear Mr Osei,', 'Sincerely,'),
      settings: {dialect: 'en-US'}
    },
    'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nKind regards,\nTom Bradley',
    'Dear Sir or Madam,\n\nWe have received your application for a parking permit for Alder Road. Your permit will be posted to you by Friday 11 December.\n\nYours faithfully,\nSunita Rao\nParking Services',
    'Dear Mr Ellis,\n\nYour library books are due back on Saturday 12 December. You can renew them online or at any branch.\n\nWith best wishes,\nGemma Hart\nCentral Library'
  ],
  invalid: [
    american('Dear Mr Osei,', 'Yours truly,', 'Yours sincerely'),
    american('Dear Sir or Madam,', 'Sincerely,', 'Yours faithfully'),
    american('Hi Kofi,', 'Respectfully,', 'Kind regards'),
    {
      name: 'the name straight after the body',
      text: 'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.\n\nTom Bradley\nRiverside Housing',
      errors: [
        {
          message: "The message has no complimentary close before the sender's name.",
          line: 5,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'no close and no name',
      text: 'Dear Mrs Akhtar,\n\nThank you for your email about the leak in your bathroom ceiling. Our plumber will visit on Tuesday 8 December between 8am and 12pm. If that time does not suit you, please call us on 0113 496 0281.',
      errors: [
        {
          message: "The message has no complimentary close before the sender's name.",
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    }
  ]
})
