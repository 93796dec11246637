import type {Rule} from '../../src/types.js'

/** Secrets (API keys, tokens, private keys), internal notes, external recipients, data-export attachments. */
export const messageRules: Rule[] = []
