/**
 * The one registration of the criteria, in report order. A criterion is a folder of rules/ with a
 * criterion.ts (its id, title, assessment refs, summary, why, and its rules): adding one is that
 * folder and one line here. Everything else — the CriterionId type, the config schema's list,
 * reports, `corrlint explain`, the guideline rules per criterion — is derived from this list.
 */

import {criterion as actions} from './actions/criterion.js'
import {criterion as clarity} from './clarity/criterion.js'
import {criterion as commitments} from './commitments/criterion.js'
import {criterion as completeness} from './completeness/criterion.js'
import {criterion as confidentiality} from './confidentiality/criterion.js'
import {criterion as purpose} from './purpose/criterion.js'
import {criterion as spelling} from './spelling/criterion.js'
import {criterion as structure} from './structure/criterion.js'
import {criterion as tone} from './tone/criterion.js'

export const criteria = [
  structure,
  purpose,
  actions,
  clarity,
  tone,
  spelling,
  confidentiality,
  commitments,
  completeness
] as const

/** The criteria's ids, in report order. */
export const CRITERIA = criteria.map((criterion) => criterion.id)
