import type {CriterionDefinition} from '../../src/types.js'
import {rules} from './index.js'

/** The spelling criterion: what it means, for reports and `corrlint explain`, and its rules. */
export const criterion = {
  id: 'spelling',
  title: 'UK spelling and proofreading',
  refs: ['SPaG'],
  summary: 'Correct UK spelling, grammar and punctuation.',
  why: 'Mistakes make a message look careless and can change its meaning; assessors check accuracy first.',
  // With no body of its own, a draft has no prose for this criterion to judge: not checked, not passed.
  judgesProse: true,
  rules
} as const satisfies CriterionDefinition
