import type {Rule} from '../../src/types.js'
import {internalNote} from './internal-note.js'
import {recipients} from './recipients.js'
import {attachment} from './attachment.js'
import {secret} from './secrets.js'

/** Secrets (API keys, tokens, private keys), internal notes, external recipients, data-export attachments. */
export const messageRules: Rule[] = [secret, internalNote, recipients, attachment]
