/** tone/profanity: No profane or offensive words in the writer's prose (retext-profanities), with ordinary business words allowed. */
import {profanity} from '../../../rules/tone/profanity.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({
  wrap: (body) => `Dear Mr Kowalski,\n\n${body}\n\nKind regards,\nHannah Reid\nNorthgate Energy`
})

tester.run(profanity, {
  valid: [
    'I am sorry the engineer was late. He will come back on Tuesday 8 December to finish the job.',
    'The cock on the water tank was replaced by our plumber on Monday.'
  ],
  invalid: [
    {
      name: 'a swear word',
      text: 'I am sorry the bloody engineer was late again. He will come back on Tuesday.',
      errors: [{message: '"bloody" is swearing to a British reader.', line: 3, column: 16, severity: 'error'}]
    },
    {
      name: 'a British swear word',
      text: 'The engineer said the old meter was crap, so he replaced it.',
      errors: [{message: '"crap" is profane or offensive.', line: 3, column: 37, severity: 'error'}]
    }
  ]
})
