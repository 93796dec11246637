import type {CriterionDefinition} from '../../src/types.js'
import {rules} from './index.js'

/** The clarity criterion: what it means, for reports and `corrlint explain`, and its rules. */
export const criterion = {
  id: 'clarity',
  title: 'Clear and concise language',
  refs: ['1.3', '1.4', '4.1', '4.4'],
  summary: 'Plain words, short sentences and paragraphs, active voice, no unexplained jargon.',
  why: 'Customers read quickly and sometimes in a second language; plain English is understood first time.',
  // With no body of its own, a draft has no prose for this criterion to judge: not checked, not passed.
  judgesProse: true,
  rules
} as const satisfies CriterionDefinition
