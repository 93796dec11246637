import {cardSecurityCode} from '../../../rules/confidentiality/card-security-code.js'
import {reports, tester} from './support.js'

const message =
  'A card security code (CVV) is in the message: with the card number it lets anyone pay with the card, and it must never be stored.'

tester.run(cardSecurityCode, {
  valid: [
    'Never send us your CVV.',
    'Please do not send your security code. We sent 250 leaflets.',
    'Your security code expires in 10 minutes.',
    'We have texted you a security code. Your security code is 4821.',
    'Room 737 is on the second floor.',
    'The CVV for {{cvv}}.'
  ],
  invalid: [
    reports('The CVV 737 is on the back.', message, '737'),
    reports('Your card security code is 123.', message, '123'),
    reports('The security code on the back of your card is 123.', message, '123'),
    reports('CVC: 4321', message, '4321'),
    reports('the card security code on the back of your card, 818, was wrong', message, '818')
  ]
})
