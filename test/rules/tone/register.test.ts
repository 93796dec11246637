/** tone/register: A professional register: no text-speak, slang or emoji, and a close that fits the greeting. */
import {register} from '../../../rules/tone/register.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Kowalski,\n\n${body}\n\nKind regards,\nHannah Reid\nNorthgate Energy`
})

tester.run(register, {
  valid: [
    'Thank you for your email. I will send the form today; please return it by Friday 11 December.',
    'Thanks for getting in touch. Your new tariff starts on 1 January.',
    // Officialese is tone/bureaucratic's.
    'Please find enclosed herewith the form. We hereby acknowledge receipt of your reading.'
  ],
  invalid: [
    {
      name: 'text speak',
      text: 'Thanks for ur email. I will send the form 2day, pls return it by Fri.',
      errors: [
        {message: '"ur" is text-speak for customer correspondence.', line: 3, column: 12, severity: 'error'},
        {message: '"2day" is text-speak for customer correspondence.', line: 3, column: 43, severity: 'error'},
        {message: '"pls" is text-speak for customer correspondence.', line: 3, column: 49, severity: 'error'}
      ]
    },
    {
      name: 'slang',
      text: 'Cheers for the reading, mate. Gonna update ur bill now.',
      errors: [
        {message: '"mate" is too informal for customer correspondence.', line: 3, column: 25, severity: 'warning'},
        {message: '"Gonna" is text-speak for customer correspondence.', line: 3, column: 31, severity: 'error'},
        {message: '"ur" is text-speak for customer correspondence.', line: 3, column: 44, severity: 'error'}
      ]
    }
  ]
})
