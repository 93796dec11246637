import type {CriterionDefinition} from '../../src/types.js'
import {rules} from './index.js'

/** The tone criterion: what it means, for reports and `corrlint explain`, and its rules. */
export const criterion = {
  id: 'tone',
  title: 'Tone',
  refs: ['1.5', '2.5', '4.3'],
  summary: 'Positive, professional and suited to the customer: empathy, no blame, a consistent register.',
  why: 'Tone decides whether a complaint calms down or escalates, and how the customer feels about the organisation.',
  // With no body of its own, a draft has no prose for this criterion to judge: not checked, not passed.
  judgesProse: true,
  rules
} as const satisfies CriterionDefinition
