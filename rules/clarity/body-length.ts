import type {Rule} from '../../src/types.js'
import {bodySentences, bodyWordCount} from './text.js'

/** Options of clarity/body-length. */
export interface BodyLengthOptions {
  /** Above this many words the body gets a warning (when the guidelines set no maximum). */
  maxWords: number
}

/** clarity/body-length: the body is not far longer than a reply needs. */
export const bodyLength: Rule<BodyLengthOptions> = {
  id: 'clarity/body-length',
  criterion: 'clarity',
  severity: 'warning',
  docs: {
    summary: "The body is no longer than it needs to be (the guidelines' maximum, or about 400 words).",
    why: 'Customers read the first screen. A long reply hides the answer and the next step; most replies need 80–250 words.',
    fail: 'Dear Mr Bell,\n\nThank you for your email about your order. We have sent your replacement by tracked delivery, and it will arrive on Friday. Please keep the tracking number from our text message so that you can follow the parcel.\n\nKind regards,\nJo Reid',
    pass: 'Dear Mr Bell,\n\nWe have sent your replacement, and it will arrive on Friday.\n\nKind regards,\nJo Reid',
    settings: {guidelines: {maxWords: 20}},
    details:
      "Counts the words of the body (numbers, codes, email addresses and URLs are not counted). When the organisation guidelines set `maxWords`, a body over it is an error and fails the criterion. Otherwise a body over the rule's `maxWords` option (default 400) is a warning."
  },
  schema: {
    type: 'object',
    properties: {maxWords: {type: 'integer', minimum: 1}},
    additionalProperties: false
  },
  defaults: {maxWords: 400},
  check(doc, context) {
    const sentences = bodySentences(doc)
    if (sentences.length === 0) return
    const words = bodyWordCount(doc)
    const guideline = context.settings.guidelines?.maxWords
    const limit = typeof guideline === 'number' ? guideline : (context.options.maxWords ?? 400)
    if (words <= limit) return
    context.report({
      severity: typeof guideline === 'number' ? 'error' : 'warning',
      start: sentences[0].start,
      end: sentences.at(-1)!.end,
      message: `The body has ${words} words, more than ${limit}${typeof guideline === 'number' ? ' (organisation guidelines)' : ''}.`,
      actual: `${words} words`,
      expected: `at most ${limit} words`,
      suggestion: `Cut about ${words - limit} words: keep the answer, what happens next and how to get help; drop repetition and background the customer already knows.`
    })
  }
}
