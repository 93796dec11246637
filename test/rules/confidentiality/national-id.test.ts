import {nationalId} from '../../../rules/confidentiality/national-id.js'
import {reports, tester} from './support.js'

const nino =
  'A National Insurance number is in the message: it is used to prove identity and is valuable to fraudsters.'
const nhs =
  "An NHS number is in the message: it links to the person's health records, which are special-category personal data."
const passport = 'A passport number is in the message: it is an identity document number that fraudsters use.'
const licence =
  "A driving licence number is in the message: it encodes the holder's name and date of birth and proves identity."

tester.run(nationalId, {
  valid: [
    'Number JK 24 68 13 E (suffix not A–D).',
    'Example: QQ 12 34 56 C.',
    'Order 9434765919 has shipped.',
    'Please bring your NHS number. Order 9434765919 has shipped.',
    'Call NHS 111 or 0161 496 0732.',
    'Please bring your passport. Order 925665416 shipped.',
    'MORGA 607054 SM9IJ without a cue'
  ],
  invalid: [
    reports('Your NI number is JK 24 68 13 B.', nino, 'JK 24 68 13 B'),
    reports('Your national insurance number tw987654a is noted.', nino, 'tw987654a'),
    reports('Your NHS number is 485 777 3392.', nhs, '485 777 3392'),
    reports('NHS numbers: 4857773392 and 4010232137.', nhs, '4857773392', '4010232137'),
    reports('Your passport number 925665416 is recorded.', passport, '925665416'),
    reports('Licence MORGA607054SM9IJ noted.', licence, 'MORGA607054SM9IJ')
  ]
})
