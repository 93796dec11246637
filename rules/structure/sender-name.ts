import type {Rule} from '../../src/types.js'

/** structure/sender-name: the close is followed by the sender's name. */
export const senderName: Rule = {
  id: 'structure/sender-name',
  criterion: 'structure',
  severity: 'error',
  docs: {
    summary: 'The complimentary close is followed by the sender\'s name.',
    why: 'The customer needs to know who wrote to them, so they can ask for that person when they reply or call.',
    fail: 'Dear Mr Khan,\n\nYour refund has been approved and will reach your account within 5 working days.\n\nKind regards,',
    pass: 'Dear Mr Khan,\n\nYour refund has been approved and will reach your account within 5 working days.\n\nKind regards,\nSam Okafor\nCustomer Relations',
    details: 'Reports an error when the close is the last line of the message, or when the lines after it hold no name (only a role, a team or contact details).'
  },
  check(doc, context) {
    const close = doc.closing.complimentaryClose
    if (!close || doc.closing.senderName) return
    context.report({
      start: close.start,
      end: close.end,
      message: `"${close.text}" is not followed by the sender's name.`,
      expected: 'your name on the line after the close',
      suggestion: 'Add your full name (and your role or team) on the lines after the close.'
    })
  }
}
