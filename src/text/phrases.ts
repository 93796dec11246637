/**
 * What the tone, commitments and clarity rules share to find phrases in the writer's sentences (the
 * body's sentences are the draft's `bodySentences`, src/document/draft.ts): a phrase matcher whose
 * index is built once per list (per process) and then runs over each sentence's words in linear
 * time, and keeping a replacement's capital.
 */
import type {Sentence} from '../types.js'
import {AttachedMap} from './attached.js'
import {
  compilePattern,
  isPattern,
  MAX_SEQUENCES,
  type PatternOptions,
  type PhraseShape,
  type TokenTest
} from './pattern.js'
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
 * sequences. The index maps a first word to the sequences starting with it (and, where the second
 * word is fixed, by that word too), longest first, so a match costs a few comparisons per word;
 * sequences that start with a word class are tried at every word. A plain phrase is compiled the
 * first time a sentence has its first word. Between matches at the same word the longest wins, and
 * between equally long ones the entry listed first. How words are compared (`normalise`) and what
 * may stand between them (`between`) belong to each list's rules.
 */
export class PhraseMatcher<Entry extends {phrase: string}> {
  private readonly index = new Map<string, Bucket<Entry>>()
  /** Sequences whose first word is a class ([negative], [adj]…): tried at every word. */
  private readonly anyStart: Array<Indexed<Entry>> = []
  private readonly normalise: (word: string) => string
  /** This matcher's bit among the matchers of its normaliser (`FirstWords`); 0 when it has none. */
  private readonly bit: number
  private readonly entries: readonly Entry[]
  private readonly options: PatternOptions

  constructor(entries: readonly Entry[], options: PatternOptions) {
    this.entries = entries
    this.options = options
    this.normalise = options.normalise
    const normalise = options.normalise
    for (let at = 0; at < entries.length; at++) {
      const phrase = entries[at].phrase
      // A plain phrase (most entries) is compiled the first time a sentence has its first word: a
      // cold start over one draft compiles the few phrases it can meet, not the lists.
      const first = isPattern(phrase) ? '' : phrase.trim().split(/\s+/, 1)[0]
      if (first !== '') {
        const bucket = this.bucket(normalise(first.endsWith(',') ? first.slice(0, -1) : first))
        ;(bucket.pending ??= []).push(at)
      } else this.compile(at)
    }
    for (const bucket of this.index.values()) sortBucket(bucket)
    this.anyStart.sort(byMost)
    let registry = firstWords.get(normalise)
    if (!registry) firstWords.set(normalise, (registry = {bits: new Map(), matchers: 0, sentences: new AttachedMap()}))
    this.bit = registry.matchers < 31 ? 1 << registry.matchers++ : 0
    if (this.bit !== 0) {
      for (const first of this.index.keys()) registry.bits.set(first, (registry.bits.get(first) ?? 0) | this.bit)
    }
  }

  /** Compile entry `at` into the index. Its shapes rank after those of earlier entries on a tie. */
  private compile(at: number): void {
    const entry = this.entries[at]
    compilePattern(entry.phrase, this.options).forEach(({tokens, gaps, spans}, offset) => {
      const first = tokens[0]
      const most = tokens.length + (spans?.reduce((sum, span) => sum + span, 0) ?? 0)
      const order = at * (MAX_SEQUENCES + 1) + offset
      const shape = {tokens, gaps, spans, entry, anchor: anchorOf(tokens, spans), most, order}
      if (typeof first === 'string') this.add(first, shape)
      else if (first instanceof Set) for (const form of first) this.add(form, shape)
      else this.anyStart.push(shape)
    })
  }

  private bucket(first: string): Bucket<Entry> {
    let bucket = this.index.get(first)
    if (!bucket) this.index.set(first, (bucket = {rest: []}))
    return bucket
  }

  private add(first: string, shape: Indexed<Entry>): void {
    const bucket = this.bucket(first)
    // A common first word ("you", "the", "we") starts dozens of phrases: file each under its second
    // word too, when that is a word or a set of words right after the first, so a sentence's "the"
    // is compared with the phrases that go on with its next word, not with all of them.
    const second = shape.tokens[1]
    if (
      shape.tokens.length < 2 ||
      (shape.spans?.[0] ?? 0) > 0 ||
      !(typeof second === 'string' || second instanceof Set)
    ) {
      bucket.rest.push(shape)
      return
    }
    bucket.bySecond ??= new Map()
    for (const form of typeof second === 'string' ? [second] : second) {
      const list = bucket.bySecond.get(form)
      if (list) list.push(shape)
      else bucket.bySecond.set(form, [shape])
    }
  }

