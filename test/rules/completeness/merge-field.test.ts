import {mergeField} from '../../../rules/completeness/merge-field.js'
import {RuleTester} from '../../support/rule-tester.js'

const close = '\n\nKind regards,\nDaniel Hughes\nBrightwell Home\n0161 496 0732'
const tester = new RuleTester({settings: {template: true}})
const ID = 'completeness/merge-field'
const filtered = `Dear {{ first_name | default: "customer" }},\n\nYour order {{order_number}} ships on {{ship_date}}.${close}`

tester.run(mergeField, {
  valid: [
    {name: 'filters and sections', text: filtered},
    {
      name: 'nothing outside template mode',
      text: `Dear {{first_name},\n\nYour order 48213 is ready.${close}`,
      settings: {template: false}
    }
  ],
  invalid: [
    {
      name: 'a field that is not closed, with the fix',
      text: `Dear {{first_name},\n\nYour refund for order {{order_number}} has been approved.${close}`,
      errors: [
        {
          line: 1,
          column: 6,
          severity: 'error',
          message: 'Merge field "{{first_name}" is not closed with "}}".',
          suggestion: 'Close it: "{{first_name}}".'
        }
      ]
    },
    {
      name: 'a field that is not opened, an empty field and a malformed name',
      text: `Dear {first_name}},\n\nYour order {{ }} and {{order number}} are ready.${close}`,
      errors: [
        {line: 1, column: 6, message: 'Merge field "{first_name}}" is not opened with "{{".'},
        {line: 3, column: 12, message: 'Empty merge field "{{ }}".'},
        {line: 3, column: 22, message: 'Malformed merge field "{{order number}}": "order number" is not a field name.'}
      ]
    },
    {
      name: 'names checked against allowedFields',
      text: filtered,
      settings: {template: true, rules: {[ID]: {options: {allowedFields: ['first_name', 'order_number']}}}},
      errors: [
        {
          line: 3,
          column: 38,
          message: 'Unknown merge field "{{ship_date}}": "ship_date" is not one of the allowed fields.'
        }
      ]
    }
  ]
})
