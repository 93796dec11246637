import {findDatesOfBirth} from './detectors.js'
import {closing, opening, personalDataRule} from './personal-data.js'

/** confidentiality/date-of-birth. */
export const dateOfBirth = personalDataRule(
  'date-of-birth',
  {
    summary: 'No full date of birth in the message.',
    why: "A full date of birth with a name and address is enough to open accounts in someone's name. Confirm it by phone or ask the customer to check it; do not write it down.",
    fail: `${opening}The details we hold are your date of birth, 14/03/1968, and your address at 7 Ash Close.${closing}`,
    pass: `${opening}The details we hold are your date of birth and your address at 7 Ash Close. Your appointment is on 14/12/2026.${closing}`,
    details:
      'Reports a full date (day, month and year: `14/03/1968`, `14 March 1968`, `March 14, 1968`, `1968-03-14`) that is a real date, not in the future, and follows a cue (`born`, `DOB`, `date of birth`, `birthday`) with at most a few filler words between (`is`, `on`, `your`, `recorded as`), or comes just before one (`14/03/1968 (your date of birth)`). With `birthday` the date must be over a year old (`your birthday on 2 December 2025` is an occasion). Other dates (appointments, deliveries, deadlines) and a birthday without a year are not reported.'
  },
  findDatesOfBirth
)
