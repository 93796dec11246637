/**
 * Helpers shared by the clarity rules: the body's sentences, word counts, and a phrase matcher
 * whose index is built once per list (per process), then run over each sentence's words in
 * linear time.
 */

import {bodySentences, defineView, draftOf} from '../../src/document/draft.js'
import {isCountedWord, segments} from '../../src/document/readability.js'
import {PhraseMatcher as SharedPhraseMatcher} from '../../src/text/phrases.js'
import {normaliseWord} from '../../src/text/words.js'
import type {CorrDocument, Sentence, Word} from '../../src/types.js'

export {bodySentences} from '../../src/document/draft.js'
export {matchCase, type PhraseMatch} from '../../src/text/phrases.js'
export {normaliseWord} from '../../src/text/words.js'

/** The body sentences' list-aware segments (see `segments`), each filled in on first use: a view of the draft. */
export const segmentsView = defineView('clarity segments', () => new Map<Sentence, Word[][]>())

/** A sentence's list-aware segments (see `segments`), computed once per sentence of the draft. */
export function segmentsOf(doc: CorrDocument, sentence: Sentence): Word[][] {
  const known = draftOf(doc).get(segmentsView)
  let result = known.get(sentence)
  if (!result) known.set(sentence, (result = segments(sentence)))
  return result
}

/**
 * Words in a run of tokens, as the reading level counts them: numbers, amounts, dates' digits,
 * phone numbers, reference codes, email addresses and URLs are read at a glance and not counted.
 */
export function countWords(words: readonly Word[]): number {
  let count = 0
  for (const word of words) if (isCountedWord(word.text)) count++
  return count
}

/** Words of the body, as `countWords` counts them, over list-aware sentence segments. */
export function bodyWordCount(doc: CorrDocument): number {
  let total = 0
  for (const sentence of bodySentences(doc))
    for (const segment of segmentsOf(doc, sentence)) total += countWords(segment)
  return total
}

/**
 * Spaces, and at most one line break (a hard-wrapped line), between the words of a phrase. Sticky,
 * the line break first, so that the whole gap must match (see `fills`).
 */
const SPACE_BETWEEN_WORDS = /[ \t]*\n[ \t]*|[ \t]+/y

/** Finds phrases in sentences (see the shared matcher), words separated by spaces or one line break. */
export class PhraseMatcher<Entry extends {phrase: string}> extends SharedPhraseMatcher<Entry> {
  constructor(entries: readonly Entry[]) {
    super(entries, {normalise: normaliseWord, between: () => SPACE_BETWEEN_WORDS})
  }
}

/** The text of a span with runs of white space (a wrapped line) as one space, for messages. */
export function spanText(doc: CorrDocument, start: number, end: number): string {
  return doc.text.slice(start, end).replace(/\s+/g, ' ')
}

/** A short quote of a span for messages: at most `max` characters. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
