/**
 * What the tone, commitments and clarity rules share to find phrases in the writer's sentences (the
 * body's sentences are the draft's `bodySentences`, src/document/draft.ts): a phrase matcher whose
 * index is built once per list (per process) and then runs over each sentence's words in linear
 * time, and keeping a replacement's capital.
 */
import type {Sentence} from '../types.js'
import {AttachedMap} from './attached.js'
import {compilePattern, type PatternOptions, type PhraseShape, type TokenTest} from './pattern.js'
import {fills, normalisedWords} from './words.js'

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
  /** How many words matched. */
  words: number
  start: number
  end: number
  sentence: Sentence
}

export type {PhraseShape} from './pattern.js'

/**
 * Finds phrases in sentences. Each entry's `phrase` is a pattern (pattern.ts: words, {lemma}
 * inflections, (a|b) alternatives, optional items, ... gaps, [class] words), compiled to word
 * sequences. The index maps a first word to the sequences starting with it, longest first, so a
 * match costs a few comparisons per word; sequences that start with a word class are tried at every
 * word. How words are compared (`normalise`) and what may stand between them (`between`) belong
 * to each list's rules.
 */
export class PhraseMatcher<Entry extends {phrase: string}> {
  private readonly index = new Map<string, Array<Anchored & {entry: Entry}>>()
  /** Sequences whose first word is a class ([negative], [adj]…): tried at every word. */
  private readonly anyStart: Array<Anchored & {entry: Entry}> = []
  private readonly normalise: (word: string) => string
  /** This matcher's bit among the matchers of its normaliser (`FirstWords`); 0 when it has none. */
  private readonly bit: number

  constructor(entries: readonly Entry[], options: PatternOptions) {
    this.normalise = options.normalise
    const normalise = options.normalise
    for (const entry of entries) {
      for (const {tokens, gaps} of compilePattern(entry.phrase, options)) {
        const first = tokens[0]
        const shape = {tokens, gaps, entry, anchor: anchorOf(tokens)}
        if (typeof first === 'string') this.add(first, shape)
        else if (first instanceof Set) for (const form of first) this.add(form, shape)
        else this.anyStart.push(shape)
      }
    }
    for (const list of this.index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
    this.anyStart.sort((a, b) => b.tokens.length - a.tokens.length)
    let registry = firstWords.get(normalise)
    if (!registry) firstWords.set(normalise, (registry = {bits: new Map(), matchers: 0, sentences: new AttachedMap()}))
    this.bit = registry.matchers < 31 ? 1 << registry.matchers++ : 0
    if (this.bit !== 0) {
      for (const first of this.index.keys()) registry.bits.set(first, (registry.bits.get(first) ?? 0) | this.bit)
    }
  }

  private add(first: string, shape: Anchored & {entry: Entry}): void {
    const list = this.index.get(first)
    if (list) list.push(shape)
    else this.index.set(first, [shape])
  }

  /** Every non-overlapping match in `sentence`, left to right; `text` is `doc.prose`. */
  find(sentence: Sentence, text: string): ReadonlyArray<PhraseMatch<Entry>> {
    let found: Array<PhraseMatch<Entry>> | undefined
    const words = sentence.words
    const normal = normalisedWords(sentence, this.normalise)
    const starts = this.bit === 0 ? undefined : phraseStarts(sentence, this.normalise, normal)
    const anyStart = this.anyStart.length > 0
    for (let index = 0; index < words.length; index++) {
      // Most words start no phrase of any list: one look at the sentence's bits rules them out.
      const indexed = starts === undefined || (starts[index] & this.bit) !== 0
      if (!indexed && !anyStart) continue
      const candidates = indexed ? this.index.get(normal[index]) : undefined
      let hit = candidates ? firstMatch(candidates, sentence, normal, index, text) : undefined
      if (anyStart) {
        const other = firstMatch(this.anyStart, sentence, normal, index, text)
        if (other && (!hit || other.tokens.length > hit.tokens.length)) hit = other
      }
      if (!hit) continue
      const last = words[index + hit.tokens.length - 1]
      const match = {
        entry: hit.entry,
        index,
        words: hit.tokens.length,
        start: words[index].start,
        end: last.end,
        sentence
      }
      ;(found ??= []).push(match)
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

/**
 * A sequence with its anchor: the last word after the first that is a word or a set of words. A
 * pattern's sequences share their first word ("the" … "staff" … "useless"); a sentence without
 * the anchor rules a sequence out with one look, before its words are compared one by one.
 */
interface Anchored extends PhraseShape {
  anchor: string | ReadonlySet<string> | undefined
}

function anchorOf(tokens: readonly TokenTest[]): Anchored['anchor'] {
  // Only a sequence with a gap or a word class is worth it: a plain one fails at its second word.
  if (tokens.every((token) => typeof token === 'string' || token instanceof Set)) return undefined
  for (let offset = tokens.length - 1; offset > 0; offset--) {
    const token = tokens[offset]
    if (typeof token === 'string' || token instanceof Set) return token as string | ReadonlySet<string>
  }
  return undefined
}

/** Per sentence (its normalised words), the anchors looked for and whether it has them. */
const anchorsSeen = new WeakMap<readonly string[], Map<string | ReadonlySet<string>, boolean>>()

/** Whether the sentence (its normalised words) has the anchor; each anchor is looked for once. */
function hasAnchor(normal: readonly string[], anchor: string | ReadonlySet<string>): boolean {
  let seen = anchorsSeen.get(normal)
  if (!seen) anchorsSeen.set(normal, (seen = new Map()))
  let found = seen.get(anchor)
  if (found === undefined) {
    found = typeof anchor === 'string' ? normal.includes(anchor) : normal.some((word) => anchor.has(word))
    seen.set(anchor, found)
  }
  return found
}

/** The first (longest) of `shapes` that matches at `index`. */
function firstMatch<Shape extends Anchored>(
  shapes: readonly Shape[],
  sentence: Sentence,
  normal: readonly string[],
  index: number,
  text: string
): Shape | undefined {
  for (const shape of shapes) {
    if (shape.anchor !== undefined && !hasAnchor(normal, shape.anchor)) continue
    if (matchesAt(sentence, normal, index, shape, text)) return shape
  }
  return undefined
}

function matchesAt(
  sentence: Sentence,
  normal: readonly string[],
  index: number,
  {tokens, gaps}: PhraseShape,
  text: string
): boolean {
  const words = sentence.words
  if (index + tokens.length > words.length) return false
  // Words first (a look-up each), then what stands between them (a sticky expression each).
  for (let offset = 0; offset < tokens.length; offset++) {
    const token = tokens[offset]
    const word = normal[index + offset]
    if (typeof token === 'string' ? token !== word : !accepts(token, word, sentence, index + offset)) return false
  }
  for (let offset = 1; offset < tokens.length; offset++) {
    if (!fills(gaps[offset - 1], text, words[index + offset - 1].end, words[index + offset].start)) return false
  }
  return true
}

function accepts(token: TokenTest, word: string, sentence: Sentence, index: number): boolean {
  if (typeof token === 'string') return token === word
  if (token instanceof Set) return token.has(word)
  return (token as Exclude<TokenTest, string | ReadonlySet<string>>).test(word, sentence, index)
}
