import type {Rule} from '../../src/types.js'
import {retextMessages} from './retext.js'

/** tone/insensitive: inclusive wording (retext-equality, minus business false alarms). */
export const insensitive: Rule = {
  id: 'tone/insensitive',
  criterion: 'tone',
  severity: 'warning',
  docs: {
    summary:
      'Inclusive wording: no gendered, ableist or otherwise insensitive terms where a neutral one exists (retext-equality).',
    why: 'A reply goes to a real person whose gender, background or disability the writer may not know. Words such as "chairman", "manpower", "wheelchair-bound" or "crazy" can exclude or hurt the reader, and neutral alternatives are easy.',
    fail: 'Dear Ms Adams,\n\nThank you for your email. Our chairman has asked me to reply, and I am sorry that the crazy queue at our branch kept you waiting.\n\nKind regards,\nOwen Price',
    pass: 'Dear Ms Adams,\n\nThank you for your email. Our chair has asked me to reply, and I am sorry that the long queue at our branch kept you waiting.\n\nKind regards,\nOwen Price',
    details:
      'Warning for each term retext-equality reports, with its suggested alternatives. Its known false alarms in business mail are allowed in retext-allow.json: "he", "she" and "her" about a named person, "just", "easy", "master" (account), "hang" (up), "host", "maiden name" (a security question) and "disabled"/"invalid" (standard UK terms). "he or she" is accepted.'
  },
  check(doc, context) {
    for (const message of retextMessages(doc)) {
      if (message.source !== 'retext-equality') continue
      const alternatives = message.expected.map((word) => `"${word}"`)
      context.report({
        start: message.start,
        end: message.end,
        message: `"${message.actual}" may be insensitive${alternatives.length > 0 ? `: consider ${alternatives.join(', ')}` : ''}.`,
        actual: message.actual,
        expected: message.expected.join(', ') || 'neutral wording',
        suggestion:
          alternatives.length > 0
            ? `Use ${alternatives.join(' or ')} instead of "${message.actual}".`
            : `Rephrase "${message.actual}".`
      })
    }
  }
}