  /** The bucket of a sentence's word, its plain phrases compiled on first use. */
  private ready(word: string): Bucket<Entry> | undefined {
    const bucket = this.index.get(word)
    if (bucket?.pending) {
      const pending = bucket.pending
      bucket.pending = undefined
      for (const at of pending) this.compile(at)
      sortBucket(bucket)
    }
    return bucket
  }

  /** Every non-overlapping match in `sentence`, left to right; `text` is `doc.prose`. */
  find(sentence: Sentence, text: string): ReadonlyArray<PhraseMatch<Entry>> {
    let found: Array<PhraseMatch<Entry>> | undefined
    const words = sentence.words
    const normal = normalisedWords(sentence, this.normalise)
    const starts = this.bit === 0 ? undefined : sentenceStarts(sentence, this.normalise, normal)
    const view: SentenceWords = starts ?? {normal}
    const anyStart = this.anyStart.length > 0
    // Most words start no phrase of any list: with no phrase starting with a word class, only the
    // sentence's words that start a phrase of some list are visited, and this list's bit says which.
    const visit = starts !== undefined && !anyStart ? starts.positions : undefined
    const count = visit ? visit.length : words.length
    let next = 0
    for (let step = 0; step < count; step++) {
      const index = visit ? visit[step] : step
      if (index < next) continue
      const indexed = starts === undefined || (starts.bits[index] & this.bit) !== 0
      if (!indexed && !anyStart) continue
      const bucket = indexed ? this.ready(normal[index]) : undefined
      let hit: Hit<Entry> | undefined
      if (bucket) {
        hit = longestMatch(bucket.rest, sentence, view, index, text)
        const second = bucket.bySecond && index + 1 < words.length ? bucket.bySecond.get(normal[index + 1]) : undefined
        if (second) hit = better(hit, longestMatch(second, sentence, view, index, text))
      }
      if (anyStart) {
        const other = longestMatch(this.anyStart, sentence, view, index, text)
        if (other && (!hit || other.words > hit.words)) hit = other
      }
      if (!hit) continue
      const last = words[index + hit.words - 1]
      const match = {
        entry: hit.shape.entry,
        index,
        words: hit.words,
        start: words[index].start,
        end: last.end,
        sentence
      }
      ;(found ??= []).push(match)
      next = index + hit.words
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
  sentences: AttachedMap<Sentence, SentenceStarts>
}
const firstWords = new Map<(word: string) => string, FirstWords>()

/** A sentence's normalised words, and the set of them (made on first need: `hasAnchor`). */
interface SentenceWords {
  normal: readonly string[]
  set?: ReadonlySet<string>
}

/** A sentence's words under one normaliser, with which lists each word starts a phrase of. */
interface SentenceStarts extends SentenceWords {
  /** How many matchers the normaliser had when the bits were found (a later one needs them again). */
  matchers: number
  /** Per word, a bit for each matcher it starts a phrase of. */
  bits: Int32Array
  /** The indexes of the words with any bit set, in order. */
  positions: number[]
}

function sentenceStarts(
  sentence: Sentence,
  normalise: (word: string) => string,
  normal: readonly string[]
): SentenceStarts {
  const registry = firstWords.get(normalise)!
  const cached = registry.sentences.get(sentence)
  if (cached && cached.matchers === registry.matchers) return cached
  const bits = new Int32Array(normal.length)
  const positions: number[] = []
  for (let index = 0; index < normal.length; index++) {
    const found = registry.bits.get(normal[index]) ?? 0
    bits[index] = found
    if (found !== 0) positions.push(index)
  }
  const starts: SentenceStarts = {normal, matchers: registry.matchers, bits, positions}
  registry.sentences.set(sentence, starts)
  return starts
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

/** A shape in a matcher's lists: the most words it can match, and its place among the shapes. */
interface Indexed<Entry> extends Anchored {
  entry: Entry
  most: number
  order: number
}

/** The shapes that start with one word: by their second word where that is fixed, and the rest. */
interface Bucket<Entry> {
  bySecond?: Map<string, Array<Indexed<Entry>>>
  rest: Array<Indexed<Entry>>
  /** Entries (their indexes) of plain phrases starting with this word, not compiled yet. */
  pending?: number[]
}

function sortBucket(bucket: Bucket<unknown>): void {
  bucket.rest.sort(byMost)
  if (bucket.bySecond) for (const list of bucket.bySecond.values()) list.sort(byMost)
}

const byMost = (a: {most: number}, b: {most: number}) => b.most - a.most

type Hit<Entry> = {shape: Indexed<Entry>; words: number}

/** The longer of two matches at the same word; between equally long ones, the shape compiled first. */
function better<Entry>(a: Hit<Entry> | undefined, b: Hit<Entry> | undefined): Hit<Entry> | undefined {
  if (!a) return b
  if (!b) return a
  if (a.words !== b.words) return a.words > b.words ? a : b
  return a.shape.order <= b.shape.order ? a : b
}

function anchorOf(tokens: readonly TokenTest[], spans: readonly number[] | undefined): Anchored['anchor'] {
  // Only a sequence with a gap or a word class is worth it: a plain one fails at its second word.
  if (!spans && tokens.every((token) => typeof token === 'string' || token instanceof Set)) return undefined
  for (let offset = tokens.length - 1; offset > 0; offset--) {
    const token = tokens[offset]
    if (typeof token === 'string' || token instanceof Set) return token as string | ReadonlySet<string>
  }
  return undefined
}

/** Whether the sentence has the anchor: its set of words, made once per sentence, then a look-up or a few. */
function hasAnchor(sentenceWords: SentenceWords, anchor: string | ReadonlySet<string>): boolean {
  const words = (sentenceWords.set ??= new Set(sentenceWords.normal))
  if (typeof anchor === 'string') return words.has(anchor)
  for (const form of anchor) if (words.has(form)) return true
  return false
}

/**
 * The longest match at `index` among `shapes` (sorted by the most words each can match), and how
 * many words it covers; between matches of the same length, the shape compiled first.
 */
function longestMatch<Shape extends Indexed<unknown>>(
  shapes: readonly Shape[],
  sentence: Sentence,
  view: SentenceWords,
  index: number,
  text: string
): {shape: Shape; words: number} | undefined {
  let best: Shape | undefined
  let length = 0
  for (const shape of shapes) {
    // Sorted by `most`: no later shape can be longer than the best so far.
    if (shape.most < length) break
    if (shape.anchor !== undefined && !hasAnchor(view, shape.anchor)) continue
    const words = matchAt(sentence, view.normal, index, shape, text)
    if (words > length || (words === length && words > 0 && best !== undefined && shape.order < best.order)) {
      best = shape
      length = words
    }
  }
  return best ? {shape: best, words: length} : undefined
}

/** How many words `shape` matches from `index` (its longest match), or 0. */
function matchAt(
  sentence: Sentence,
  normal: readonly string[],
  index: number,
  shape: PhraseShape,
  text: string
): number {
  const {tokens, gaps, spans} = shape
  const words = sentence.words
  if (index + tokens.length > words.length) return 0
  if (!spans) {
    // Words first (a look-up each), then what stands between them (a sticky expression each).
    for (let offset = 0; offset < tokens.length; offset++) {
      const token = tokens[offset]
      const word = normal[index + offset]
      if (typeof token === 'string' ? token !== word : !accepts(token, word, sentence, index + offset)) return 0
    }
    for (let offset = 1; offset < tokens.length; offset++) {
      if (!fills(gaps[offset - 1], text, words[index + offset - 1].end, words[index + offset].start)) return 0
    }
    return tokens.length
  }
  if (!accepts(tokens[0], normal[index], sentence, index)) return 0
  const end = furthest(sentence, normal, shape, text, 0, index)
  return end < 0 ? 0 : end - index + 1
}

/**
 * With token `k` of a shape with gaps matched at word `at`, the last word of the longest way to
 * match the rest, or -1. A gap of up to N words is tried at every width (N is at most MAX_GAP and a
 * pattern stands for at most MAX_SEQUENCES sequences, so this stays small).
 */
function furthest(
  sentence: Sentence,
  normal: readonly string[],
  shape: PhraseShape,
  text: string,
  k: number,
  at: number
): number {
  const {tokens, gaps, spans} = shape
  if (k === tokens.length - 1) return at
  const words = sentence.words
  const span = spans![k]
  let best = -1
  for (let skip = 0; skip <= span; skip++) {
    const next = at + 1 + skip
    if (next + tokens.length - k - 2 >= words.length) break
    // What stands between the words passed over: a gap's words are joined like the gap itself.
    if (!fills(gaps[k], text, words[next - 1].end, words[next].start)) {
      if (skip === 0) continue
      break
    }
    if (skip > 0 && !fills(gaps[k], text, words[next - 2].end, words[next - 1].start)) break
    if (!accepts(tokens[k + 1], normal[next], sentence, next)) continue
    const end = furthest(sentence, normal, shape, text, k + 1, next)
    if (end > best) best = end
  }
  return best
}

function accepts(token: TokenTest, word: string, sentence: Sentence, index: number): boolean {
  if (typeof token === 'string') return token === word
  if (token instanceof Set) return token.has(word)
  return (token as Exclude<TokenTest, string | ReadonlySet<string>>).test(word, sentence, index)
}
