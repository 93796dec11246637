import type {Rule} from '../../src/types.js'
import {personalDataRules} from './personal-data.js'
import {messageRules} from './message.js'

/** The rules of the confidentiality criterion: personal data in the prose, then secrets, notes, recipients, attachments. */
export const rules: Rule[] = [...personalDataRules, ...messageRules]
