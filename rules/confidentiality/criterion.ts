import type {CriterionDefinition} from '../../src/types.js'
import {rules} from './index.js'

/** The confidentiality criterion: what it means, for reports and `corrlint explain`, and its rules. */
export const criterion = {
  id: 'confidentiality',
  title: 'Confidentiality',
  refs: ['4.2', '4.8'],
  summary: 'No personal or confidential data that must not be committed to a permanent record.',
  why: 'An email can be forwarded and a letter sent to the wrong address: personal data in it is a data-protection breach.',
  rules
} as const satisfies CriterionDefinition
