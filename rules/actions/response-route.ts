import {notificationNeedsContact} from '../../src/document/notification.js'
import type {Rule, Span} from '../../src/types.js'
import {hasResponseRoute} from './lexicon.js'

/** actions/response-route: the customer is told how to reply or get help. */
export const responseRoute: Rule = {
  id: 'actions/response-route',
  criterion: 'actions',
  severity: 'warning',
  docs: {
    summary: 'The message tells the customer how to reply or get help.',
    why: 'If something goes wrong, or the customer has a question, they need to know how to reach you without searching. Saying "reply to this email" or "call us on …" invites the contact that solves problems early.',
    fail: 'Dear Mr Hall,\n\nThank you for your email asking whether you can return a gift without a receipt.\n\nBring the item to any of our shops within 60 days and we will give you a gift card.\n\nKind regards,\nMegan Lloyd',
    pass: 'Dear Mr Hall,\n\nThank you for your email asking whether you can return a gift without a receipt.\n\nBring the item to any of our shops within 60 days and we will give you a gift card. If you have any questions, reply to this email or call us on 01244 496 0127.\n\nKind regards,\nMegan Lloyd',
    details:
      'Warning when neither the body, the closing nor a signature block has a way to respond: a phrase ("reply to this email", "call us", "contact me", "get in touch", "let us know", "ask in the branch"), a phone number, an email address or a web address (see lexicon.json). Reported on the last body paragraph. Nothing is reported when there is no body, nor on a service notification (a notice the organisation starts, signed by a team or unsigned) that does not ask the reader to get in touch.'
  },
  check(doc, context) {
    const paragraphs = doc.body.paragraphs.filter((paragraph) => paragraph.sentences.length > 0)
    if (paragraphs.length === 0) return
    const spans: Span[] = [doc.body.span, doc.closing.span].filter((span): span is Span => span !== undefined)
    if (spans.some((span) => hasResponseRoute(doc.prose.slice(span.start, span.end)))) return
    // A signature block set aside after "-- " is not prose, but its phone number is still a way to get help.
    const signatures = doc.setAside.filter((part) => part.kind === 'signature')
    if (signatures.some((part) => hasResponseRoute(doc.text.slice(part.start, part.end)))) return
    // A service notice that asks nothing of the reader is answered through the service it comes from.
    if (!notificationNeedsContact(doc, doc.prose)) return
    const last = paragraphs[paragraphs.length - 1]
    context.report({
      start: last.start,
      end: last.end,
      message: 'The message does not tell the customer how to reply or get help.',
      expected: 'a way to respond, e.g. "reply to this email or call us on 0161 496 0000"',
      suggestion: 'Add how to get in touch: "If you have any questions, reply to this email or call us on …".'
    })
  }
}
