/** spelling/final-punctuation: a body paragraph whose last sentence ends without a full stop. */
import type {Rule} from '../../src/types.js'
import {inUrl, isCodeLike, isListItem, linesOf} from './proof-text.js'

const TERMINAL = /[.!?…:;,–—-]/u
/** A label and its value (`Reference: ABC123`, `Opening hours: weekdays`): a few words, then a colon. */
const LABEL = /^[ \t]*\p{L}[\p{L}'’&/ ]{0,40}:[ \t]/u

/** The last run of non-space characters of a string. */
function lastTokenOf(text: string): string {
  let start = text.length
  while (start > 0 && !/\s/.test(text[start - 1])) start--
  return text.slice(start)
}

/** Words in a string (runs of letters or digits). */
function wordCount(text: string): number {
  let count = 0
  for (const _ of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) count++
  return count
}

/**
 * Words a sentence cannot end on: prepositions, articles, conjunctions, `is`/`are`. A paragraph that
 * ends on one, with more body after it, is a sentence the layout carries on into the next block (a
 * template that sets the deadline on a line of its own: `… submit it by` / `# Friday 11 September`).
 */
const CARRIES_ON = new Set(
  (
    'a an the by until till to of for from with on at in into before after between than and or but nor ' +
    'is are was were be your our their my its'
  ).split(' ')
)

export const finalPunctuation: Rule = {
  id: 'spelling/final-punctuation',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary: 'A paragraph of the body whose last sentence ends without a full stop, question mark or exclamation mark.',
    why: 'A sentence that just stops reads as unfinished, or as a message sent before it was checked.',
    fail: 'Dear Ms Shah,\n\nThank you for your email. I have sent the replacement today and it should reach you by Friday\n\nKind regards,\nLeah Morgan',
    pass: 'Dear Ms Shah,\n\nThank you for your email. I have sent the replacement today and it should reach you by Friday.\n\nKind regards,\nLeah Morgan',
    details:
      'Reports the end of a body paragraph whose last line ends in a letter (closing quotes and brackets aside), when the paragraph is clearly prose: its last sentence has at least 8 words, or the paragraph has more than one sentence and the last one has at least 4. ' +
      'Not reported: short one-line paragraphs (headings such as `What happens next`, and lines such as `Thanks again`, which many careful writers leave without a full stop); lines ending in a digit, an emoji, a domain or a code, and lines with a URL or an email address in them (`John <john@example.com> wrote`); list items (`- `, `• `, `1. `, `a) `), a line after one ending in `:`, and blocks of short lines (unmarked lists, addresses); `Label: value` lines; lines ending in any punctuation (`:` introducing a list, `;`, `,`, a dash); the salutation, the close and the signature, which are not body. ' +
      'An error because in the body of a letter or email a missing full stop on a full sentence is a slip, not a style: the short lines where good writers do leave it out are exactly the ones not reported.'
  },
  check(doc, context) {
    const paragraphs = doc.body.paragraphs
    for (const [index, paragraph] of paragraphs.entries()) {
      const sentences = paragraph.sentences.filter((sentence) => sentence.words.length > 0)
      const last = sentences[sentences.length - 1]
      if (!last) continue
      const lines = linesOf(doc, paragraph)
      const line = lines[lines.length - 1]
      if (!line) continue
      let end = line.end
      while (end > line.start && /\s/.test(doc.prose[end - 1])) end--
      let mark = end
      while (mark > line.start && /["'’”)\]*_]/.test(doc.prose[mark - 1])) mark--
      const char = doc.prose[mark - 1] ?? ''
      if (!/\p{L}/u.test(char) || TERMINAL.test(char)) continue
      const lastToken = lastTokenOf(doc.prose.slice(line.start, mark))
      if (isCodeLike(lastToken) || inUrl(doc, line.start, line.end)) continue
      if (isListItem(line.raw) || LABEL.test(line.text) || /^[ \t]*#/.test(line.raw)) continue
      if (lines.length >= 2) {
        const previous = lines[lines.length - 2].text.trimEnd()
        if (previous.endsWith(':')) continue
        if (lines.every((each) => wordCount(each.text) <= 6)) continue
        if (lines.some((each) => isListItem(each.raw))) continue
      }
      const next = paragraphs[index + 1]
      if (next && carriesOn(lastToken, next.text)) continue
      const lastWords = wordCount(doc.prose.slice(last.start, last.end))
      if (!(lastWords >= 8 || (sentences.length >= 2 && lastWords >= 4))) continue
      context.report({
        start: mark - 1,
        end: mark,
        message: 'The paragraph ends without a full stop (or ? or !).',
        actual: lastToken,
        expected: `${lastToken}.`,
        suggestion: `End the sentence with a full stop: '${lastToken}.'`
      })
    }
  }
}

/** Whether the sentence goes on in the next block: it ends on a word no sentence ends on, or the next block starts in lower case. */
function carriesOn(lastToken: string, nextText: string): boolean {
  if (CARRIES_ON.has(lastToken.toLowerCase())) return true
  return /^[\s#>*_]*\p{Ll}/u.test(nextText)
}
