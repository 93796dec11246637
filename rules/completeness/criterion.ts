import type {CriterionDefinition} from '../../src/types.js'
import {rules} from './index.js'

/** The completeness criterion: what it means, for reports and `corrlint explain`, and its rules. */
export const criterion = {
  id: 'completeness',
  title: 'Completeness',
  refs: ['common mistakes'],
  summary: 'References, contact details and no unfilled placeholders.',
  why: 'A customer needs the reference and a way to reach you to follow up; a left-over placeholder shows the message was not checked.',
  rules
} as const satisfies CriterionDefinition
