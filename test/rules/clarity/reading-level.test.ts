/** clarity/reading-level: The body reads at or below the target reading level (Flesch–Kincaid grade 9 by default). */
import {readingLevel} from '../../../rules/clarity/reading-level.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Nwosu,\n\n${body}\n\nKind regards,\nClaire Bennett\nOakfield Council`
})

tester.run(readingLevel, {
  valid: [
    'Thank you for telling us about the pothole on Birch Lane. Our team will fill it by Friday 11 December. We are sorry for the damage to your tyre, and we have sent you a claim form.',
    {
      name: 'a higher target for a business reader',
      text: 'With regard to the resurfacing consultation, the preliminary assessment recommends comprehensive reconstruction of the carriageway, subject to contractual negotiations.',
      options: {target: 20},
      settings: {audience: 'business'}
    }
  ],
  invalid: [
    {
      name: 'long words and long sentences',
      text: 'With regard to your correspondence concerning the deteriorating condition of the carriageway, we acknowledge that the preliminary inspection identified substantial structural deficiencies, notwithstanding the comprehensive maintenance programme undertaken previously. Consequently, reconstruction of the affected section has been authorised by the highways committee and will be scheduled following satisfactory contractual negotiations with prospective contractors, subsequent to which residents will receive individual notification regarding temporary restrictions.',
      errors: [
        {
          message:
            'The body reads at grade 27.3 (Flesch–Kincaid; reading ease -44), above the target of 9 for a general audience.',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'a lower target',
      text: 'Thank you for your email about the resurfacing of Birch Lane. Our contractors will start the work in January, and the road will be closed during the daytime for approximately three weeks. Residents will still be able to reach their driveways in the evenings, and emergency vehicles will always be let through.',
      options: {target: 4},
      errors: [
        {
          message:
            'The body reads at grade 9.6 (Flesch–Kincaid; reading ease 58), above the target of 4 (rule option).',
          line: 3,
          column: 1,
          severity: 'error'
        }
      ]
    },
    {
      name: 'a little above the target: a warning',
      text: 'Thank you for your email about the resurfacing of Birch Lane. Our contractors will start the work in January, and the road will be closed during the daytime for approximately three weeks. Residents will still be able to reach their driveways in the evenings, and emergency vehicles will always be let through.',
      options: {target: 8},
      errors: [
        {
          message:
            'The body reads at grade 9.6 (Flesch–Kincaid; reading ease 58), above the target of 8 (rule option).',
          line: 3,
          column: 1,
          severity: 'warning'
        }
      ]
    }
  ]
})
