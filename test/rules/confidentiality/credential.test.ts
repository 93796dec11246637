import {credential} from '../../../rules/confidentiality/credential.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (sentence) =>
    `Dear Ms Wilson,\n\n${sentence}\n\nIf you have any questions, please call us on 0161 496 0732.\n\nKind regards,\nDaniel Hughes\n`
})

tester.run(credential, {
  valid: [
    'Please reset your password using the link we sent.',
    'We will never ask for your PIN or your password.',
    'Your password has been reset.',
    'A one-time code will be sent to your phone.',
    'Your password is case-sensitive.',
    'Your password is ******** (hidden for your security).',
    'Your password is {{password}}.',
    'Your temporary password: [password]',
    'Do not use a PIN like 1234 or your date of birth.',
    'Your PIN is the same as before.',
    // A link to set a password, or a field named after one, is not a password.
    'You can reset your password using the link below:\nhttps://accounts.example.gov.uk/users/password/edit?reset_password_token=Qw8Lm2Zr5Tx9',
    'Reset your password here: https://accounts.example.gov.uk/reset?token=Zk4Pq7Wn2',
    'Choose a new password with this link: www.example.co.uk/account/password/new?key=a9F3kLm2',
    {
      name: 'a merge field named after a password',
      text: 'Use this link: {{edit_password_url}}',
      settings: {template: true}
    },
    'The field new_password must be 12 characters long.',
    {
      name: "a value in a quoted earlier message is the customer's",
      raw: true,
      text: 'Dear Ms Wilson,\n\nThank you. We have reset your account.\n\nKind regards,\nDaniel Hughes\n\nOn 3 May 2026, Jo Wilson wrote:\n> My password is Bluebell2024 and it does not work.\n'
    }
  ],
  invalid: [
    ...[
      ['Your online account password is also listed as Bluebell2024, so you can log in.', 'Bluebell2024', '[password]'],
      ['Your temporary password: Xy7#kP2q', 'Xy7#kP2q', '[password]'],
      ['Your PIN is 4821.', '4821', '[PIN]'],
      ['Your one-time code is 483920.', '483920', '[one-time code]'],
      ['Your memorable word is giraffe.', 'giraffe', '[memorable word]'],
      ["Your mother's maiden name is Smith, as we hold it.", 'Smith', '[security answer]']
    ].map(([text, value, masked]) => ({
      name: text,
      text,
      errors: [
        {
          line: 3,
          column: text.indexOf(value) + 1,
          endColumn: text.indexOf(value) + value.length + 1,
          masked,
          severity: 'error' as const
        }
      ]
    })),
    {
      name: 'a password beside a link is still a password',
      text: 'Sign in at https://accounts.example.gov.uk/login with the password Tulip-88, then change it.',
      errors: [{line: 3, column: 68, masked: '[password]'}]
    },
    {
      name: 'each value of a sentence',
      text: 'Your PIN is 4821 and your password is Bluebell2024.',
      errors: [
        {line: 3, column: 13, masked: '[PIN]'},
        {line: 3, column: 39, masked: '[password]'}
      ]
    }
  ]
})
