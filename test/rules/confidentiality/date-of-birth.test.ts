import {dateOfBirth} from '../../../rules/confidentiality/date-of-birth.js'
import {reports, tester} from './support.js'

const message = 'A full date of birth is in the message: with a name and address it is enough to steal an identity.'

tester.run(dateOfBirth, {
  valid: [
    'The details we hold are your date of birth and your address at 7 Ash Close.',
    'Your appointment is on 14/12/2026.',
    'Happy birthday on 2 March!',
    'We were founded on 14 March 1968.'
  ],
  invalid: [
    reports('Your date of birth, 14/03/1968, does not match.', message, '14/03/1968'),
    reports('DOB: 14 March 1968', message, '14 March 1968'),
    reports('You were born on 1968-03-14.', message, '1968-03-14')
  ]
})
