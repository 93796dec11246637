/**
 * Helpers shared by the tone and commitments rules: a phrase matcher over the words of the
 * writer's sentences (index built once per list, per process), the body sentences, complaint
 * detection and the severity a finding should carry under the preset.
 */

import {AttachedMap} from '../../src/text/attached.js'
import {bodySentences, PhraseMatcher as SharedPhraseMatcher} from '../../src/text/phrases.js'
import {normalisedWords} from '../../src/text/words.js'
import type {CorrDocument, RuleContext, Sentence, Severity} from '../../src/types.js'
import signals from './complaint.json' with {type: 'json'}

/** Lower case, curly apostrophes and primes straight: how words and phrases are compared. */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
}

export {bodySentences, matchCase, type PhraseMatch} from '../../src/text/phrases.js'

/** White space, or a comma then white space, filling the gap between two words (sticky: no copies). */
const SPACE = /\s+/y
const COMMA_SPACE = /,\s+/y

/**
 * Finds phrases in sentences (see the shared matcher). Words of a phrase may be separated by white
 * space only (a comma or full stop in between breaks it), except where the phrase itself has a
 * comma (`legally, you must`).
 */
export class PhraseMatcher<Entry extends {phrase: string}> extends SharedPhraseMatcher<Entry> {
  constructor(entries: readonly Entry[]) {
    super(entries, TONE_WORDS)
  }
}

/** How the tone and commitments lists compare words and what may stand between them. */
export const TONE_WORDS = {normalise, between: (raw: string) => (raw.endsWith(',') ? COMMA_SPACE : SPACE)}

/** The text of a span of `doc.text`, on one line, at most `max` characters. */
export function quote(doc: CorrDocument, start: number, end: number, max = 60): string {
  const flat = doc.text.slice(start, end).replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * The severity a finding should carry: `natural` unless the user (or a resolved preset)
 * configured the rule's severity, in which case the engine's configured severity applies.
 */
export function severityFor(context: RuleContext<unknown>, ruleId: string, natural: Severity): Severity | undefined {
  return context.settings.rules[ruleId]?.severity === undefined ? natural : undefined
}

/** Why a draft reads as a reply to a complaint or a problem, or undefined when it does not. */
export interface ComplaintSignal {
  where: 'preset' | 'subject' | 'quoted message' | 'body'
  word: string
}

const complaintCache = new AttachedMap<CorrDocument, ComplaintSignal | null>()
const strong = new RegExp(`(?<![\\p{L}])(?:${signals.subject.map(escape).join('|')})(?![\\p{L}])`, 'iu')
const quoted = new RegExp(
  `(?<![\\p{L}])(?:${[...signals.subject, ...signals.quote].map(escape).join('|')})(?![\\p{L}])`,
  'iu'
)
const bodyMatcher = new PhraseMatcher(signals.body.map((phrase) => ({phrase})))

/** The patterns built from complaint.json (exported so tests can check them for backtracking). */
export const complaintPatterns: readonly RegExp[] = [strong, quoted]

/**
 * Whether the draft answers a complaint or a problem: the `complaint-reply` preset; a problem word
 * in the subject (header or letter heading); a problem word in the quoted earlier message; or the
 * writer naming the complaint in the body (`your complaint`).
 */
export function complaintSignal(doc: CorrDocument, preset: string): ComplaintSignal | undefined {
  if (preset === 'complaint-reply') return {where: 'preset', word: 'complaint-reply'}
  let signal = complaintCache.get(doc)
  if (signal === undefined) {
    signal = detect(doc) ?? null
    complaintCache.set(doc, signal)
  }
  return signal ?? undefined
}

function detect(doc: CorrDocument): ComplaintSignal | undefined {
  // A forward to a colleague is not a reply to the customer.
  if (/^\s*(fw|fwd)\s*:/i.test(doc.headers.subject?.value ?? '')) return undefined
  const subjects = [
    doc.headers.subject?.value,
    doc.opening.subjectLine && doc.text.slice(doc.opening.subjectLine.start, doc.opening.subjectLine.end)
  ]
  for (const subject of subjects) {
    const hit = subject ? strong.exec(normalise(subject)) : null
    if (hit) return {where: 'subject', word: hit[0]}
  }
  for (const part of doc.setAside) {
    if (part.kind !== 'quote') continue
    const hit = quoted.exec(normalise(doc.text.slice(part.start, part.end)))
    if (hit) return {where: 'quoted message', word: hit[0]}
  }
  const hit = bodyMatcher.findAll(bodySentences(doc), doc.prose)[0]
  return hit ? {where: 'body', word: hit.entry.phrase} : undefined
}

function escape(text: string): string {
  return normalise(text)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
}

/** Whether a sentence mentions a problem word (complaint.json), e.g. to tell thanks for a report. */
export function mentionsProblem(doc: CorrDocument, start: number, end: number): boolean {
  return strong.test(normalise(doc.prose.slice(start, end)))
}

const APOLOGY = new Set([
  'sorry',
  'apologise',
  'apologize',
  'apologies',
  'apology',
  'apologising',
  'regret',
  'regrettably'
])

/** Whether a sentence apologises: then naming what was wrong ("our driver was rude") is empathy. */
export function apologises(sentence: Sentence): boolean {
  return normalisedWords(sentence, normalise).some((word) => APOLOGY.has(word))
}
