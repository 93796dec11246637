import {NO_BODY} from '../../src/document/missing-body.js'
import type {Rule} from '../../src/types.js'
import {actionSentences, finalParagraphs} from './lexicon.js'

/** Options shared by the actions rules that look at the end of the body. */
export interface FinalParagraphsOptions {
  /** How many paragraphs at the end of the body count as "the end". */
  paragraphs: number
}

export const finalParagraphsSchema = {
  type: 'object',
  properties: {paragraphs: {type: 'integer', minimum: 1, maximum: 10}},
  additionalProperties: false
}

/** actions/next-action: the body ends with at least one next action. */
export const nextAction: Rule<FinalParagraphsOptions> = {
  id: 'actions/next-action',
  criterion: 'actions',
  severity: 'error',
  docs: {
    summary: 'The last paragraphs of the body say what happens next: who will do what, or what the customer should do.',
    why: 'A customer who reaches the end of a message without knowing what happens next has to write or call again to find out. Ending with the next actions turns information into a plan.',
    fail: 'Dear Ms Brown,\n\nYour order 73310 was dispatched from our warehouse today.\n\nWe have made walking boots since 1952. Thank you for shopping with us.\n\nKind regards,\nSophie Turner',
    pass: 'Dear Ms Brown,\n\nYour order 73310 was dispatched from our warehouse today.\n\nIt will arrive by Thursday 26 November. If it has not arrived by then, please call us on 01604 496 0215.\n\nKind regards,\nSophie Turner',
    details:
      'Looks at the last `paragraphs` (default 2) body paragraphs, not counting trailing paragraphs of courtesy only ("We look forward to hearing from you.", "Thank you again for your patience."). A next action is a sentence with an actor and a future or imperative form, as listed in lexicon.json: "We/I/You/It will/should …", "It can take up to 5 days", "Our engineer will …", "Your refund will …", "Please …", "Could you …", "You can/need to …", "You do not need to do anything", an imperative verb at the start ("Call us …", "If …, reply …"), or "Next steps". Error when there is none, and for a draft with no body of its own (an empty file, a greeting and a sign-off only). A sentence with no actor ("More information will follow in due course.") is not a next action.'
  },
  schema: finalParagraphsSchema,
  defaults: {paragraphs: 2},
  check(doc, context) {
    const noBody = context.draft.missingBody
    if (noBody) {
      context.report({
        ...noBody,
        message: `${NO_BODY}: nothing says what happens next.`,
        expected: 'a body that ends with a next action, e.g. "We will refund £4.99 by Friday 27 November."',
        suggestion:
          'Write the body: say why you are writing, answer the customer, and end with what happens next and when.'
      })
      return
    }
    const paragraphs = finalParagraphs(doc, context.options.paragraphs ?? 2)
    if (paragraphs.length === 0) return
    if (actionSentences(doc, context.options.paragraphs ?? 2).length > 0) return
    const body = doc.body.paragraphs.filter((paragraph) => paragraph.sentences.length > 0)
    const last = body[body.length - 1]
    const sentence = last.sentences[last.sentences.length - 1]
    context.report({
      start: sentence.start,
      end: sentence.end,
      message:
        'The message ends without a next action: it does not say who will do what next, or what the customer should do.',
      expected: 'a next action, e.g. "We will refund £4.99 by Friday 27 November."',
      suggestion:
        'End with what happens next and when ("We will …by Friday 27 November", "Please reply by …"), and how the customer can get in touch ("call us on …").'
    })
  }
}
