import type {Rule} from '../../src/types.js'
import {actionSentences, hasTime} from './lexicon.js'
import {type FinalParagraphsOptions, finalParagraphsSchema} from './next-action.js'

const CONDITIONAL = /^\s*(?:if|should|in case)\b/i
const NOTHING_TO_DO =
  /\b(?:(?:do not|don't)\s+need\s+to\s+(?:do anything|take any action)|no\s+(?:further\s+)?action\s+is\s+(?:needed|required|necessary))\b/i

/** actions/action-time: the next actions say when. */
export const actionTime: Rule<FinalParagraphsOptions> = {
  id: 'actions/action-time',
  criterion: 'actions',
  severity: 'warning',
  docs: {
    summary: 'The next actions at the end of the body say when they will happen.',
    why: 'A customer told "we will refund you" does not know when to expect the money or when to chase it. A date or a time limit lets them plan and tells them when to get back in touch.',
    fail: 'Dear Mr Khan,\n\nYour refund of £4.99 has been approved.\n\nWe will pay it back to your card. Please call us on 0161 496 0732 if you have any questions.\n\nKind regards,\nSam Okafor',
    pass: 'Dear Mr Khan,\n\nYour refund of £4.99 has been approved.\n\nWe will pay it back to your card by Friday 27 November. Please call us on 0161 496 0732 if it has not arrived by then.\n\nKind regards,\nSam Okafor',
    details:
      'Warning (the criterion still passes) when none of the next-action sentences in the last `paragraphs` (default 2) body paragraphs, nor any next action earlier in the body, has a time: a date ("27 November", "3/12"), a weekday, "today"/"tomorrow", a time of day ("by 5pm"), a time limit ("within 5 working days", "24 hours"), "the same day", "before your appointment", or a date merge field ("{{delivery_date}}"). Conditional offers ("If you have any questions, please call us") and "You do not need to do anything" are never reported, but a time in them counts. Reported on the first next action. Nothing is reported when there is no next action (actions/next-action reports that).'
  },
  schema: finalParagraphsSchema,
  defaults: {paragraphs: 2},
  check(doc, context) {
    const actions = actionSentences(doc, context.options.paragraphs ?? 2)
    if (actions.some((sentence) => hasTime(sentence.text))) return
    // A dated action earlier in the body ("A loss adjuster will contact you by Tuesday 1 December")
    // already tells the customer when the next step happens.
    if (actionSentences(doc, doc.body.paragraphs.length).some((sentence) => hasTime(sentence.text))) return
    // "If you have any questions, please call us" is an offer of help and "You do not need to do
    // anything" is not a task: neither needs a date.
    const first = actions.find((sentence) => !CONDITIONAL.test(sentence.text) && !NOTHING_TO_DO.test(sentence.text))
    if (!first) return
    context.report({
      start: first.start,
      end: first.end,
      message: 'The next actions do not say when they will happen.',
      actual: first.text.trim(),
      expected: 'a date or a time limit, e.g. "by Friday 27 November" or "within 5 working days"',
      suggestion: 'Add when: "by Friday 27 November", "within 5 working days", "on 3 December".'
    })
  }
}
