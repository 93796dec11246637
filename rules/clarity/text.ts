/**
 * Helpers shared by the clarity rules: the body's sentences, word counts, and a phrase matcher
 * whose index is built once per list (per process), then run over each sentence's words in
 * linear time.
 */
import {isCountedWord, segments} from '../../src/document/readability.js'
import type {CorrDocument, Sentence, Word} from '../../src/types.js'
import {fills, normalisedWords} from '../../src/text/words.js'

const bodyCache = new WeakMap<CorrDocument, Sentence[]>()
const segmentCache = new WeakMap<Sentence, Word[][]>()

/** The sentences of the body (not the salutation, close or signature); computed once per document. */
export function bodySentences(doc: CorrDocument): Sentence[] {
  let body = bodyCache.get(doc)
  if (!body) bodyCache.set(doc, (body = doc.sentences.filter((sentence) => sentence.paragraph !== -1)))
  return body
}

/** A sentence's list-aware segments (see `segments`), computed once per sentence. */
export function segmentsOf(sentence: Sentence): Word[][] {
  let result = segmentCache.get(sentence)
  if (!result) segmentCache.set(sentence, (result = segments(sentence)))
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
  for (const sentence of bodySentences(doc)) for (const segment of segmentsOf(sentence)) total += countWords(segment)
  return total
}

/** Normalise a word for lookup: lower case, curly apostrophes straight. */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'")
}

/** A phrase found in a sentence: its words, the index of the first one, and its entry. */
export interface PhraseMatch<Entry> {
  entry: Entry
  words: Word[]
  index: number
  start: number
  end: number
}

/**
 * Find phrases (sequences of words) in sentences. The index maps a first word to the phrases
 * starting with it, longest first, so a match costs a few comparisons per word.
 */
export class PhraseMatcher<Entry extends {phrase: string}> {
  private readonly index = new Map<string, Array<{tokens: string[]; entry: Entry}>>()

  constructor(entries: readonly Entry[]) {
    for (const entry of entries) {
      const tokens = entry.phrase.split(' ').map(normalise)
      const list = this.index.get(tokens[0]) ?? []
      list.push({tokens, entry})
      this.index.set(tokens[0], list)
    }
    for (const list of this.index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
  }

  /**
   * Every non-overlapping match in `sentence`, left to right. Words of a phrase must be separated
   * by spaces or one line break (a comma or a list marker in between breaks it).
   */
  find(sentence: Sentence, text: string): ReadonlyArray<PhraseMatch<Entry>> {
    let found: Array<PhraseMatch<Entry>> | undefined
    const words = sentence.words
    const normal = normalisedWords(sentence, normalise)
    for (let index = 0; index < words.length; index++) {
      const candidates = this.index.get(normal[index])
      if (!candidates) continue
      let hit: (typeof candidates)[number] | undefined
      for (const candidate of candidates) {
        if (matchesAt(words, normal, index, candidate.tokens, text)) {
          hit = candidate
          break
        }
      }
      if (!hit) continue
      const matched = words.slice(index, index + hit.tokens.length)
      ;(found ??= []).push({entry: hit.entry, words: matched, index, start: matched[0].start, end: matched.at(-1)!.end})
      index += hit.tokens.length - 1
    }
    return found ?? NO_MATCHES
  }
}

/** What `find` returns for most sentences: one shared empty list, not a new one each time. */
const NO_MATCHES: readonly never[] = Object.freeze([])

/**
 * Spaces, and at most one line break (a hard-wrapped line), between the words of a phrase. Sticky,
 * the line break first, so that the whole gap must match (see `fills`).
 */
const SPACE_BETWEEN_WORDS = /[ \t]*\n[ \t]*|[ \t]+/y

function matchesAt(words: readonly Word[], normal: readonly string[], index: number, tokens: readonly string[], text: string): boolean {
  if (index + tokens.length > words.length) return false
  for (let offset = 1; offset < tokens.length; offset++) {
    const word = words[index + offset]
    if (normal[index + offset] !== tokens[offset]) return false
    if (!fills(SPACE_BETWEEN_WORDS, text, words[index + offset - 1].end, word.start)) return false
  }
  return true
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

/** Keep the capital of the text being replaced: `In order to` → `To`. */
export function matchCase(replacement: string, original: string): string {
  if (replacement === '' || !/^\p{Lu}/u.test(original)) return replacement
  return replacement[0].toUpperCase() + replacement.slice(1)
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
