import type {Rule} from '../../src/types.js'

/** structure/part-order: opening, body and closing come in that order. */
export const partOrder: Rule = {
  id: 'structure/part-order',
  criterion: 'structure',
  severity: 'error',
  docs: {
    summary:
      "Opening, body and closing are in order: nothing of the body comes before the salutation or after the sender's name.",
    why: 'A reader follows a letter from greeting to sign-off; a paragraph above the greeting or below the signature is easily missed or looks like a mistake.',
    fail: 'Dear Mr Khan,\n\nYour refund of £4.99 has been approved.\n\nKind regards,\nSam Okafor\n\nIt will reach your account within 5 working days, and you do not need to do anything.',
    pass: 'Dear Mr Khan,\n\nYour refund of £4.99 has been approved. It will reach your account within 5 working days, and you do not need to do anything.\n\nKind regards,\nSam Okafor',
    details:
      "Reports an error for a paragraph of running prose (a sentence of six or more words) after the sender's name, and for body text before the salutation."
  },
  check(doc, context) {
    const salutation = doc.opening.salutation
    const heading = doc.opening.subjectLine
    if (salutation) {
      for (const sentence of doc.sentences) {
        if (sentence.end > salutation.start) break
        const inHeading = heading && sentence.start >= heading.start && sentence.end <= heading.end
        if (!inHeading && sentence.words.length >= 6) {
          context.report({
            start: sentence.start,
            end: sentence.end,
            message: 'Body text comes before the salutation.',
            expected: 'the salutation first, then the body',
            suggestion: 'Move this text below the salutation.'
          })
          break
        }
      }
    }
    const closing = doc.closing
    if (!closing.span || !closing.complimentaryClose) return
    for (const line of closing.signatureLines) {
      const text = doc.text.slice(line.start, line.end)
      const words = text.split(/\s+/).filter(Boolean).length
      if (words >= 6 && /[.?!]$/.test(text)) {
        context.report({
          start: line.start,
          end: line.end,
          message: "A sentence of the body comes after the close and the sender's name.",
          expected: 'the body before the close',
          suggestion: 'Move this sentence into the body, above the complimentary close.'
        })
        return
      }
    }
  }
}
