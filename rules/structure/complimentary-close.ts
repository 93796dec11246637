import type {Rule} from '../../src/types.js'

/** structure/complimentary-close: the draft ends with a complimentary close. */
export const complimentaryClose: Rule = {
  id: 'structure/complimentary-close',
  criterion: 'structure',
  severity: 'error',
  docs: {
    summary: 'The message ends with a complimentary close such as "Yours sincerely," or "Kind regards,".',
    why: 'A close signals the end of the message politely; without one the message reads as cut off or abrupt.',
    fail: 'Dear Mr Khan,\n\nYour refund has been approved and will reach your account within 5 working days.\n\nSam Okafor',
    pass: 'Dear Mr Khan,\n\nYour refund has been approved and will reach your account within 5 working days.\n\nYours sincerely,\nSam Okafor',
    details: 'Reports an error when no close line (Yours sincerely, Yours faithfully, Kind regards, Best wishes, Many thanks …) follows the body. A close on the same line as the name ("Thanks, Sam") counts.'
  },
  check(doc, context) {
    if (doc.closing.complimentaryClose) return
    const anchor = doc.closing.senderName ?? lastBodyLine(doc)
    if (!anchor) return
    context.report({
      start: anchor.start,
      end: anchor.end,
      message: 'The message has no complimentary close before the sender\'s name.',
      expected: 'a close such as "Yours sincerely," or "Kind regards,"',
      suggestion: doc.opening.salutation?.style === 'formal-unnamed'
        ? 'Add "Yours faithfully," on its own line above your name.'
        : doc.opening.salutation?.style === 'formal-named'
          ? 'Add "Yours sincerely," on its own line above your name.'
          : 'Add "Kind regards," on its own line above your name.'
    })
  }
}

function lastBodyLine(doc: Parameters<Rule['check']>[0]) {
  const last = doc.body.paragraphs.at(-1)
  if (!last) return undefined
  const start = doc.text.lastIndexOf('\n', last.end - 1) + 1
  return {start: Math.max(start, last.start), end: last.end}
}
