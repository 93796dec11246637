/** spelling/indefinite-article: `a` before a vowel sound or `an` before a consonant sound (`a apple`, `an book`, `a hour`, `an university`). */
import {indefiniteArticle} from '../../../rules/spelling/indefinite-article.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mrs Lindqvist,\n\n${body}\n\nKind regards,\nOliver Grant\nBrookside Surgery`
})

tester.run(indefiniteArticle, {
  valid: [
    'You will have an hour with the nurse and a useful leaflet to take home. It is an NHS service.',
    'The clinic is a one-stop service for a European traveller.'
  ],
  invalid: [
    {
      name: '"a" before a vowel sound, "an" before a consonant sound',
      text: 'You will have a hour with the nurse and an useful leaflet to take home.',
      errors: [
        {
          message: "Write 'an' before 'hour', not 'a': the article goes by the sound of the next word.",
          line: 3,
          column: 15,
          severity: 'error'
        },
        {
          message: "Write 'a' before 'useful', not 'an': the article goes by the sound of the next word.",
          line: 3,
          column: 41,
          severity: 'error'
        }
      ]
    },
    {
      name: '"a" before an abbreviation read with a vowel',
      text: 'Please book a MRI scan at the hospital.',
      errors: [
        {
          message: "Write 'an' before 'MRI', not 'a': the article goes by the sound of the next word.",
          line: 3,
          column: 13,
          severity: 'error'
        }
      ]
    }
  ]
})
