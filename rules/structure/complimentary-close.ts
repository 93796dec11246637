import type {Rule} from '../../src/types.js'

/** Closes of American business letters, which read as foreign in UK correspondence (dialect en-GB). */
export const US_CLOSES = new Set([
  'yours truly',
  'truly yours',
  'very truly yours',
  'sincerely',
  'sincerely yours',
  'respectfully',
  'respectfully yours'
])

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
    details:
      'With the en-GB dialect, also reports an American close ("Yours truly", "Sincerely", "Respectfully") and names the UK close that fits the salutation. Reports an error when no close line (Yours sincerely, Yours faithfully, Kind regards, Best wishes, Many thanks …) follows the body. A close on the same line as the name ("Thanks, Sam") counts. A service notification (`notification` in the document model) is not asked for a close.'
  },
  check(doc, context) {
    const close = doc.closing.complimentaryClose
    if (close) {
      if (context.settings.dialect === 'en-GB' && US_CLOSES.has(close.normalised)) {
        const style = doc.opening.salutation?.style
        const formal =
          style === 'formal-unnamed'
            ? 'Yours faithfully'
            : style === 'formal-named'
              ? 'Yours sincerely'
              : 'Kind regards'
        context.report({
          start: close.start,
          end: close.end,
          message: `"${close.text.replace(/,$/, '')}" is an American close; UK correspondence closes with "${formal}".`,
          actual: close.text.replace(/,$/, ''),
          expected: formal,
          suggestion: `Close with "${formal}${close.text.endsWith(',') ? ',' : ''}".`
        })
      }
      return
    }
    // A service notification signs off by its own convention (often with the office's name alone).
    if (doc.notification) return
    const anchor = doc.closing.senderName ?? lastBodyLine(doc)
    if (!anchor) return
    context.report({
      start: anchor.start,
      end: anchor.end,
      message: "The message has no complimentary close before the sender's name.",
      expected: 'a close such as "Yours sincerely," or "Kind regards,"',
      suggestion:
        doc.opening.salutation?.style === 'formal-unnamed'
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
