/**
 * confidentiality/internal-note: internal notes left in a draft that would go to the customer —
 * `INTERNAL`, `internal use only`, `note to self`, `TODO`, `FIXME`, `do not send`, `between you
 * and me`, `off the record`, and staff comments in square brackets (`[check with Sarah before
 * sending]`, `[Mike - is this right?]`).
 *
 * Phrases and bracket cues are data (internal-note.json). Case matters for the capitals markers,
 * so `our internal review` and `things to do` are ordinary prose. Square brackets that hold a
 * template placeholder (`[Customer name]`, `[insert date]`), a citation (`[1]`) or an editorial
 * mark (`[sic]`) are not notes: placeholders are completeness/placeholder's job.
 */

import {dataRegExp} from '../../src/text/regexp.js'
import type {Rule, Span} from '../../src/types.js'
import data from './internal-note.json' with {type: 'json'}

const PHRASES = data.phrases.map((entry) => ({
  name: entry.name,
  regex: dataRegExp(entry.pattern, `${entry.flags ?? ''}g`)
}))
const CUES = new Set(data.bracketCues)
const SKIP = new Set(data.bracketSkip)
const PLACEHOLDER_STARTS = new Set(data.placeholderStarts)
const STRONG_SINGLE = new Set(data.strongSingle)

/** Square brackets on one line, not a Markdown link (`[text](url)`, `[text][1]`). */
const BRACKETS = /\[([^[\]\n]{1,160})\](?![([])/g

export interface InternalNote extends Span {
  /** What the note is: the phrase's name, or `staff comment`. */
  name: string
}

/** Whether the words inside square brackets read as a member of staff's remark, not a placeholder or a citation. */
export function isStaffComment(inner: string): boolean {
  const trimmed = inner.trim()
  const lower = trimmed.toLowerCase()
  // redos-bounded: the bracketed text is at most 160 characters (BRACKETS)
  if (trimmed === '' || SKIP.has(lower) || SKIP.has(lower.replace(/[.!]+$/, ''))) return false
  // Citations and numbering: [1], [2, 3], [12–14], [a], [2023].
  if (/^(?:[\d\s,–-]{1,40}|[a-z])$/i.test(trimmed)) return false
  // Links and addresses are not remarks.
  if (/@|https?:|www\./i.test(trimmed)) return false
  const words = lower.split(/[^\p{L}\p{N}'’?-]+/u).filter(Boolean)
  if (words.length === 0) return false
  // A template placeholder or instruction: `[Customer name]`, `[insert date]`, `[your account number]`.
  if (PLACEHOLDER_STARTS.has(words[0]) && !trimmed.includes('?')) return false
  // A question inside brackets is a remark to a colleague: `[Mike - is this right?]`.
  if (/\?\s*$/.test(trimmed) && words.length >= 2) return true
  if (words.length === 1) return STRONG_SINGLE.has(lower)
  // Addressed to a colleague: `[Mike - …]`, `[Sarah: …]`.
  if (/^\p{Lu}\p{Ll}{1,20}[ \t]*(?:[-–—:]|,[ \t])[ \t]*\p{Ll}/u.test(trimmed)) return true
  // redos-bounded: a word of a bracketed text of at most 160 characters
  return words.some((word) => CUES.has(word.replace(/[?'’]+$/, '')))
}

/** Every internal note in `text`, in order, without overlaps. */
export function findInternalNotes(text: string): InternalNote[] {
  const found: InternalNote[] = []
  const add = (start: number, end: number, name: string) => {
    if (!found.some((item) => start < item.end && item.start < end)) found.push({start, end, name})
  }
  BRACKETS.lastIndex = 0
  for (let match = BRACKETS.exec(text); match; match = BRACKETS.exec(text)) {
    if (isStaffComment(match[1])) add(match.index, match.index + match[0].length, 'staff comment')
  }
  for (const {name, regex} of PHRASES) {
    regex.lastIndex = 0
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex++
        continue
      }
      const lead = match[0].length - match[0].trimStart().length
      add(match.index + lead, match.index + match[0].length, name)
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

const opening = 'Dear Mr Osei,\n\nThank you for your email about the delay to your kitchen fitting.\n\n'
const closing =
  '\n\nIf you have any questions, please call us on 0161 496 0732.\n\nKind regards,\nPriya Shah\nCustomer Care, Brightwell Home'

export const internalNote: Rule = {
  id: 'confidentiality/internal-note',
  criterion: 'confidentiality',
  severity: 'error',
  docs: {
    summary:
      'No internal note left in the draft: "INTERNAL", "internal use only", "TODO", "FIXME", "do not send", "note to self", "between you and me", "off the record", or a staff comment in square brackets.',
    why: 'A note meant for a colleague tells the customer what was said about them behind the scenes, or that nobody finished the message. Once sent, it cannot be taken back, and it may be shown to a regulator or an ombudsman.',
    fail: `${opening}We can refund the £150 call-out fee. [check with Sarah before sending - is £150 right?] Your new fitting date is Tuesday 9 June.${closing}`,
    pass: `${opening}We can refund the £150 call-out fee. Your new fitting date is Tuesday 9 June.${closing}`,
    details:
      'Reports, in the writer\'s prose: the capitals markers `INTERNAL`, `TODO`, `FIXME`, `DO NOT SEND` (case matters, so "our internal review", "the internal team", "things to do" are ordinary prose); `internal use only`, `Internal:` or `Internal note:` at the start of a line, `not for the customer`, `note to self`, `between you and me`, `off the record`, `don\'t tell the customer`, and `do not send yet` / `do not send until checked` (a plain instruction such as "please do not send cash" is not reported). A square-bracketed remark is a staff comment when it asks a question (`[Mike - is this right?]`), is addressed to a colleague (`[Sarah: …]`), or holds a working word from internal-note.json (`check`, `confirm`, `sure`, `before sending`, `I`, `we`…). Not reported: template placeholders (`[Customer name]`, `[insert date]`, `{{first_name}}` — completeness/placeholder\'s job), citations (`[1]`, `[2, 3]`), editorial marks (`[sic]`, `[…]`, `[emphasis added]`), template instructions (`[if applicable]`, `[delete as appropriate]`), Markdown links and checkboxes.'
  },
  check(doc, context) {
    for (const note of findInternalNotes(context.draft.writerText)) {
      const text = doc.text.slice(note.start, note.end)
      context.report({
        start: note.start,
        end: note.end,
        message:
          note.name === 'staff comment'
            ? `A staff comment is left in the draft: "${text}". The customer would read it.`
            : `An internal note is left in the draft: "${text}". The customer would read it.`,
        suggestion: 'Remove the note before sending, and settle what it asks first.',
        actual: text
      })
    }
  }
}
