import type {CorrDocument, Rule, Sentence} from '../../src/types.js'
import data from './empathy.json' with {type: 'json'}
import {bodySentences, complaintSignal, mentionsProblem, normaliseWord, PhraseMatcher, quote} from './text.js'

const apology = new PhraseMatcher(data.apology.map((phrase) => ({phrase})))
const acknowledgement = new PhraseMatcher(data.acknowledgement.map((phrase) => ({phrase})))

/** tone/empathy: a reply to a complaint or a problem acknowledges it and apologises. */
export const empathy: Rule = {
  id: 'tone/empathy',
  criterion: 'tone',
  severity: 'error',
  docs: {
    summary:
      "A reply to a complaint or a problem acknowledges the customer's situation and apologises or expresses regret.",
    why: 'A customer who has complained first needs to feel heard. An apology ("I am sorry that your parcel arrived late") costs nothing, calms the conversation and is not an admission of liability. Going straight to facts or policy reads as cold and often escalates the complaint.',
    fail: 'Subject: Your complaint about order 48213\n\nDear Ms Mensah,\n\nThank you for your email about order 48213. The parcel was held at our depot. I have refunded the £4.99 delivery charge, and you will see it by Friday 27 November.\n\nKind regards,\nDaniel Hughes',
    pass: 'Subject: Your complaint about order 48213\n\nDear Ms Mensah,\n\nThank you for your email about order 48213. I am sorry that your bookshelves arrived late. I have refunded the £4.99 delivery charge, and you will see it by Friday 27 November.\n\nKind regards,\nDaniel Hughes',
    details:
      'Runs only when the draft answers a complaint or a problem: the `complaint-reply` preset, a problem word in the subject or letter heading (complaint, disappointed, not arrived, faulty, damaged, broken, delay, late, missing, wrong …), such a word or a refund request in the quoted earlier message, or the writer naming "your complaint". ' +
      'Thanks that name the problem ("Thank you for the photos of the damaged kettle") count as an acknowledgement. A forward to a colleague (subject "FW:") is not checked. ' +
      'Error when the writer neither apologises/regrets (sorry, apologise, we regret that …) nor acknowledges the situation (I understand how …, thank you for letting us know); warning when it acknowledges but does not apologise. The lists are in empathy.json and complaint.json.'
  },
  check(doc, context) {
    const signal = complaintSignal(doc, context.settings.preset)
    if (!signal) return
    const sentences = doc.sentences
    const apologised = sentences.some((sentence) => apology.find(sentence, doc.prose).length > 0)
    if (apologised) return
    const acknowledged = sentences.some(
      (sentence) => acknowledgement.find(sentence, doc.prose).length > 0 || thanksForProblem(doc, sentence)
    )
    const first = bodySentences(doc)[0]
    const span = first ?? doc.body.span ?? doc.opening.salutation ?? {start: 0, end: 0}
    const why =
      signal.where === 'preset' ? 'this is a complaint reply' : `the ${signal.where} mentions "${signal.word}"`
    context.report({
      start: span.start,
      end: span.end,
      severity: acknowledged ? 'warning' : undefined,
      message: acknowledged
        ? `The reply acknowledges the problem but does not apologise (${why}): add an apology or regret.`
        : `The reply answers a complaint or a problem (${why}) but neither acknowledges it nor apologises.`,
      actual: first ? quote(doc, first.start, first.end) : undefined,
      expected: 'an apology or regret for what happened, and an acknowledgement of how it affected the customer',
      suggestion:
        'Add a sentence early in the reply such as "I am sorry that your order arrived late, and I understand how frustrating this must have been."'
    })
  }
}

/** Thanks that name the problem ("Thank you for the photos of the damaged kettle") acknowledge it. */
function thanksForProblem(doc: CorrDocument, sentence: Sentence): boolean {
  return (
    sentence.words.some((word) => /^thank/.test(normaliseWord(word.text))) &&
    mentionsProblem(doc, sentence.start, sentence.end)
  )
}
