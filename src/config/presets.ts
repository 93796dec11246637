/**
 * Presets: the defaults a kind of correspondence starts from. Data only — each is a partial
 * configuration applied before the configuration file, which may change any of it.
 *
 * `criteria` sets the severity of every rule of a criterion (so rules added later follow it);
 * `rules` then sets single rules. Rule ids a preset names that are not registered (yet) are
 * skipped when the settings are resolved (test/config.test.ts checks there are none). Rules
 * that behave differently per preset read `settings.preset` themselves (tone/register,
 * tone/empathy, the commitments rules).
 */
import type {CriterionId, Guidelines, PresetName, SeverityOrOff} from '../types.js'

export interface Preset {
  /** One line for `corrlint init` and the docs. */
  description: string
  template?: boolean
  criteria?: Partial<Record<CriterionId, SeverityOrOff>>
  rules?: Record<string, SeverityOrOff>
  guidelines?: Guidelines
}

export const PRESET_NAMES: readonly PresetName[] = ['email', 'letter', 'complaint-reply', 'chat', 'template']

export const presets: Record<PresetName, Preset> = {
  email: {
    description: 'Customer emails (the default): every criterion at its default severity.'
  },
  letter: {
    // tone/register reads the preset itself: casual words are errors in a letter.
    description:
      'Printed or PDF letters: every structure rule (salutation, close, UK close conventions, sender) is an error; casual register is an error.',
    criteria: {structure: 'error'}
  },
  'complaint-reply': {
    // tone/empathy and the commitments rules also read the preset: empathy always runs, and
    // findings that are warnings elsewhere become errors.
    description:
      'Replies to complaints: empathy (acknowledge and apologise) is required and every commitment finding fails.',
    criteria: {commitments: 'error'},
    rules: {
      'tone/empathy': 'error',
      'tone/blame': 'error',
      'tone/negative-phrasing': 'error'
    }
  },
  chat: {
    // tone/register reads the preset itself: casual words allowed, text-speak a warning.
    description:
      'Live chat and short messages: no salutation, close, subject or contact details needed; casual register allowed; short replies.',
    rules: {
      'structure/salutation': 'off',
      'structure/complimentary-close': 'off',
      'structure/close-matches-salutation': 'off',
      'structure/subject-line': 'off',
      'structure/part-order': 'off',
      'structure/sender-name': 'warning',
      // The customer replies in the chat window itself, which is also where they find us.
      'actions/response-route': 'off',
      'completeness/contact-details': 'off'
    },
    guidelines: {maxWords: 120}
  },
  template: {
    description: 'Reusable templates: placeholders such as {{first_name}} are allowed and their syntax is checked.',
    template: true
  }
}

/** Whether `name` is a preset. */
export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name)
}
