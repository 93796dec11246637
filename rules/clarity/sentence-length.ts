import type {Rule} from '../../src/types.js'
import {bodySentences, countWords, quote, segmentsOf} from './text.js'

/** Options of clarity/sentence-length. */
export interface SentenceLengthOptions {
  /** A sentence with more words than this is a warning. */
  warning: number
  /** A sentence with more words than this is an error. */
  error: number
  /** Above `warning` but at most this many words: reported only when the body's sentences are long on average. */
  tolerated: number
  /** The average sentence length (words) above which a sentence of up to `tolerated` words is reported. */
  average: number
}

/** clarity/sentence-length: sentences of the body are not too long. */
export const sentenceLength: Rule<SentenceLengthOptions> = {
  id: 'clarity/sentence-length',
  criterion: 'clarity',
  severity: 'warning',
  docs: {
    summary: 'Sentences in the body are short: a warning above 25 words, an error above 40.',
    why: 'A reader holds about one idea at a time. Long sentences make customers read twice, and the key fact (a date, an amount, what to do) gets lost in the middle.',
    fail: 'Dear Ms Hughes,\n\nI am writing about your boiler service, which our engineer was unable to complete on Tuesday because the part that he needed to replace was not in stock at our depot, and we have now ordered it from the manufacturer so that he can come back to finish the job as soon as it arrives next week.\n\nKind regards,\nDev Shah',
    pass: 'Dear Ms Hughes,\n\nI am writing about your boiler service. Our engineer could not finish it on Tuesday because the part he needed was out of stock. We have ordered it, and he will come back to finish the job next week.\n\nKind regards,\nDev Shah',
    details:
      'Counts the words of each body sentence (numbers, amounts, phone numbers, reference codes, email addresses and URLs are not counted, as for the reading level; each item of a list counts as its own sentence). Warning above `warning` (default 25) words; error above `error` (default 40), which fails the criterion. ' +
      "A sentence of up to `tolerated` (default 30) words is reported only when the body's other sentences average more than `average` (default 20) words (a body of one sentence: when it is longer than that): plain-English guidance asks for an average of 15–20 words, and a careful writer's occasional longer sentence among short ones reads well."
  },
  schema: {
    type: 'object',
    properties: {
      warning: {type: 'integer', minimum: 1},
      error: {type: 'integer', minimum: 1},
      tolerated: {type: 'integer', minimum: 1},
      average: {type: 'number', minimum: 1}
    },
    additionalProperties: false
  },
  defaults: {warning: 25, error: 40, tolerated: 30, average: 20},
  check(doc, context) {
    const {warning = 25, error = 40, tolerated = 30, average = 20} = context.options
    const counts = bodySentences(doc).flatMap((sentence) =>
      segmentsOf(doc, sentence).map((segment) => countWords(segment))
    )
    const spoken = counts.filter((count) => count > 0)
    const total = spoken.reduce((sum, count) => sum + count, 0)
    // Whether the sentences around a longer one are long too: the average of the others (of the
    // sentence itself when it is the only one), so that one long sentence does not excuse itself.
    const amongLong = (count: number): boolean =>
      spoken.length > 1 ? (total - count) / (spoken.length - 1) > average : count > average
    for (const sentence of bodySentences(doc)) {
      for (const segment of segmentsOf(doc, sentence)) {
        const count = countWords(segment)
        if (count <= warning && count <= error) continue
        if (count <= tolerated && count <= error && !amongLong(count)) continue
        const severity = count > error ? 'error' : 'warning'
        const limit = severity === 'error' ? error : warning
        const start = segment[0].start
        const end = segment.at(-1)!.end
        context.report({
          severity,
          start,
          end,
          message: `This sentence has ${count} words, more than ${limit}: "${quote(doc.text.slice(start, end), 50)}".`,
          actual: `${count} words`,
          expected: `at most ${warning} words`,
          suggestion: 'Split it into shorter sentences, one idea each (15–20 words reads best).'
        })
      }
    }
  }
}
