import {recipients} from '../../../rules/confidentiality/recipients.js'
import {RuleTester} from '../../support/rule-tester.js'

const body =
  '\n\nDear Mr Osei,\n\nYour repair visit is on Tuesday 9 June between 8am and 12pm.\n\nKind regards,\nPriya Shah\n'
const from = 'From: Priya Shah <p.shah@brightwellhomes.co.uk>\n'
const many = (count: number) => Array.from({length: count}, (_, index) => `customer${index}@example.com`).join(', ')
const tester = new RuleTester({wrap: (headers) => headers + body})

tester.run(recipients, {
  valid: [
    `${from}To: k.osei@example.com`,
    `${from}To: k.osei@example.com\nCc: repairs@brightwellhomes.co.uk, d.hughes@brightwellhomes.co.uk`,
    `${from}To: k.osei@example.com\nCc: d.hughes@north.brightwellhomes.co.uk`,
    `${from}To: k.osei@example.com, K.Osei@Example.com`,
    `${from}To: p.shah@brightwellhomes.co.uk\nBcc: ${many(30)}`,
    '',
    {
      name: 'internalDomains from the settings',
      text: `${from}To: k.osei@example.com\nCc: d.hughes@brightwell-repairs.co.uk`,
      settings: {internalDomains: ['brightwell-repairs.co.uk']}
    }
  ],
  invalid: [
    {
      text: `${from}To: k.osei@example.com\nCc: j.wilson@example.org`,
      errors: [{line: 2, column: 5, severity: 'warning', actual: '2 external recipients in To and Cc'}]
    },
    {
      text: `${from}To: K Osei <k.osei@example.com>, J Wilson <j.wilson@example.org>, m.patel@example.net`,
      errors: [{line: 2, column: 5, severity: 'warning', actual: '3 external recipients in To and Cc'}]
    },
    {
      text: `${from}To: p.shah@brightwellhomes.co.uk\nCc: ${many(15)}`,
      errors: [{line: 3, column: 5, severity: 'error', actual: '15 external recipients in To and Cc'}]
    },
    {text: 'To: k.osei@example.com, j.wilson@example.org', errors: [{line: 1, column: 5, severity: 'warning'}]},
    {
      name: 'errorAt from the options',
      text: `${from}To: k.osei@example.com, j.wilson@example.org, m.patel@example.net`,
      options: {errorAt: 3},
      errors: [{line: 2, column: 5, severity: 'error', actual: '3 external recipients in To and Cc'}]
    }
  ]
})
