import type {Rule} from '../../src/types.js'
import {vagueTimes} from './lexicon.js'

/** actions/vague-time: no vague times such as "soon" or "in due course". */
export const vagueTime: Rule = {
  id: 'actions/vague-time',
  criterion: 'actions',
  severity: 'warning',
  docs: {
    summary: 'Times are specific: not "soon", "ASAP", "shortly" or "in due course".',
    why: '"Soon" means tomorrow to one reader and next month to another. A vague time sets up a disappointed customer and a chasing call; a date or a time limit sets a clear expectation.',
    fail: 'Dear Mrs Green,\n\nYour replacement kettle has been dispatched.\n\nIt will arrive soon. Please call us on 0161 496 0732 if there is a problem.\n\nKind regards,\nSophie Turner',
    pass: 'Dear Mrs Green,\n\nYour replacement kettle has been dispatched.\n\nIt will arrive by Thursday 26 November. Please call us on 0161 496 0732 if there is a problem.\n\nKind regards,\nSophie Turner',
    details:
      'Warning on each vague time in the body (lexicon.json: "soon", "as soon as possible", "ASAP", "shortly", "in due course", "at some point", "in the near future", "at your earliest convenience", "when possible" …), with what to write instead. "As soon as we receive …" (a condition, not a vague promise) is not reported, nor a vague word made specific at once in the same clause ("applications open again soon, on 6 May").'
  },
  check(doc, context) {
    for (const paragraph of doc.body.paragraphs) {
      const text = doc.prose.slice(paragraph.start, paragraph.end)
      for (const vague of vagueTimes(text)) {
        context.report({
          start: paragraph.start + vague.index,
          end: paragraph.start + vague.index + vague.phrase.length,
          message: `"${vague.phrase}" is a vague time: the customer cannot tell when to expect it.`,
          actual: vague.phrase,
          expected: vague.expected,
          suggestion: `Replace "${vague.phrase}" with ${vague.expected}.`
        })
      }
    }
  }
}
