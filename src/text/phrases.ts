/**
 * What the tone, commitments and clarity rules share to find phrases in the writer's sentences:
 * the body's sentences, a phrase matcher whose index is built once per list (per process) and then
 * runs over each sentence's words in linear time, and keeping a replacement's capital.
 */
import type {CorrDocument, Sentence, Word} from '../types.js'
import {fills, normalisedWords} from './words.js'
import {AttachedMap} from './attached.js'

const bodyCache = new AttachedMap<CorrDocument, Sentence[]>()

/** The sentences of the body (not the salutation, close or signature), computed once per document. */
export function bodySentences(doc: CorrDocument): Sentence[] {
  let body = bodyCache.get(doc)
  if (!body) bodyCache.set(doc, (body = doc.sentences.filter((sentence) => sentence.paragraph !== -1)))
  return body
}

/** Keep the capital of the text being replaced: `you must` → `please`, `In order to` → `To`. */
export function matchCase(replacement: string, original: string): string {
  if (replacement === '' || !/^\p{Lu}/u.test(original)) return replacement
  return replacement[0].toUpperCase() + replacement.slice(1)
}

/** A phrase found in a sentence. */
export interface PhraseMatch<Entry> {
  entry: Entry
  /** Index of the first matched word in `sentence.words`. */
  index: number
  start: number
  end: number
  sentence: Sentence
}

/**
 * A phrase as the matcher compares it: its words, normalised, and for each gap between two of
 * them a sticky expression the whole gap in the text must match (see `fills`).
 */
export interface PhraseShape {
  tokens: string[]
  gaps: RegExp[]
}

/**
 * Finds phrases (sequences of words) in sentences. The index maps a first word to the phrases
 * starting with it, longest first, so a match costs a few comparisons per word. How words are
 * compared (`normalise`) and what may stand between them (`shape`) belong to each list's rules.
 */
export class PhraseMatcher<Entry extends {phrase: string}> {
  private readonly index = new Map<string, Array<PhraseShape & {entry: Entry}>>()
  private readonly normalise: (word: string) => string
  /** This matcher's bit among the matchers of its normaliser (`FirstWords`); 0 when it has none. */
  private readonly bit: number

  constructor(entries: readonly Entry[], normalise: (word: string) => string, shape: (phrase: string) => PhraseShape) {
    this.normalise = normalise
    for (const entry of entries) {
      const {tokens, gaps} = shape(entry.phrase)
      const list = this.index.get(tokens[0]) ?? []
      list.push({tokens, gaps, entry})
      this.index.set(tokens[0], list)
    }
    for (const list of this.index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
    let registry = firstWords.get(normalise)
    if (!registry) firstWords.set(normalise, (registry = {bits: new Map(), matchers: 0, sentences: new AttachedMap()}))
    this.bit = registry.matchers < 31 ? 1 << registry.matchers++ : 0
    if (this.bit !== 0) for (const first of this.index.keys()) registry.bits.set(first, (registry.bits.get(first) ?? 0) | this.bit)
  }

  /** Every non-overlapping match in `sentence`, left to right; `text` is `doc.prose`. */
  find(sentence: Sentence, text: string): ReadonlyArray<PhraseMatch<Entry>> {
    let found: Array<PhraseMatch<Entry>> | undefined
    const words = sentence.words
    const normal = normalisedWords(sentence, this.normalise)
    const starts = this.bit === 0 ? undefined : phraseStarts(sentence, this.normalise, normal)
    for (let index = 0; index < words.length; index++) {
      // Most words start no phrase of any list: one look at the sentence's bits rules them out.
      if (starts !== undefined && (starts[index] & this.bit) === 0) continue
      const candidates = this.index.get(normal[index])
      if (!candidates) continue
      let hit: (typeof candidates)[number] | undefined
      for (const candidate of candidates) {
        if (matchesAt(words, normal, index, candidate, text)) {
          hit = candidate
          break
        }
      }
      if (!hit) continue
      const last = words[index + hit.tokens.length - 1]
      ;(found ??= []).push({entry: hit.entry, index, start: words[index].start, end: last.end, sentence})
      index += hit.tokens.length - 1
    }
    return found ?? NO_MATCHES
  }

  /** Every match in a list of sentences. */
  findAll(sentences: readonly Sentence[], text: string): Array<PhraseMatch<Entry>> {
    const found: Array<PhraseMatch<Entry>> = []
    for (const sentence of sentences) for (const match of this.find(sentence, text)) found.push(match)
    return found
  }
}

/**
 * The first words of every matcher's phrases, per normaliser: for each word, a bit for each matcher
 * it starts a phrase of (31 matchers a normaliser; later ones look every word up). About twenty
 * matchers run over every body sentence; with these bits a sentence's words are looked up once in
 * all, not once per matcher.
 */
interface FirstWords {
  bits: Map<string, number>
  matchers: number
  /** Per sentence, its words' bits, and how many matchers there were when they were found. */
  sentences: AttachedMap<Sentence, {matchers: number; bits: Int32Array}>
}
const firstWords = new Map<(word: string) => string, FirstWords>()

function phraseStarts(sentence: Sentence, normalise: (word: string) => string, normal: readonly string[]): Int32Array {
  const registry = firstWords.get(normalise)!
  const cached = registry.sentences.get(sentence)
  if (cached && cached.matchers === registry.matchers) return cached.bits
  const bits = new Int32Array(normal.length)
  for (let index = 0; index < normal.length; index++) bits[index] = registry.bits.get(normal[index]) ?? 0
  registry.sentences.set(sentence, {matchers: registry.matchers, bits})
  return bits
}

/** What `find` returns for most sentences: one shared empty list, not a new one each time. */
const NO_MATCHES: readonly never[] = Object.freeze([])

function matchesAt(words: readonly Word[], normal: readonly string[], index: number, {tokens, gaps}: PhraseShape, text: string): boolean {
  if (index + tokens.length > words.length) return false
  for (let offset = 1; offset < tokens.length; offset++) {
    if (normal[index + offset] !== tokens[offset]) return false
    if (!fills(gaps[offset - 1], text, words[index + offset - 1].end, words[index + offset].start)) return false
  }
  return true
}
