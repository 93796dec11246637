/** <criterion>/guideline-required, for every criterion: wording the organisation's guidelines require is missing. */
import {REQUIRED_CRITERION} from '../../../rules/guidelines/required.js'
import {guidelineRules, tester} from './support.js'

const booked = 'Your boiler service is booked for Tuesday 8 December, job reference HH-20817.'

for (const rule of guidelineRules('guideline-required')) {
  const criterion = rule.criterion
  const entry = criterion === REQUIRED_CRITERION ? {phrase: 'call us on'} : {phrase: 'call us on', criterion}
  const pattern = {pattern: 'reference [A-Z]{2}-\\d+', message: 'Quote the job reference.', criterion}
  const elsewhere = criterion === 'clarity' ? 'purpose' : 'clarity'
  tester.run(rule, {
    valid: [
      {
        name: 'the required phrase in the body',
        text: `${booked} To move it, call us on 0161 496 0555.`,
        settings: {guidelines: {required: [entry, pattern]}}
      },
      {
        name: 'the required phrase in the signature counts',
        raw: true,
        text: `Dear Mr Osei,\n\n${booked}\n\nKind regards,\nRuth Adeyemi\nHearth Heating: call us on 0161 496 0555`,
        settings: {guidelines: {required: [entry]}}
      },
      {
        name: 'an entry for another criterion',
        text: booked,
        settings: {guidelines: {required: [{...entry, criterion: elsewhere}]}}
      }
    ],
    invalid: [
      {
        name: 'a missing phrase, reported on the last body paragraph',
        text: booked,
        settings: {guidelines: {required: [entry]}},
        errors: [
          {
            message: 'Your organisation\'s guidelines require "call us on", and the draft does not have it.',
            suggestion: 'Add "call us on".',
            line: 3,
            column: 1,
            severity: 'error'
          }
        ]
      },
      {
        name: 'a missing pattern, with its message',
        text: 'Your boiler service is booked for Tuesday 8 December. To move it, call us on 0161 496 0555.',
        settings: {guidelines: {required: [entry, pattern]}},
        errors: [
          {
            message:
              "Your organisation's guidelines require text matching /reference [A-Z]{2}-\\d+/, and the draft does not have it: Quote the job reference.",
            suggestion: 'Quote the job reference.',
            line: 3,
            column: 1,
            severity: 'error'
          }
        ]
      },
      {
        name: 'the phrase only in the quoted message does not count',
        text: `${booked}\n\n> Your website says call us on 0161 496 0000, but nobody answers.`,
        settings: {guidelines: {required: [entry]}},
        errors: [{message: /require "call us on"/, line: 3, column: 1}]
      }
    ]
  })
}
