import type {Rule} from '../../src/types.js'
import {personalDataRules} from './personal-data.js'
import {messageRules} from './message.js'
import {credential} from './credentials.js'

/** The rules of the confidentiality criterion: personal data in the prose, credentials written as sentences, then notes, recipients, attachments and keys. */
export const rules: Rule[] = [...personalDataRules, credential, ...messageRules]
