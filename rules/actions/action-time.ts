import type {Rule} from '../../src/types.js'
import {actionSentences, hasTime} from './lexicon.js'
import {type FinalParagraphsOptions, finalParagraphsSchema} from './next-action.js'

const CONDITIONAL = /^\s*(?:if|should|in case)\b/i
const NOTHING_TO_DO =
  /\b(?:(?:do not|don't)\s+need\s+to\s+(?:do anything|take any action)|no\s+(?:further\s+)?action\s+is\s+(?:needed|required|necessary))\b/i
/** A label before the sentence (`Note: If you …`, `Important: please …`): the sentence is what follows it. */
const LABEL = /^\s*(?:please note|note|nb|n\.b\.|important|tip|ps|p\.s\.)\s*[:–—-]\s*/i
/** Something the reader may do when they like: an offer, not a task with a date (`You can view it via the link below`). */
const OFFER =
  /^\s*(?:you\s+(?:can|could|may)|you're\s+(?:welcome|free)\s+to|you\s+are\s+(?:welcome|free)\s+to|feel\s+free\s+to)\b/i
/** Something not to do: a prohibition holds from now on and has no date (`Please do not reply`, `You must not …`). */
const PROHIBITION = /^\s*(?:please\s+)?(?:do\s+not|don't|never)\b|\byou\s+(?:must|should)\s+not\b|\byou\s+mustn't\b/i
/** A step done at once through a link (`Click the link below to unlock your account`): it happens when the reader does it. */
const THROUGH_LINK =
  /\b(?:click|tap|follow|use|open|select)\s+(?:on\s+)?(?:the|this)\s+(?:[a-z]+\s+){0,2}?link\b|\b(?:via|using|with|through|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?link\s+(?:below|above|here)\b/i

/** A labelled link and nothing else (`* Find a tender https://www.gov.uk/find-tender`): a resource to open when needed. */
const LINK_ITEM = /^(?:\S+\s+){1,7}(?:https?:\/\/|www\.)\S+$/i

/** A pointer to information (`To find out more, please see our timeline:`) or a state to keep (`it should remain confidential`). */
const POINTER = /^\s*(?:(?:to|for)\b[^,]{1,80},\s+)?(?:please\s+)?(?:see|refer\s+to)\b/i
const STANDING = /\b(?:should|must|will|needs\s+to)\s+(?:remain|stay|be\s+kept)\b/i

/** A next action that needs no date: an offer of help, nothing to do, an option, a prohibition, a step through a link. */
function needsNoTime(text: string): boolean {
  const sentence = text.replace(/[\u2018\u2019]/g, "'").replace(LABEL, '')
  return (
    CONDITIONAL.test(sentence) ||
    NOTHING_TO_DO.test(sentence) ||
    OFFER.test(sentence) ||
    PROHIBITION.test(sentence) ||
    THROUGH_LINK.test(sentence) ||
    POINTER.test(sentence) ||
    LINK_ITEM.test(sentence.trim()) ||
    STANDING.test(sentence)
  )
}

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
      'Warning (the criterion still passes) when none of the next-action sentences in the last `paragraphs` (default 2) body paragraphs, nor any next action earlier in the body, has a time: a date ("27 November", "3/12"), a weekday, "today"/"tomorrow", a time of day ("by 5pm"), a time limit ("within 5 working days", "24 hours"), "the same day", "before your appointment", or a date merge field ("{{delivery_date}}"). Conditional offers ("If you have any questions, please call us"), "You do not need to do anything", options the reader may take when they like ("You can view your application online"), prohibitions ("Please do not make any announcement", "You must not …") steps done at once through a link ("Click the link below to unlock your account", "You can reset your password using the link below"), pointers to information ("To find out what happens next, please see our timeline", a list item that is a label and a link) and states to keep ("This should remain confidential") are never reported, but a time in them counts. A label before the sentence ("Note: If …") is read past. Reported on the first next action. Nothing is reported when there is no next action (actions/next-action reports that).'
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
    // anything" is not a task: neither needs a date. Nor do "You can view it online", "Please do not
    // reply to this email" and "Click the link below to confirm your address".
    const first = actions.find((sentence) => !needsNoTime(sentence.text))
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
