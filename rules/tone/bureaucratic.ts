import type {Rule, Severity} from '../../src/types.js'
import data from './bureaucratic.json' with {type: 'json'}
import {bodySentences, matchCase, PhraseMatcher, severityFor} from './text.js'

const phrases = new PhraseMatcher<{phrase: string; instead: string}>(data.phrases)
/** Stiff phrases a reply may have before each is an error: past this, the whole reply reads like a form. */
const LIMIT = 2

/** tone/bureaucratic: officialese ("please be advised", "herewith", "kindly revert"), with the plain words. */
export const bureaucratic: Rule = {
  id: 'tone/bureaucratic',
  criterion: 'tone',
  severity: 'warning',
  docs: {
    summary: 'Stiff officialese ("please be advised", "herewith", "kindly revert"), with the plain words to use.',
    why: 'Officialese reads as cold and hard to follow: it puts a form between the organisation and the customer. Plain words say the same thing, and a reply full of these phrases reads like a form letter.',
    fail: 'Dear Mr Kowalski,\n\nPlease be advised that the undersigned will revert to you pursuant to our terms.\n\nKind regards,\nHannah Reid',
    pass: 'Dear Mr Kowalski,\n\nI will reply to you by Friday 11 December, as our terms say.\n\nKind regards,\nHannah Reid',
    details:
      'Reports the phrases of bureaucratic.json in the body ("please be advised", "herewith", "hereby", "kindly revert", "the undersigned", "we regret to inform you", "pursuant to", "enclosed herewith"), each with a plain alternative or "leave it out". ' +
      'A warning; from the third such phrase in one draft each is an error, because the whole reply then reads like a form (the count is in the message). ' +
      'Split out of tone/register, which keeps text-speak, slang, emoji and a close that does not fit the greeting: an organisation can now set the two apart (officialese may be house style where text-speak never is).'
  },
  check(doc, context) {
    const matches = phrases.findAll(bodySentences(doc), doc.prose)
    const severity: Severity = matches.length > LIMIT ? 'error' : 'warning'
    for (const match of matches) {
      const actual = doc.text.slice(match.start, match.end)
      const instead = matchCase(match.entry.instead, actual)
      const throughout = severity === 'error' ? ` (${matches.length} such phrases: the reply reads like a form)` : ''
      context.report({
        start: match.start,
        end: match.end,
        severity: severityFor(context, bureaucratic.id, severity),
        message: `"${actual}" is bureaucratic${throughout}.`,
        actual,
        expected: instead,
        suggestion: instead.startsWith('leave it out')
          ? `Delete "${actual}" and say it plainly.`
          : `Write "${instead}" instead.`
      })
    }
  }
}
