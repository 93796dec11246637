import type {CriterionDefinition} from '../../src/types.js'
import {rules} from './index.js'

/** The purpose criterion: what it means, for reports and `corrlint explain`, and its rules. */
export const criterion = {
  id: 'purpose',
  title: 'Early statement of purpose',
  refs: ['2.6'],
  summary: 'The first paragraph of the body says why you are writing.',
  why: 'Readers decide in the first lines whether a message matters to them; a clear purpose up front saves their time.',
  rules
} as const satisfies CriterionDefinition
