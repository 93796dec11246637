import {placeholder} from '../../../rules/completeness/placeholder.js'
import {RuleTester} from '../../support/rule-tester.js'

const close = '\n\nKind regards,\nDaniel Hughes\nBrightwell Home\n0161 496 0732'
const tester = new RuleTester()

tester.run(placeholder, {
  valid: [
    `Dear Mr Khan,\n\nYour order 48213 has been dispatched. It will arrive on Friday 27 November.${close}`,
    {
      name: 'brackets that are not placeholders, and merge fields in template mode',
      text: `Dear {{first_name}},\n\nYour order (48213) has been dispatched [1]. He said it was "fine" [sic]. See [our returns page](https://example.co.uk/returns).${close}`,
      settings: {template: true}
    },
    {
      name: "a placeholder in quoted text is not the writer's",
      text: `Dear Mr Khan,\n\nYour order 48213 has been dispatched.${close}\n\n> Dear [name], where is my order?`
    }
  ],
  invalid: [
    {
      name: 'a placeholder left in an annex enclosed after the sign-off',
      text: `Dear Mr Khan,\n\nYour order 48213 has been dispatched. It will arrive on Friday 27 November.${close}\n\n# Annex A: Delivery details\n\nDelivery slot: [insert time]\n`,
      errors: [{message: 'Unfilled placeholder "[insert time]".', line: 12, column: 16, severity: 'error'}]
    },
    {
      name: 'each unfilled placeholder, in the salutation and the body',
      text: `Dear [Customer name],\n\nYour fee will change from [insert date]. The new fee is £XXX, start date TBC.${close}`,
      errors: [
        {
          line: 1,
          column: 6,
          actual: '[Customer name]',
          severity: 'error',
          message: 'Unfilled placeholder "[Customer name]".',
          suggestion: 'Replace "[Customer name]" with the real value before sending.'
        },
        {line: 3, column: 27, actual: '[insert date]'},
        {line: 3, column: 58, actual: 'XXX'},
        {line: 3, column: 74, actual: 'TBC'}
      ]
    },
    ...['{{first_name}}', '%FIRSTNAME%', '*|FNAME|*', '<NAME>', '<insert name>', '${firstName}'].map((field) => ({
      name: `the merge field ${field} outside template mode`,
      text: `Dear ${field},\n\nYour order 48213 has been dispatched.${close}`,
      errors: [{line: 1, column: 6, actual: field}]
    })),
    {
      name: 'Lorem ipsum and "insert … here"',
      text: `Dear Mr Khan,\n\nLorem ipsum dolor sit amet. Insert refund amount here.${close}`,
      errors: [{actual: 'Lorem ipsum'}, {actual: 'Insert refund amount here'}]
    },
    {
      name: 'bracketed notes still fail in template mode',
      text: `Dear {{first_name}},\n\nPlease quote [order number] when you call.${close}`,
      settings: {template: true},
      errors: [{line: 3, column: 14, actual: '[order number]'}]
    },
    {
      name: 'the subject line is checked, quoted text is not',
      text: `Subject: Your order [order number]\nTo: a@example.com\n\nDear Mr Khan,\n\nYour order 48213 has been dispatched.${close}\n\n> Dear [name], where is my order?`,
      errors: [{line: 1, column: 21}]
    }
  ]
})
