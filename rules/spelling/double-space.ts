/** spelling/double-space: two or three spaces between words. */
import type {CorrDocument, Rule} from '../../src/types.js'
import {inUrl, linesOf} from './proof-text.js'

const SPACES = / {2,}/g

/** Whether the spaces at `[start, end)` of `doc.text` are in the file as written (not blanked markup). */
function writtenSpaces(doc: CorrDocument, start: number, end: number): boolean {
  const source = doc.source
  if (source.format === 'html' || source.format === 'markdown') return false
  const from = source.toOriginal(start)
  const to = source.toOriginal(end)
  return to - from === end - start && /^ +$/.test(source.original.slice(from, to))
}

export const doubleSpace: Rule = {
  id: 'spelling/double-space',
  criterion: 'spelling',
  severity: 'warning',
  docs: {
    summary: 'Two or three spaces between words inside a sentence of the body.',
    why: 'A doubled space is a leftover of an edit; it shows in a printed letter as a gap and looks untidy.',
    fail: 'Dear Ms Shah,\n\nThank you for your email. I have sent the  replacement today.\n\nKind regards,\nLeah Morgan',
    pass: 'Dear Ms Shah,\n\nThank you for your email.  I have sent the replacement today.\n\nKind regards,\nLeah Morgan',
    details:
      'Warns (it does not fail the criterion) on a run of two or three spaces in a body line between a word, number or comma and the next word. ' +
      'Not reported: two spaces after a full stop, `?`, `!` or `:` (the typewriter convention many UK writers keep: a choice, not a slip); indentation at the start of a line and spaces at its end; four or more spaces (columns lined up on purpose); tabs; spaces inside a URL; HTML and Markdown drafts, where the reader never sees a doubled space, and spaces left where markup was removed.'
  },
  check(doc, context) {
    for (const paragraph of doc.body.paragraphs) {
      for (const line of linesOf(doc, paragraph)) {
        for (const match of line.text.matchAll(SPACES)) {
          const start = line.start + match.index
          const end = start + match[0].length
          if (match[0].length > 3 || match.index === 0 || end >= line.end) continue
          const before = doc.prose[start - 1]
          const after = doc.prose[end]
          if (!/[\p{L}\p{N},;)'’"”%]/u.test(before) || !/[\p{L}\p{N}(£$€'‘"“]/u.test(after)) continue
          if (!writtenSpaces(doc, start, end) || inUrl(doc, start - 1, end + 1)) continue
          context.report({
            start,
            end,
            message: `${match[0].length} spaces between words: use one.`,
            actual: match[0],
            expected: ' ',
            suggestion: 'Replace the spaces with one space.'
          })
        }
      }
    }
  }
}
