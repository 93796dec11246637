import type {Rule, Sentence} from '../../src/types.js'
import {bodySentences, normaliseWord, PhraseMatcher, quote, severityFor} from '../tone/text.js'
import data from './compensation.json' with {type: 'json'}

const offers = new PhraseMatcher(data.offers.map((phrase) => ({phrase})))
const authority = new PhraseMatcher(data.authority.map((phrase) => ({phrase})))
const compensationWords = new Set(data.compensationWords)
const amount = /[£$€]\s?\d|\d\s?(?:pounds|GBP|EUR)\b/i

/** commitments/compensation: offers of money show they are authorised and arranged. */
export const compensation: Rule = {
  id: 'commitments/compensation',
  criterion: 'commitments',
  severity: 'warning',
  docs: {
    summary:
      'Offers of compensation show they are authorised and arranged ("I have arranged a goodwill payment of £20"), not open promises ("we will pay you £500").',
    why: 'An offer of money in writing is binding once the customer accepts it. Offering an amount you have not had approved can commit the organisation to more than its complaints policy allows, and withdrawing it later makes the complaint worse.',
    fail: "Dear Mrs Patel,\n\nThank you for your letter. I am sorry for the worry the bill caused you. We will pay you £500 for the inconvenience.\n\nYours sincerely,\nJames O'Neill",
    pass: "Dear Mrs Patel,\n\nThank you for your letter. I am sorry for the worry the bill caused you. I have arranged a goodwill payment of £20, which will reach your account by Friday 4 December.\n\nYours sincerely,\nJames O'Neill",
    details:
      'Warning (an error with the complaint-reply preset) for a sentence that offers money or goodwill ("we will pay you", "we can offer you", "we will compensate", "you will receive compensation") together with an amount or a compensation word (compensation, goodwill, voucher, for the inconvenience), when the same sentence has no authority language ("I have arranged", "has been approved", "I have credited"). Lists are in compensation.json.'
  },
  check(doc, context) {
    const strict = context.settings.preset === 'complaint-reply'
    for (const sentence of bodySentences(doc)) {
      const offer = offers.find(sentence, doc.prose)[0]
      if (!offer || !aboutMoney(doc.prose, sentence) || authority.find(sentence, doc.prose).length > 0) continue
      const actual = quote(doc, offer.start, sentence.end, 80)
      context.report({
        start: offer.start,
        end: sentence.end,
        severity: strict ? severityFor(context, compensation.id, 'error') : undefined,
        message: `"${actual}" offers compensation without showing it is authorised or arranged.`,
        actual,
        expected: data.instead,
        suggestion: `Offer only what has been approved, and say so: "${data.instead}"`
      })
    }
  }
}

function aboutMoney(prose: string, sentence: Sentence): boolean {
  return (
    amount.test(prose.slice(sentence.start, sentence.end)) ||
    sentence.words.some((word) => compensationWords.has(normaliseWord(word.text)))
  )
}
