/** spelling/guideline-terms: Brand names and terms are written exactly as your organisation's guidelines spell them (guidelines.terms). */
import {termsRule} from '../../../rules/guidelines/terms.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  settings: {guidelines: {terms: ['HeatSmart', 'Hearth Heating']}},
  wrap: (body) => `Dear Mr Osei,\n\n${body}\n\nKind regards,\nRuth Adeyemi`
})

tester.run(termsRule, {
  valid: [
    'Your HeatSmart thermostat will be fitted on Tuesday. Hearth Heating will text you the day before.',
    {
      name: 'any spelling when the guidelines list no terms',
      text: 'Your Heatsmart thermostat will be fitted on Tuesday.',
      settings: {guidelines: {}}
    }
  ],
  invalid: [
    {
      name: 'a brand name in the wrong capitals',
      text: 'Your Heatsmart thermostat will be fitted on Tuesday.',
      errors: [
        {
          message: 'Write "HeatSmart" as your organisation spells it, not "Heatsmart".',
          line: 3,
          column: 6,
          severity: 'error'
        }
      ]
    },
    {
      name: 'both terms misspelt',
      text: 'Your heatsmart thermostat will be fitted by hearth heating on Tuesday.',
      errors: [
        {
          message: 'Write "HeatSmart" as your organisation spells it, not "heatsmart".',
          line: 3,
          column: 6,
          severity: 'error'
        },
        {
          message: 'Write "Hearth Heating" as your organisation spells it, not "hearth heating".',
          line: 3,
          column: 45,
          severity: 'error'
        }
      ]
    }
  ]
})
