import type {CriterionDefinition} from '../../src/types.js'
import {rules} from './index.js'

/** The actions criterion: what it means, for reports and `corrlint explain`, and its rules. */
export const criterion = {
  id: 'actions',
  title: 'Summary and next actions',
  refs: ['2.7', '3.5', '4.7'],
  summary: 'The message ends with what happens next: who does what, by when, and how to reply.',
  why: 'A customer who knows what will happen and when does not need to chase you.',
  rules
} as const satisfies CriterionDefinition
