import type {Rule} from '../../src/types.js'
import {attachment} from './attachment.js'
import {bankDetails} from './bank-details.js'
import {cardNumber} from './card-number.js'
import {cardSecurityCode} from './card-security-code.js'
import {credential} from './credential.js'
import {dateOfBirth} from './date-of-birth.js'
import {internalNote} from './internal-note.js'
import {nationalId} from './national-id.js'
import {recipients} from './recipients.js'
import {secret} from './secret.js'

/**
 * The rules of the confidentiality criterion, one file each: personal data in the prose (cards,
 * CVV, bank details, identity numbers, dates of birth), credentials written as sentences, then
 * secrets (API keys, tokens, private keys), internal notes, external recipients and data-export
 * attachments.
 */
export const rules: Rule[] = [
  cardNumber,
  cardSecurityCode,
  bankDetails,
  nationalId,
  dateOfBirth,
  credential,
  secret,
  internalNote,
  recipients,
  attachment
]

/** The personal-data rules (each masks every value of its kind anywhere in the file). */
export const personalDataRules: Rule[] = [cardNumber, cardSecurityCode, bankDetails, nationalId, dateOfBirth]
