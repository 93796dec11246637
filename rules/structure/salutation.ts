import type {Rule} from '../../src/types.js'

/** structure/salutation: the draft opens with a salutation. */
export const salutation: Rule = {
  id: 'structure/salutation',
  criterion: 'structure',
  severity: 'error',
  docs: {
    summary: 'The message opens with a salutation such as "Dear Mrs Patel," or "Hi Sam,".',
    why: 'A greeting tells the reader the message is for them and sets a polite, professional tone from the first line.',
    fail: 'Your refund has been approved and will reach your account within 5 working days.\n\nKind regards,\nSam Okafor',
    pass: 'Dear Mr Khan,\n\nYour refund has been approved and will reach your account within 5 working days.\n\nKind regards,\nSam Okafor',
    details: 'Also reports an empty draft (nothing but headers, quotes or white space) once, at its start. Reports an error when no greeting line (Dear, Hi, Hello, Good morning, To whom it may concern …) comes before the first paragraph of the body. The `chat` preset switches this rule off.'
  },
  check(doc, context) {
    if (doc.opening.salutation) return
    const first = doc.body.paragraphs[0] ?? doc.closing.span
    if (!first) {
      // Nothing to read is not a letter that passes: say so once, at the start.
      if (doc.sentences.length === 0) {
        context.report({
          start: 0,
          end: 0,
          message: 'The draft has no text of its own to check: no salutation, body or close was found.',
          expected: 'a salutation, a body and a complimentary close',
          suggestion: 'Write the message: a greeting, the paragraphs of the body, a close and your name.'
        })
      }
      return
    }
    const lineEnd = doc.text.indexOf('\n', first.start)
    context.report({
      start: first.start,
      end: lineEnd === -1 || lineEnd > first.end ? first.end : lineEnd,
      message: 'The message has no salutation: open with a greeting on its own line.',
      expected: 'a salutation such as "Dear Mrs Patel,"',
      suggestion: 'Add "Dear <title> <surname>," (or "Dear Sir or Madam," when you do not know the name) above the first paragraph.'
    })
  }
}
