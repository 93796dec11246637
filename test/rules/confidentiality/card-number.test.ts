import {cardNumber} from '../../../rules/confidentiality/card-number.js'
import {reports, tester} from './support.js'

const message = 'A full payment card number is in the message: anyone it is forwarded to can use it.'

tester.run(cardNumber, {
  valid: [
    'Your card ending 1111 was declined.',
    'Card **** **** **** 1111',
    'Order 4111 1111 1111 1112 is on its way.',
    'Tracking number JD014600003828472394.',
    'Call us on 0161 496 0732 or +44 7700 900123.',
    'Template: 1234 5678 9012 3456.',
    'Card {{card_number}} or [card number].',
    'The IMEI of your phone is 863541051234564.',
    'Your order number is 4111 1111 1111 1111.',
    {name: 'the allow list', text: 'Pay to 4111 1111 1111 1111.', options: {allow: ['4111-1111-1111-1111']}},
    {
      name: 'a card in a quoted message is masked, not reported',
      raw: true,
      text: 'Dear Mr Nowak,\n\nThank you for your email.\n\nKind regards,\nAmira Hassan\n\n> My card is 4111 1111 1111 1111.'
    }
  ],
  invalid: [
    {
      ...reports('Your card 4111 1111 1111 1111 was declined.', message, '4111 1111 1111 1111'),
      errors: [
        {
          message,
          line: 3,
          column: 11,
          severity: 'error',
          actual: '[card number ending 1111]',
          masked: '[card number ending 1111]',
          suggestion: "Refer to the card by its last four digits: 'your card ending 1111'."
        }
      ]
    },
    reports('Card: 4111-1111-1111-1111.', message, '4111-1111-1111-1111'),
    reports('Amex 3714 496353 98431 on file', message, '3714 496353 98431'),
    reports('Mastercard 5425 2334 3010 9903', message, '5425 2334 3010 9903'),
    reports('Cards 4012888888881881 4012-8888-8888-1881.', message, '4012888888881881', '4012-8888-8888-1881'),
    {
      name: 'a card in an annex enclosed after the sign-off reaches the customer too',
      raw: true,
      text: 'Dear Mr Nowak,\n\nThank you for your order. Your refund will reach your card by Friday 6 March.\n\nYours sincerely,\n\nAmira Hassan\nCustomer Services\n\n# Annex A: Payment details\n\nCard number: 4111 1111 1111 1111\n',
      errors: [{message, line: 12, column: 14, severity: 'error'}]
    }
  ]
})
