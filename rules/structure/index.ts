import type {Rule} from '../../src/types.js'
import {closeMatchesSalutation} from './close-matches-salutation.js'
import {complimentaryClose} from './complimentary-close.js'
import {partOrder} from './part-order.js'
import {salutation} from './salutation.js'
import {senderName} from './sender-name.js'
import {subjectLine} from './subject-line.js'

/** The rules of the structure criterion. */
export const rules: Rule[] = [
  salutation,
  complimentaryClose,
  senderName,
  closeMatchesSalutation,
  subjectLine,
  partOrder
]
