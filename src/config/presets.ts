/**
 * Presets: the defaults a kind of correspondence starts from. Data only — each is a partial
 * configuration applied before the configuration file, which may change any of it.
 *
 * `criteria` sets the severity of every rule of a criterion (so rules added later follow it);
 * `rules` then sets single rules. Rule ids a preset names that are not registered (yet) are
 * skipped when the settings are resolved.
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
    description: 'Printed or PDF letters: UK salutation and close conventions are strict; casual register is an error.',
    criteria: {structure: 'error'},
    rules: {
      'tone/register': 'error'
    }
  },
  'complaint-reply': {
    description: 'Replies to complaints: empathy (acknowledge and apologise) is required and every commitment finding fails.',
    criteria: {commitments: 'error'},
    rules: {
      'tone/empathy': 'error',
      'tone/rapport': 'error',
      'tone/blame': 'error'
    }
  },
  chat: {
    description: 'Live chat and short messages: no salutation, close or subject needed; casual register allowed; short replies.',
    rules: {
      'structure/salutation': 'off',
      'structure/complimentary-close': 'off',
      'structure/close-matches-salutation': 'off',
      'structure/subject-line': 'off',
      'structure/part-order': 'off',
      'structure/sender-name': 'warning',
      'tone/register': 'off',
      'actions/response-route': 'off'
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
