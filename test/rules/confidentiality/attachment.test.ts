import {attachment} from '../../../rules/confidentiality/attachment.js'
import {tester} from './support.js'

tester.run(attachment, {
  valid: [
    'I have attached invoice-2291.pdf with your readings.',
    'I have attached your account history as account-history-K-Osei.pdf.',
    'Our system exports a file called clients.csv each night.',
    'Please find attached photo.jpg of the damage.'
  ],
  invalid: [
    {
      text: 'I have attached customers.csv with your readings.',
      errors: [{line: 3, column: 17, actual: 'customers.csv'}]
    },
    {
      name: 'a file named as attached, another only mentioned',
      text: 'I have attached customers.csv with your readings.\n\nOur system exports a file called clients.csv each night.',
      errors: [{line: 3, column: 17, actual: 'customers.csv'}]
    },
    {text: 'Please find attached CustomerList.xlsx for your records.', errors: [{actual: 'CustomerList.xlsx'}]},
    {
      name: 'named in an annex enclosed after the sign-off',
      raw: true,
      text: 'Dear Ms Osei,\n\nYour meter readings are below.\n\nYours sincerely,\n\nAmira Hassan\nCustomer Services\n\n# Annex A: Files\n\nAttached: customers.csv\n',
      errors: [{line: 12, column: 11, actual: 'customers.csv'}]
    }
  ]
})
