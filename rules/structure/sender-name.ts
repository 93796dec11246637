import {isReply, isTeamName} from '../../src/document/notification.js'
import type {Rule} from '../../src/types.js'

/** structure/sender-name: the close is followed by the sender's name. */
export const senderName: Rule = {
  id: 'structure/sender-name',
  criterion: 'structure',
  severity: 'error',
  docs: {
    summary: "The complimentary close is followed by the sender's name.",
    why: 'The customer needs to know who wrote to them, so they can ask for that person when they reply or call.',
    fail: 'Dear Mr Khan,\n\nYour refund has been approved and will reach your account within 5 working days.\n\nKind regards,',
    pass: 'Dear Mr Khan,\n\nYour refund has been approved and will reach your account within 5 working days.\n\nKind regards,\nSam Okafor\nCustomer Relations',
    details:
      'Reports an error when the close is the last line of the message, when the lines after it hold no name (only a role, a team or contact details), or when a reply to the customer\'s own message (a `Re:` subject, a quote, or "your email", "your query", "thank you for contacting us" in the subject or first paragraph) is signed only with a team or department ("Customer Services", "The Complaints Team"). A notice the organisation starts (a reminder, a confirmation, a service notification) may be signed by the team.'
  },
  check(doc, context) {
    const close = doc.closing.complimentaryClose
    const name = doc.closing.senderName
    // A notice the organisation sends (a reminder, a confirmation, a service notification) may be signed by the
    // team; a reply to the customer's own message comes from a person they can ask for.
    if (close && name && !doc.notification && isTeamName(doc.text, name) && isReply(doc)) {
      const team = doc.text.slice(name.start, name.end)
      context.report({
        start: name.start,
        end: name.end,
        message: `The message is signed "${team}", a team rather than a person.`,
        actual: team,
        expected: 'the name of the person who wrote, then the team',
        suggestion: `Sign with your own name on the line after the close, with "${team}" below it.`
      })
      return
    }
    if (!close || name) return
    context.report({
      start: close.start,
      end: close.end,
      message: `"${close.text}" is not followed by the sender's name.`,
      expected: 'your name on the line after the close',
      suggestion: 'Add your full name (and your role or team) on the lines after the close.'
    })
  }
}
