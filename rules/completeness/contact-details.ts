import {NO_BODY} from '../../src/document/missing-body.js'
import {notificationNeedsContact} from '../../src/document/notification.js'
import type {Rule, Span} from '../../src/types.js'
import data from './contact.json' with {type: 'json'}
import {compile, matches, readableText} from './text.js'

const CONTACTS = data.contacts.map((entry) => ({
  kind: entry.kind,
  regex: compile(entry.pattern, entry.caseSensitive ? '' : 'i')
}))

/** completeness/contact-details: the customer has contact details to follow up with. */
export const contactDetails: Rule = {
  id: 'completeness/contact-details',
  criterion: 'completeness',
  severity: 'error',
  docs: {
    summary:
      'The message gives contact details for follow-up: a phone number, email address, web address or postal address.',
    why: 'A customer with a question or a problem needs a way to reach the right person. Without contact details they have to search for them, or give up and complain.',
    fail: 'Dear Mr Hall,\n\nThank you for your email asking whether you can return a gift without a receipt. You can, as long as it is unused.\n\nPlease bring it to any of our shops within 60 days.\n\nKind regards,\nMegan Lloyd\nGreenfield Garden Centres',
    pass: 'Dear Mr Hall,\n\nThank you for your email asking whether you can return a gift without a receipt. You can, as long as it is unused.\n\nPlease bring it to any of our shops within 60 days. If you have any questions, call us on 01244 496 0127.\n\nKind regards,\nMegan Lloyd\nGreenfield Garden Centres',
    details:
      'Looks in the body, the closing and a signature block (even one set aside after "-- "), and in a letter also in the sender\'s address block (the first of two address blocks). Contact details are a phone number (UK, North American `(614) 555-0142`, or international `+353 1 234 5678`), an email address, a web address, a UK postcode or PO Box, an invitation to reply to this email, or (in templates) a merge field such as {{branch_phone}} (contact.json). Error when there are none; reported at the complimentary close (or the last body paragraph). A draft with no body of its own (an empty file, a greeting and a sign-off only) is an error too: it gives the customer nothing to follow up. A service notification (`notification` in the document model: a notice the organisation starts, signed by a team or an office or unsigned, not a reply) is followed up through the service, its links or its mailbox: it needs contact details only when it asks the reader to get in touch ("let us know", "contact us"). A letter, a reply or an email signed by a person always does.'
  },
  check(doc, context) {
    const noBody = context.draft.missingBody
    if (noBody) {
      context.report({
        ...noBody,
        message: `${NO_BODY}: it gives the customer nothing to follow up.`,
        expected: 'a body with the details the customer needs, and a way to get in touch',
        suggestion:
          'Write the body, with the reference the message concerns and a phone number or email address for questions.'
      })
      return
    }
    const paragraphs = doc.body.paragraphs
    const text = readableText(doc, ['signature'])
    const signatures = doc.setAside.filter((part) => part.kind === 'signature')
    const places: Span[] = [doc.body.span, doc.closing.span, ...signatures].filter(
      (span): span is Span => span !== undefined
    )
    if (doc.kind === 'letter' && doc.opening.addressBlocks.length >= 2) places.push(doc.opening.addressBlocks[0])
    const found = places.some((span) =>
      CONTACTS.some(({regex}) => !matches(regex, text.slice(span.start, span.end)).next().done)
    )
    if (found || !notificationNeedsContact(doc, text)) return
    const at = doc.closing.complimentaryClose ?? paragraphs[paragraphs.length - 1]
    context.report({
      start: at.start,
      end: at.end,
      message:
        'The message gives no contact details for follow-up: no phone number, email address, web address or postal address.',
      expected: 'a way to get in touch, e.g. "call us on 0161 496 0000" or an email address in the signature',
      suggestion: 'Add a phone number, email address or web address to the last paragraph or the signature.'
    })
  }
}
