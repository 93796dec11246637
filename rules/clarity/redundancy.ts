import type {Rule} from '../../src/types.js'
import data from './redundancies.json' with {type: 'json'}
import {bodySentences, matchCase, PhraseMatcher, spanText} from './text.js'

const matcher = new PhraseMatcher<{phrase: string; replace: string}>(data.phrases)

/** clarity/redundancy: no redundant pairs such as "each and every" or "free gift". */
export const redundancy: Rule = {
  id: 'clarity/redundancy',
  criterion: 'clarity',
  severity: 'warning',
  docs: {
    summary: 'No redundant pairs that say the same thing twice ("each and every", "advance warning", "end result").',
    why: 'Every extra word is one more for the customer to read. Redundant pairs add nothing and make a reply sound padded.',
    fail: 'Dear Ms Reid,\n\nWe will give you advance warning of each and every visit, and the end result will be a new boiler.\n\nKind regards,\nSam Ward',
    pass: 'Dear Ms Reid,\n\nWe will tell you about each visit two days before, and you will have a new boiler by 4 December.\n\nKind regards,\nSam Ward',
    details:
      'Warning for each phrase of redundancies.json found in the body, with the shorter form ("each and every" → "each", "free gift" → "gift", "past history" → "history", "PIN number" → "PIN"). "Full and final" (a legal term) and "advance notice" (idiomatic) are not reported.'
  },
  check(doc, context) {
    for (const sentence of bodySentences(doc)) {
      for (const match of matcher.find(sentence, doc.prose)) {
        const actual = spanText(doc, match.start, match.end)
        const shorter = matchCase(match.entry.replace, actual)
        context.report({
          start: match.start,
          end: match.end,
          message: `"${actual}" says the same thing twice: "${shorter}" is enough.`,
          actual,
          expected: shorter,
          suggestion: `Replace "${actual}" with "${shorter}".`
        })
      }
    }
  }
}
