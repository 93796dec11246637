/**
 * The complaint reading of a draft (the draft's `complaint` view): whether it answers a complaint or
 * a problem, from the problem words of rules/tone/complaint.json.
 */
import signals from '../../rules/tone/complaint.json' with {type: 'json'}
import {PhraseMatcher} from '../text/phrases.js'
import {normaliseWord, PROSE_WORDS} from '../text/words.js'
import type {Draft} from './draft.js'

/** Why a draft reads as a reply to a complaint or a problem. */
export interface ComplaintSignal {
  where: 'preset' | 'subject' | 'quoted message' | 'body'
  word: string
}

function escape(text: string): string {
  return normaliseWord(text)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
}

const strong = new RegExp(`(?<![\\p{L}])(?:${signals.subject.map(escape).join('|')})(?![\\p{L}])`, 'iu')
const quoted = new RegExp(
  `(?<![\\p{L}])(?:${[...signals.subject, ...signals.quote].map(escape).join('|')})(?![\\p{L}])`,
  'iu'
)
const bodyMatcher = new PhraseMatcher(
  signals.body.map((phrase) => ({phrase})),
  PROSE_WORDS
)

/** The patterns built from complaint.json (exported so tests can check them for backtracking). */
export const complaintPatterns: readonly RegExp[] = [strong, quoted]

/** Whether `text` has a problem word (complaint.json's subject words). */
export function hasProblemWord(text: string): boolean {
  return strong.test(normaliseWord(text))
}

/**
 * Whether the draft answers a complaint or a problem, whatever the preset: a problem word in the
 * subject (header or letter heading); a problem word in the quoted earlier message; or the writer
 * naming the complaint in the body (`your complaint`). A forward to a colleague never does.
 */
export function readComplaint(draft: Draft): ComplaintSignal | undefined {
  const doc = draft.doc
  if (/^\s*(fw|fwd)\s*:/i.test(doc.headers.subject?.value ?? '')) return undefined
  const subjects = [
    doc.headers.subject?.value,
    doc.opening.subjectLine && doc.text.slice(doc.opening.subjectLine.start, doc.opening.subjectLine.end)
  ]
  for (const subject of subjects) {
    const hit = subject ? strong.exec(normaliseWord(subject)) : null
    if (hit) return {where: 'subject', word: hit[0]}
  }
  for (const part of doc.setAside) {
    if (part.kind !== 'quote') continue
    const hit = quoted.exec(normaliseWord(doc.text.slice(part.start, part.end)))
    if (hit) return {where: 'quoted message', word: hit[0]}
  }
  const hit = bodyMatcher.findAll(draft.bodySentences, doc.prose)[0]
  return hit ? {where: 'body', word: hit.entry.phrase} : undefined
}
