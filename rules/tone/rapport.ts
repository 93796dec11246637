import type {Rule, Sentence} from '../../src/types.js'
import data from './rapport.json' with {type: 'json'}
import {bodySentences, normaliseWord, PhraseMatcher, quote} from './text.js'

const positive = new PhraseMatcher(data.positive.map((phrase) => ({phrase})))
const demand = new PhraseMatcher(data.demand.map((phrase) => ({phrase, kind: 'a bare demand'})))
const negative = new PhraseMatcher(data.negative.map((phrase) => ({phrase, kind: 'bad news or officialese'})))

/** tone/rapport: the body opens with something positive or acknowledging, not a demand or a code. */
export const rapport: Rule = {
  id: 'tone/rapport',
  criterion: 'tone',
  severity: 'warning',
  docs: {
    summary:
      'The first sentence of the body builds rapport (thanks, pleasure, acknowledgement, apology), not a bare demand, bad news or a reference number.',
    why: 'The first sentence sets the tone of everything after it. "Thank you for your email about …" tells the customer they have been heard; "Send your receipt." or "Ref 48213." sounds like a machine or a telling-off.',
    fail: 'Dear Mr Baker,\n\nSend us a photograph of the damaged vase by Friday 27 November. We will then arrange a replacement.\n\nKind regards,\nLaura Jennings',
    pass: 'Dear Mr Baker,\n\nThank you for letting us know that your vase arrived damaged. Please send us a photograph of it by Friday 27 November, and we will then arrange a replacement.\n\nKind regards,\nLaura Jennings',
    details:
      'Warning when the first body sentence has no rapport word (rapport.json: thank, pleased, glad, sorry, apologise, hope, understand, welcome …) and it starts with a demand ("Send", "Please provide", "You must", "Please be advised"), with bad news ("Unfortunately", "We cannot", "Your claim has been declined"), or is a bare reference (mostly numbers and codes, e.g. "Order 48213."). ' +
      'A neutral first sentence that says why you are writing ("I am writing about your order 48213", "Your refund has been approved") is not reported.'
  },
  check(doc, context) {
    const first = bodySentences(doc)[0]
    if (!first || positive.find(first, doc.prose).length > 0) return
    const opening = [...demand.find(first, doc.prose), ...negative.find(first, doc.prose)].find(
      (match) => match.index === 0
    )
    const kind = opening ? opening.entry.kind : isReference(first) ? 'a bare reference' : undefined
    if (!kind) return
    const actual = quote(doc, first.start, first.end)
    context.report({
      start: first.start,
      end: first.end,
      message: `The body opens with ${kind}: "${actual}".`,
      actual,
      expected: 'a first sentence that thanks, acknowledges or apologises',
      suggestion:
        'Start with thanks or an acknowledgement, e.g. "Thank you for your email of 20 November about order 48213."'
    })
  }
}

/** A sentence that is mostly numbers and codes (`Order 48213.`, `Ref: ABC-123`). */
function isReference(sentence: Sentence): boolean {
  const words = sentence.words
  if (words.length === 0 || words.length > 4) return false
  const codes = words.filter(
    (word) =>
      /\d/.test(word.text) || /^(ref|reference|order|case|account|job|claim|re|no)$/.test(normaliseWord(word.text))
  )
  return codes.length * 2 >= words.length
}
