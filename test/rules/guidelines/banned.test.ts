/** <criterion>/guideline-banned, for every criterion: a phrase the organisation's guidelines ban. */
import {BANNED_CRITERION} from '../../../rules/guidelines/banned.js'
import {guidelineRules, tester} from './support.js'

const booked = 'No worries, your boiler service is booked for Tuesday 8 December. No worries if you need to move it.'
const banned = (message?: string) => ({
  message: message ?? '"No worries" is banned by your organisation\'s guidelines.',
  severity: 'error' as const
})

for (const rule of guidelineRules('guideline-banned')) {
  const criterion = rule.criterion
  // An entry that names no criterion lands under the default one.
  const entry = criterion === BANNED_CRITERION ? {phrase: 'no worries'} : {phrase: 'no worries', criterion}
  const elsewhere = criterion === 'clarity' ? 'purpose' : 'clarity'
  tester.run(rule, {
    valid: [
      {
        name: 'a draft without the phrase',
        text: 'Of course: your boiler service is booked for Tuesday 8 December.',
        settings: {guidelines: {banned: [entry]}}
      },
      {
        name: 'the phrase in a quoted message is not the writer’s',
        text: 'Of course: your boiler service is booked for Tuesday 8 December.\n\n> No worries if you are busy that week.',
        settings: {guidelines: {banned: [entry]}}
      },
      {
        name: 'an entry for another criterion',
        text: booked,
        settings: {guidelines: {banned: [{phrase: 'no worries', criterion: elsewhere}]}}
      },
      {
        name: 'within an occurrence limit',
        text: 'No worries, your boiler service is booked for Tuesday 8 December.',
        settings: {guidelines: {banned: [{...entry, max: 1}]}}
      }
    ],
    invalid: [
      {
        name: 'every use of the phrase, in any case',
        text: booked,
        settings: {guidelines: {banned: [entry]}},
        errors: [
          {...banned(), line: 3, column: 1, endColumn: 11, suggestion: 'Reword the sentence without "No worries".'},
          {...banned(), line: 3, column: 67}
        ]
      },
      {
        name: 'with its own message and severity',
        text: booked,
        settings: {guidelines: {banned: [{...entry, message: 'Say "of course".', severity: 'warning'}]}},
        errors: [
          {
            message: '"No worries" is banned by your organisation\'s guidelines: Say "of course".',
            severity: 'warning',
            line: 3,
            column: 1
          },
          {severity: 'warning', line: 3, column: 67}
        ]
      },
      {
        name: 'the uses past an occurrence limit',
        text: booked,
        settings: {guidelines: {banned: [{...entry, max: 1}]}},
        errors: [
          {
            message: '"No worries" is used 2 times, more than the 1 allowed by your organisation\'s guidelines.',
            line: 3,
            column: 67,
            severity: 'error'
          }
        ]
      },
      {
        name: 'a pattern: a word’s inflections',
        text: 'I am sorry we failed to book your service. The engineer fails to arrive only rarely.',
        settings: {guidelines: {banned: [{...entry, phrase: '{fail}'}]}},
        errors: [
          {message: /"failed" is banned/, line: 3, column: 15},
          {message: /"fails" is banned/, line: 3, column: 57}
        ]
      }
    ]
  })
}
