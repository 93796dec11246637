import {secret} from '../../../rules/confidentiality/secret.js'
import {RuleTester} from '../../support/rule-tester.js'

const token = 'ghp_0123456789abcdefghijABCDEFGHIJ012345'
const tester = new RuleTester({wrap: (sentence) => `Dear Mr Osei,\n\n${sentence}\n\nKind regards,\nPriya Shah\n`})

tester.run(secret, {
  valid: [
    'Your order 4829103377 is on its way, tracking number JD014600003828472394.',
    'Your reference is INV-2026-00418 and the total was £1,234.56.',
    'You can read more on https://example.com/help/returns-and-refunds-2026.',
    'The documented example key AKIAIOSFODNN7EXAMPLE is not a real one.',
    {
      name: 'a key in a quoted message is masked, not reported',
      raw: true,
      text: `Dear Mr Osei,\n\nThank you. Our developer has now connected your shop to the booking system.\n\nKind regards,\nPriya Shah\n\nOn 3 May 2026, Dev Team wrote:\n> Use the token ${token} for the shop.\n`
    }
  ],
  invalid: [
    {
      text: `The booking system now uses the token ${token} to read your calendar.`,
      errors: [
        {
          line: 3,
          column: 39,
          endColumn: 39 + token.length,
          masked: '[access token]',
          actual: '[access token]',
          severity: 'error'
        }
      ]
    },
    {
      text: 'The report connects to postgres://app:Hunter2secret@db.example.com:5432/reports each night.',
      errors: [{masked: '[access token]'}]
    }
  ]
})
