/** spelling/repeated-word: the same word twice in a row. Lists: proof-words.json. */
import type {Rule} from '../../src/types.js'
import {normalWords, writerSentences} from './proof-text.js'
import data from './proof-words.json' with {type: 'json'}

const REPEAT_ALLOWED = new Set(data.repeatedAllowed.words)
const IS_IS_AFTER = new Set(data.repeatedAllowed.isIsAfter)
const LETTERS = /^[\p{L}']+$/u

export const repeatedWord: Rule = {
  id: 'spelling/repeated-word',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary: 'The same word twice in a row (`the the`, `to to`), a slip that spell checkers miss.',
    why: 'A doubled word is the commonest slip of a quick edit, and a customer reads it as a sign that nobody read the reply before it was sent.',
    fail: 'Dear Ms Shah,\n\nThank you for your email. We will send the the replacement to your home on Friday.\n\nKind regards,\nLeah Morgan',
    pass: 'Dear Ms Shah,\n\nThank you for your email. We will send the replacement to your home on Friday.\n\nKind regards,\nLeah Morgan',
    details:
      'Reports a word of the body, salutation or close written twice with only spaces or one line break between (case ignored: `The the`), from the second occurrence. ' +
      'Not reported: words doubled on purpose (retext-repeated-words\' list `had had`, `that that`, `can can`, `blah blah`; and `her her` as in "we sent her her refund", `do do`, `bye bye`, `very very`, `no no`), a particle followed by the same preposition (`log in in the corner`, `carry on on Monday`), `is is` after `it`, `this`, `what`, `the problem` (what it is is…), a second word with a capital (names: `Duran Duran`, `sam Sam`; initials; code such as `Bucket bucket`), one-letter words other than `a`, three or more in a row (`no no no`, deliberate), numbers and codes, and words separated by punctuation (`no, no`) or a blank line.'
  },
  check(doc, context) {
    for (const sentence of writerSentences(doc)) {
      const words = sentence.words
      const normal = normalWords(sentence)
      for (let index = 1; index < words.length; index++) {
        const first = words[index - 1]
        const second = words[index]
        const lower = normal[index]
        if (lower !== normal[index - 1] || !LETTERS.test(second.text)) continue
        const gap = doc.prose.slice(first.end, second.start)
        if (gap === '' || !/^[ \t\r\n]+$/.test(gap) || gap.indexOf('\n') !== gap.lastIndexOf('\n')) continue
        if (REPEAT_ALLOWED.has(lower)) continue
        if (lower === 'is' && index >= 2 && IS_IS_AFTER.has(normal[index - 2])) continue
        // Capitals in the second word: names (Duran Duran, sam Sam), initials, code (BucketResponse bucketResponse).
        if (/\p{Lu}/u.test(second.text) || /\p{Lu}/u.test(first.text.slice(1))) continue
        // One letter other than `a` (code: `f && f`), or three in a row (`no no no`, `code code code`): not a slip.
        if (lower.length === 1 && lower !== 'a') continue
        if (index + 1 < words.length && normal[index + 1] === lower) continue
        if (index >= 2 && normal[index - 2] === lower) continue
        context.report({
          start: first.start,
          end: second.end,
          message: `'${second.text}' is repeated: '${doc.text.slice(first.start, second.end).replace(/\s+/g, ' ')}'.`,
          actual: doc.text.slice(first.start, second.end),
          expected: first.text,
          suggestion: `Delete the second '${second.text}'.`,
          fix: {start: first.start, end: second.end, text: first.text}
        })
      }
    }
  }
}
