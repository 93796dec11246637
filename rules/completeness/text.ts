/**
 * The text the completeness rules read: the writer's prose plus the parts the splitter keeps out of
 * `doc.prose` but that a customer still reads — the subject line, the address blocks, date and
 * reference lines of a letter, and the closing. Quotes, disclaimers and other set-aside parts stay
 * blanked unless their kind is in `keep`: by default an annex after the sign-off (a placeholder
 * left in it is as unfinished as one in the body); a signature block holds contact details. Same
 * length and offsets as `doc.text`.
 */

import {dataRegExp} from '../../src/text/regexp.js'
import type {CorrDocument, SetAsideKind, Span} from '../../src/types.js'

export function readableText(doc: CorrDocument, keep: SetAsideKind[] = ['enclosure']): string {
  const restore: Span[] = [doc.opening.span, doc.closing.span, doc.headers.subject].filter(
    (span): span is Span => span !== undefined && span.end > span.start
  )
  let text = doc.prose
  for (const span of restore)
    text = text.slice(0, span.start) + doc.text.slice(span.start, span.end) + text.slice(span.end)
  for (const part of doc.setAside) {
    const replacement = keep.includes(part.kind)
      ? doc.text.slice(part.start, part.end)
      : blank(doc.text.slice(part.start, part.end))
    text = text.slice(0, part.start) + replacement + text.slice(part.end)
  }
  return text
}

/** Replace every character but line breaks with a space. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ')
}

/** Compile a list of `{pattern, flags?}` / `{pattern, caseSensitive?}` entries from a rule's JSON. */
export function compile(pattern: string, flags = ''): RegExp {
  return dataRegExp(pattern, `${flags}g`)
}

/** Every match of `pattern` in `text` (pattern must be global). */
export function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++
    yield match
  }
}
