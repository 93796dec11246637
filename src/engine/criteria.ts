import {criteria} from '../../rules/criteria.js'
import type {CriterionId} from '../types.js'

/** What each criterion means, for reports and `corrlint explain` (from its rules/<id>/criterion.ts). */
export interface CriterionInfo {
  id: CriterionId
  title: string
  /** OCR unit assessment criteria it serves. */
  refs: string[]
  /** What it checks, in one sentence. */
  summary: string
  /** Why it matters to the reader. */
  why: string
}

export const criteriaInfo = Object.fromEntries(
  criteria.map(({id, title, refs, summary, why}) => [id, {id, title, refs: [...refs], summary, why}])
) as Record<CriterionId, CriterionInfo>
