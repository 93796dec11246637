/** spelling/unbalanced: a bracket or double quotation mark without its partner in a paragraph. */
import type {CorrDocument, Rule, Span} from '../../src/types.js'
import {inUrl} from './proof-text.js'

// A smiley's eyes (and nose) before a bracket: `:)`, `:-)`, `;(`, `=)`, `:o)`. Not `8)`: a digit before a bracket is
// a reference (`order ORD-30858)`, `(ref. 8)`) far more often than a face.
const SMILEY_BEFORE = /[:;=][-^o']?$/
// A list marker before a closing bracket: `1)`, `a)`, `iv)` at a line start or after a space or bullet.
const MARKER_BEFORE = /(?:^|[\s•·*-])(?:\d{1,2}|[a-z]|i{1,3}|iv|vi{0,3}|ix|x)$/i

interface Mark extends Span {
  kind: 'open' | 'close' | 'quote' | 'open-quote' | 'close-quote'
}

/** Brackets and double quotes of a paragraph that are the writer's punctuation (not in URLs, smileys or list markers). */
function marksOf(doc: CorrDocument, start: number, end: number): Mark[] {
  const marks: Mark[] = []
  for (let index = start; index < end; index++) {
    const char = doc.prose[index]
    if (char !== '(' && char !== ')' && char !== '"' && char !== '“' && char !== '”') continue
    if (inUrl(doc, index, index + 1)) continue
    const lineStart = doc.prose.lastIndexOf('\n', index - 1) + 1
    const before = doc.prose.slice(Math.max(lineStart, index - 6), index)
    if ((char === '(' || char === ')') && SMILEY_BEFORE.test(before)) continue
    if (char === '(' && /^[:;=]/.test(doc.prose[index + 1] ?? '')) continue
    if (char === '"' && /\d/.test(doc.prose[index - 1] ?? '')) continue
    const kind =
      char === '('
        ? 'open'
        : char === ')'
          ? 'close'
          : char === '"'
            ? 'quote'
            : char === '“'
              ? 'open-quote'
              : 'close-quote'
    marks.push({start: index, end: index + 1, kind})
  }
  return marks
}

export const unbalanced: Rule = {
  id: 'spelling/unbalanced',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary:
      'A bracket or a double quotation mark opened and not closed (or closed and never opened) within a paragraph of the body.',
    why: 'An unclosed bracket or quotation leaves the reader unsure where the aside or the quotation ends.',
    fail: 'Dear Mr Khan,\n\nYour refund (£36.20 will reach your card within five working days. The courier said "delivered to a neighbour.\n\nYours sincerely,\nRyan Foster',
    pass: 'Dear Mr Khan,\n\nYour refund (£36.20) will reach your card within five working days. The courier said "delivered to a neighbour".\n\nYours sincerely,\nRyan Foster',
    details:
      'Pairs round brackets and double quotation marks within each body paragraph: reports a `)` with no `(` before it, each `(` left open at the end of the paragraph, an odd number of straight double quotes (`"`, the last one is reported), and a curly `“` or `”` without its partner. ' +
      'Not reported: list markers (`a)`, `1)`, `iv)`, at a line start or inline as in `1) your receipt 2) a photo`), smileys (`:)`, `:-(`, `;)`: tone\'s business), brackets and quotes inside URLs, a straight `"` right after a digit (inches: `a 12" frame`), and drafts that mix straight and curly double quotes when the total is even (autocorrect often converts only some). Apostrophes and single quotation marks are left alone: `\'` is too often an apostrophe to pair.'
  },
  check(doc, context) {
    for (const paragraph of doc.body.paragraphs) {
      const marks = marksOf(doc, paragraph.start, paragraph.end)
      const open: Mark[] = []
      const report = (mark: Mark, message: string, expected: string) =>
        context.report({
          start: mark.start,
          end: mark.end,
          message,
          actual: doc.text.slice(mark.start, mark.end),
          expected,
          suggestion: message
        })
      for (const mark of marks) {
        if (mark.kind === 'open') open.push(mark)
        else if (mark.kind === 'close') {
          if (open.length > 0) open.pop()
          else {
            const lineStart = doc.prose.lastIndexOf('\n', mark.start - 1) + 1
            if (MARKER_BEFORE.test(doc.prose.slice(Math.max(lineStart, mark.start - 6), mark.start))) continue
            report(mark, "A closing bracket ')' has no opening '(' before it.", '(')
          }
        }
      }
      for (const mark of open) report(mark, "A bracket '(' is opened and never closed in this paragraph.", ')')
      const straight = marks.filter((mark) => mark.kind === 'quote')
      const curly = marks.filter((mark) => mark.kind === 'open-quote' || mark.kind === 'close-quote')
      if (curly.length === 0) {
        if (straight.length % 2 === 1)
          report(straight[straight.length - 1], 'A double quotation mark has no partner in this paragraph.', '"')
      } else if (straight.length === 0) {
        let depth = 0
        let unmatched: Mark | undefined
        let lastOpen: Mark | undefined
        for (const mark of curly) {
          if (mark.kind === 'open-quote') {
            depth++
            lastOpen = mark
          } else if (depth > 0) depth--
          else unmatched ??= mark
        }
        if (unmatched) report(unmatched, "A closing quotation mark '”' has no opening '“' before it.", '“')
        else if (depth > 0 && lastOpen)
          report(lastOpen, "A quotation mark '“' is opened and never closed in this paragraph.", '”')
      } else if ((straight.length + curly.length) % 2 === 1) {
        report(straight[straight.length - 1], 'A double quotation mark has no partner in this paragraph.', '"')
      }
    }
  }
}
