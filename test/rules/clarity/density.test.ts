import {density} from '../../../rules/clarity/density.js'
import {RuleTester} from '../../support/rule-tester.js'

const tester = new RuleTester({wrap: (body) => `Dear Mrs Cole,\n\n${body}\n\nKind regards,\nMark Young`})

const dense =
  'Please be advised that your DD has been changed. In order to help, we will basically refund the fee prior to the next payment. With regard to your SLA, each and every call is recorded.'
const passives =
  'Your complaint was received. It was passed to a manager. Your account was checked. A mistake was found. In order to help, we will refund you.'

tester.run(density, {
  valid: [
    'We have changed your direct debit as you asked. To help, we will refund the £5 fee before your next payment on 1 December. Every call to us is recorded so that we can check what was agreed.',
    {
      name: 'passives without a doer are not counted',
      text: passives,
      settings: {rules: {'clarity/passive-voice': {options: {agentless: 'always'}}}}
    },
    {
      name: 'a clarity rule switched off is not counted',
      text: dense,
      settings: {rules: {'clarity/wordy-phrase': {severity: 'off'}, 'clarity/unexplained-acronym': {severity: 'off'}}}
    },
    {
      name: 'warnings accepted in the config are not counted',
      text: dense,
      settings: {
        accept: [
          {rule: 'clarity/wordy-phrase', text: 'please be advised that'},
          {rule: 'clarity/wordy-phrase', text: 'in order to'},
          {rule: 'clarity/wordy-phrase', text: 'prior to'},
          {rule: 'clarity/wordy-phrase', text: 'with regard to'},
          {rule: 'clarity/unexplained-acronym', text: 'DD'}
        ]
      }
    },
    {
      name: 'accepting a few of them leaves too few to count',
      text: dense,
      settings: {
        accept: [
          {rule: 'clarity/unexplained-acronym', text: 'dd'},
          {rule: 'clarity/unexplained-acronym', text: 'sla'},
          {rule: 'clarity/hedge', text: 'basically'},
          {rule: 'clarity/redundancy', text: 'each and every'},
          {rule: 'clarity/wordy-phrase', text: 'prior to'}
        ]
      }
    },
    {
      name: 'warnings disabled by an inline directive are not counted',
      format: 'markdown',
      path: 'draft.md',
      text: `<!-- corrlint-disable clarity/wordy-phrase clarity/unexplained-acronym -->\n${dense}\n<!-- corrlint-enable -->`
    },
    {
      name: 'a clarity warning made an error is not counted as a warning',
      text: dense,
      settings: {
        rules: {'clarity/wordy-phrase': {severity: 'error'}, 'clarity/unexplained-acronym': {severity: 'error'}}
      }
    }
  ],
  invalid: [
    {
      name: 'more than 3 clarity warnings per 100 words',
      text: dense,
      errors: [
        {
          message:
            '8 clarity warnings in 35 words (22.9 per 100 words, more than 3): 4 wordy-phrase, 2 unexplained-acronym, 1 hedge, 1 redundancy.',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 185,
          severity: 'error'
        }
      ]
    },
    {
      name: 'options: a higher minimum number of warnings and rate',
      text: dense,
      options: {maxPer100Words: 20, minWarnings: 8},
      errors: [{message: /^8 clarity warnings in 35 words \(22\.9 per 100 words, more than 20\)/}]
    }
  ]
})
