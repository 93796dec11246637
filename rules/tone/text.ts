/**
 * Helpers shared by the tone and commitments rules: a phrase matcher over the words of the
 * writer's sentences (index built once per list, per process), the body sentences, complaint
 * detection and the severity a finding should carry under the preset.
 */

import {hasProblemWord} from '../../src/document/complaint.js'
import {type ComplaintSignal, draftOf} from '../../src/document/draft.js'
import {matchCase, type PhraseMatch, PhraseMatcher as SharedPhraseMatcher} from '../../src/text/phrases.js'
import {normalisedWords, normaliseWord, PROSE_WORDS} from '../../src/text/words.js'
import type {CorrDocument, RuleContext, Sentence, Severity} from '../../src/types.js'

export {complaintPatterns} from '../../src/document/complaint.js'
export {bodySentences, type ComplaintSignal} from '../../src/document/draft.js'
export {matchCase, type PhraseMatch} from '../../src/text/phrases.js'
export {normaliseWord} from '../../src/text/words.js'

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
export const TONE_WORDS = PROSE_WORDS

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

/**
 * Whether the draft answers a complaint or a problem: the `complaint-reply` preset; a problem word
 * in the subject (header or letter heading); a problem word in the quoted earlier message; or the
 * writer naming the complaint in the body (`your complaint`).
 */
export function complaintSignal(doc: CorrDocument, preset: string): ComplaintSignal | undefined {
  if (preset === 'complaint-reply') return {where: 'preset', word: 'complaint-reply'}
  return draftOf(doc).complaint
}

/** Whether a sentence mentions a problem word (complaint.json), e.g. to tell thanks for a report. */
export function mentionsProblem(doc: CorrDocument, start: number, end: number): boolean {
  return hasProblemWord(doc.prose.slice(start, end))
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
  return normalisedWords(sentence, normaliseWord).some((word) => APOLOGY.has(word))
}

/** An entry of a list of phrases to rephrase (blame.json, negative-phrasing.json). */
export interface RephraseEntry {
  phrase: string
  /** Why it reads badly, after the quoted phrase: `"you failed to" blames the customer …`. */
  why: string
  /** What to write instead. */
  instead: string
  /** Not reported when followed by one of these words ("you must be disappointed" is empathy). */
  unlessNext?: string[]
  /** Not reported in a sentence that apologises ("I am sorry our driver was rude"): that is empathy. */
  unlessApology?: boolean
}

/** Whether what stands around a match excuses it: a word the entry lists after it, or an apology. */
export function excused(match: PhraseMatch<RephraseEntry>): boolean {
  const next = match.sentence.words[match.index + match.words]
  if (next && match.entry.unlessNext?.includes(normaliseWord(next.text))) return true
  return match.entry.unlessApology === true && apologises(match.sentence)
}

/** Report a phrase to rephrase: why it reads badly, and its entry's positive alternative. */
export function reportRephrase(
  doc: CorrDocument,
  context: RuleContext<unknown>,
  match: PhraseMatch<RephraseEntry>
): void {
  const actual = doc.text.slice(match.start, match.end)
  const instead = matchCase(match.entry.instead, actual)
  context.report({
    start: match.start,
    end: match.end,
    message: `"${actual}" ${match.entry.why}.`,
    actual,
    expected: instead,
    suggestion: `Rephrase positively, e.g. "${instead}".`
  })
}
