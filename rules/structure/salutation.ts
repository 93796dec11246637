import {osa} from '../../src/spell/speller.js'
import type {CorrDocument, Rule} from '../../src/types.js'

// A greeting word one slip away from `Dear` or `Hello`, before an addressee and a comma: `Deer Mr Khan,`, `Dera Sam,`, `Helo Priya,`.
const NEAR_GREETING =
  /^[ \t]{0,8}(\p{L}{3,6})[ \t]{1,4}((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Customer|Team|\p{Lu}\p{Ll}{1,20})\b[^\n,]{0,60}),[ \t]{0,8}$/mu
const GREETINGS = ['Dear', 'Hello']
// First names one slip from a greeting: `Dean Smith,` and `Helen Jones,` are a name without a greeting.
const NAMES = new Set(['dean', 'helen', 'hella', 'delia'])

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
    details:
      "Also reports an empty draft (nothing but headers, quotes or white space) once, at its start. Reports an error when no greeting line (Dear, Hi, Hello, Good morning, To whom it may concern …) comes before the first paragraph of the body. A greeting word one slip from `Dear` or `Hello` before a name or title and a comma (`Deer Mr Khan,`, `Helo Priya,`) is reported as that slip, with the greeting to write. A service notification (a message the organisation starts, with a link, a heading, a footer or a system message's wording, and no salutation or no person signing: `notification` in the document model) is not asked for one. The `chat` preset switches this rule off."
  },
  check(doc, context) {
    // A service notification states its news in a heading or first line; it need not greet.
    if (doc.opening.salutation || doc.notification) return
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
    const slip = misspeltGreeting(doc, first.start)
    if (slip) {
      context.report({
        start: slip.start,
        end: slip.end,
        message: `"${slip.line}" looks like a salutation, but "${slip.word}" is not a greeting: did you mean "${slip.greeting}"?`,
        actual: slip.word,
        expected: slip.greeting,
        suggestion: `Replace "${slip.word}" with "${slip.greeting}".`
      })
      return
    }
    const lineEnd = doc.text.indexOf('\n', first.start)
    context.report({
      start: first.start,
      end: lineEnd === -1 || lineEnd > first.end ? first.end : lineEnd,
      message: 'The message has no salutation: open with a greeting on its own line.',
      expected: 'a salutation such as "Dear Mrs Patel,"',
      suggestion:
        'Add "Dear <title> <surname>," (or "Dear Sir or Madam," when you do not know the name) above the first paragraph.'
    })
  }
}

/** A line above the body that would be a salutation but for a slip in its greeting word. */
function misspeltGreeting(
  doc: CorrDocument,
  before: number
): {start: number; end: number; line: string; word: string; greeting: string} | undefined {
  const match = NEAR_GREETING.exec(doc.text.slice(0, before))
  if (!match) return undefined
  const word = match[1]
  if (NAMES.has(word.toLowerCase())) return undefined
  const greeting = GREETINGS.find(
    (candidate) =>
      candidate.toLowerCase() !== word.toLowerCase() && osa(word.toLowerCase(), candidate.toLowerCase(), 1) <= 1
  )
  if (!greeting) return undefined
  const start = match.index + match[0].indexOf(word)
  return {start, end: start + word.length, line: `${word} ${match[2]},`, word, greeting}
}
