/** <criterion>/guideline-prefer, for every criterion: a word the organisation's guidelines replace with another. */
import {PREFER_CRITERION} from '../../../rules/guidelines/prefer.js'
import {guidelineRules, tester} from './support.js'

for (const rule of guidelineRules('guideline-prefer')) {
  const criterion = rule.criterion
  const entry =
    criterion === PREFER_CRITERION
      ? {use: 'engineer', instead: ['technician', 'fitter']}
      : {use: 'engineer', instead: ['technician', 'fitter'], criterion}
  const elsewhere = criterion === 'clarity' ? 'purpose' : 'clarity'
  tester.run(rule, {
    valid: [
      {
        name: 'the preferred word',
        text: 'Our engineer will service your boiler on Tuesday 8 December.',
        settings: {guidelines: {prefer: [entry]}}
      },
      {
        name: 'an entry for another criterion',
        text: 'Our technician will service your boiler on Tuesday 8 December.',
        settings: {guidelines: {prefer: [{...entry, criterion: elsewhere}]}}
      }
    ],
    invalid: [
      {
        name: 'each word to avoid, with the preferred one (its capital kept)',
        text: 'Our technician will service your boiler on Tuesday. Fitter visits take an hour.',
        settings: {guidelines: {prefer: [entry]}},
        errors: [
          {
            message: 'Use "engineer" instead of "technician" (organisation guidelines).',
            suggestion: 'Replace "technician" with "engineer".',
            line: 3,
            column: 5,
            endColumn: 15,
            severity: 'warning'
          },
          {
            message: 'Use "engineer" instead of "Fitter" (organisation guidelines).',
            suggestion: 'Replace "Fitter" with "Engineer".',
            line: 3,
            column: 53,
            severity: 'warning'
          }
        ]
      },
      {
        name: 'an entry made an error',
        text: 'Our technician will service your boiler on Tuesday.',
        settings: {guidelines: {prefer: [{...entry, severity: 'error'}]}},
        errors: [{line: 3, column: 5, severity: 'error'}]
      }
    ]
  })
}
