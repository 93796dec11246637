import {bankDetails} from '../../../rules/confidentiality/bank-details.js'
import {reports, tester} from './support.js'

const sortCode =
  'A sort code with an account number is in the message: together they identify a bank account and can be used for fraud.'
const account =
  'A bank account number with its sort code is in the message: together they identify a bank account and can be used for fraud.'
const iban =
  'A full IBAN (international bank account number) is in the message: it identifies a bank account and is personal data.'
const pair = 'We will refund your account, sort code 20-45-77, account number 41236987, by Friday.'

tester.run(bankDetails, {
  valid: [
    'Your sort code 20-45-77 is for our Leeds branch.',
    'IBAN GB82 WEST 1234 5698 7654 33 (bad checksum).',
    'BIC NWBKGB2L',
    'Reference AB12CDEF34567890.',
    {name: 'the allow list (the account alone is enough)', text: pair, options: {allow: ['41236987']}}
  ],
  invalid: [
    {
      ...reports(pair, sortCode, '20-45-77'),
      errors: [
        {message: sortCode, line: 3, column: 40, masked: '[sort code]'},
        {message: account, line: 3, column: 65, masked: '[account number ending 6987]'}
      ]
    },
    reports('Refund to GB82 WEST 1234 5698 7654 32 today.', iban, 'GB82 WEST 1234 5698 7654 32'),
    reports('IBAN DE89 3704 0044 0532 0130 00 THANKS', iban, 'DE89 3704 0044 0532 0130 00')
  ]
})
