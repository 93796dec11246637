import type {CriterionDefinition} from '../../src/types.js'
import {rules} from './index.js'

/** The commitments criterion: what it means, for reports and `corrlint explain`, and its rules. */
export const criterion = {
  id: 'commitments',
  title: 'Commitments',
  refs: ['4.2'],
  summary: 'No guarantees, admissions of liability, blame of colleagues or legal advice.',
  why: 'A written reply is a permanent record: the organisation may be held to every promise and admission in it.',
  // With no body of its own, a draft has no prose for this criterion to judge: not checked, not passed.
  judgesProse: true,
  rules
} as const satisfies CriterionDefinition
