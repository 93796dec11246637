/** spelling/lowercase-i: the pronoun `I` in lower case. Lists: proof-words.json. */
import type {Rule} from '../../src/types.js'
import {normalWords, writerSentences} from './proof-text.js'
import data from './proof-words.json' with {type: 'json'}

const I_AFTER = new Set(data.lowercaseI.after)

export const lowercaseI: Rule = {
  id: 'spelling/lowercase-i',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary: "The pronoun `I` written in lower case (`i will`, `i'm`, `i've`).",
    why: 'A lower-case `i` reads as a text message written in a hurry, not as a reply from an organisation.',
    fail: "Dear Ms Shah,\n\nThank you for your patience. i have checked your order and i'm sending a replacement today.\n\nKind regards,\nLeah Morgan",
    pass: "Dear Ms Shah,\n\nThank you for your patience. I have checked your order and I'm sending a replacement today.\n\nKind regards,\nLeah Morgan",
    details:
      "Reports the word `i`, and `i'm`, `i've`, `i'll`, `i'd` (straight or curly apostrophe), in the body, salutation or close. " +
      'Not reported: `i.e.` and `i.`/`i)` list markers and roman numerals (`(i)`, `i)`, `i.`), an `i` after a label word such as `part`, `section`, `schedule`, `option`, `step` (a numeral), an `i` joined to other characters (`x/i`, `i-`, in URLs and codes), and `I` in capitals.'
  },
  check(doc, context) {
    for (const sentence of writerSentences(doc)) {
      const words = sentence.words
      const normal = normalWords(sentence)
      for (let index = 0; index < words.length; index++) {
        const word = words[index]
        if (!(word.text === 'i' || (word.text[0] === 'i' && /^i'(?:m|ve|ll|d)$/.test(normal[index])))) continue
        const before = doc.prose[word.start - 1] ?? ' '
        const after = doc.prose[word.end] ?? ' '
        if (!/[\s"'‘“]/.test(before)) continue
        if (word.text === 'i' && !/[\s,;!?"'’”]/.test(after)) continue
        if (index > 0 && I_AFTER.has(normal[index - 1]) && word.text === 'i') continue
        const fixed = `I${word.text.slice(1)}`
        context.report({
          start: word.start,
          end: word.end,
          message: `Write the pronoun as a capital: '${fixed}', not '${word.text}'.`,
          actual: word.text,
          expected: fixed,
          suggestion: `Replace '${word.text}' with '${fixed}'.`
        })
      }
    }
  }
}
