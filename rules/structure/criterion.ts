import type {CriterionDefinition} from '../../src/types.js'
import {rules} from './index.js'

/** The structure criterion: what it means, for reports and `corrlint explain`, and its rules. */
export const criterion = {
  id: 'structure',
  title: 'Structure',
  refs: ['2.4', '2.5'],
  summary: 'Opening, body and closing are present and in order, and the close fits the salutation.',
  why: 'A reader expects the conventions of a business letter or email; a missing greeting or a close that does not match it looks careless and unprofessional.',
  rules
} as const satisfies CriterionDefinition
