/**
 * A drop-in replacement for nlcst-search 4 (`search(tree, phrases, handler, options)`), with the
 * same results, that the CLI bundle uses in its place (scripts/bundle.mjs aliases it).
 *
 * Why: nlcst-search rebuilds its index of phrases by first word on every call, and walks the tree
 * with unist-util-visit, which redefines a function name on every visit. retext-equality calls it
 * twice per paragraph and retext-profanities twice per document, so in a batch those two costs
 * were over half of corrlint's time. Here the index is built once per phrase list (the plugins
 * pass the same arrays every time) and the walk is a plain loop.
 */
import {isLiteral} from 'nlcst-is-literal'
import {normalize} from 'nlcst-normalize'
import {toString} from 'nlcst-to-string'
import {AttachedMap} from '../text/attached.js'

interface NlcstNode {
  type: string
  children?: NlcstNode[]
}

interface Options {
  allowApostrophes?: boolean
  allowDashes?: boolean
  allowLiterals?: boolean
}

type Handler = (nodes: NlcstNode[], index: number, parent: NlcstNode, phrase: string) => void

interface Index {
  byWord: Map<string, string[]>
  any: string[]
  /** The words after the first of each phrase, normalised: made when its first word is first met. */
  rest: Map<string, string[]>
}

const indexes = new WeakMap<readonly string[], Map<string, Index>>()

/** Find `phrases` (space-separated words, `*` for any word) in `tree` and call `handler` for each match. */
export function search(tree: NlcstNode, phrases: readonly string[], handler: Handler, options?: Options): void {
  const config = options ?? {}
  if (!tree || !tree.type) throw new Error('Expected node')
  if (typeof phrases !== 'object') throw new TypeError('Expected object for phrases')
  const index = indexFor(phrases, config)
  const words = wordsOf(tree)
  const normal = normalsOf(words, config)
  for (let at = 0; at < words.nodes.length; at++) {
    const own = index.byWord.get(normal[at])
    const candidates = own ? (index.any.length > 0 ? [...index.any, ...own] : own) : index.any
    if (candidates.length === 0) continue
    const position = words.positions[at]
    const parent = words.parents[at]
    // Most words start no phrase: look for a literal (`the word "idiot"`) only where one does.
    if (!config.allowLiterals && isLiteral(parent as never, position)) continue
    for (const phrase of candidates) {
      const result = test(phrase, position, parent)
      if (result) handler(result, position, parent, phrase)
    }
  }

  function test(phrase: string, start: number, parent: NlcstNode): NlcstNode[] | undefined {
    const siblings = parent.children!
    let expressions = index.rest.get(phrase)
    if (!expressions) index.rest.set(phrase, (expressions = restOf(phrase, config)))
    let position = start + 1
    for (const expression of expressions) {
      while (position < siblings.length && siblings[position].type === 'WhiteSpaceNode') position++
      const sibling = siblings[position]
      if (
        !sibling ||
        sibling.type !== 'WordNode' ||
        (expression !== '*' && expression !== normalizedWord(sibling, config))
      )
        return undefined
      position++
    }
    return siblings.slice(start, position)
  }
}

function indexFor(phrases: readonly string[], config: Options): Index {
  const key = `${Boolean(config.allowApostrophes)}:${Boolean(config.allowDashes)}`
  let byConfig = indexes.get(phrases)
  if (!byConfig) indexes.set(phrases, (byConfig = new Map()))
  let index = byConfig.get(key)
  if (!index) {
    // Only the first words now: retext-equality's and retext-profanities' lists hold about 4,000
    // phrases, and normalising every word of each at the first search was 3 to 4 ms of a cold start.
    index = {byWord: new Map(), any: [], rest: new Map()}
    for (const phrase of phrases) {
      const space = phrase.indexOf(' ')
      const word = normalize(space < 0 ? phrase : phrase.slice(0, space), config)
      // nlcst-search keeps '*' phrases in its own bucket and always tries them.
      if (word === '*') index.any.push(phrase)
      else {
        const list = index.byWord.get(word)
        if (list) list.push(phrase)
        else index.byWord.set(word, [phrase])
      }
    }
    byConfig.set(key, index)
  }
  return index
}

/** The words of `phrase` after its first, normalised as the tree's words are (`*`: any word). */
function restOf(phrase: string, config: Options): string[] {
  return phrase
    .split(' ')
    .slice(1)
    .map((expression) => (expression === '*' ? '*' : normalize(expression, config)))
}

/** The word nodes of a tree, in document order, with their index in their parent and the parent. */
interface Words {
  nodes: NlcstNode[]
  positions: number[]
  parents: NlcstNode[]
  /** Their normal forms, per combination of options, made on first use. */
  normal: Array<string[] | undefined>
  /** A paragraph's words taken from its root's (`paragraphRanges`): the root's, and where they start there. */
  base?: {words: Words; from: number}
}

/**
 * Where each paragraph's words are among its root's, recorded when the root's words are collected:
 * retext-profanities searches the whole tree and retext-equality each paragraph, so a paragraph's
 * words and their normal forms are then a slice of the root's, not collected and normalised again.
 */
const paragraphRanges = new AttachedMap<NlcstNode, {words: Words; from: number; to: number}>()

/**
 * Collected once per tree: the plugins search the same tree (a paragraph, or the whole document)
 * with two phrase lists each, and a flat list is cheaper to go through than the tree. The trees are
 * not changed once the rules read them.
 */
const wordsCache = new AttachedMap<NlcstNode, Words>()
function wordsOf(tree: NlcstNode): Words {
  let words = wordsCache.get(tree)
  if (!words) {
    const range = paragraphRanges.get(tree)
    if (range) {
      const {words: all, from, to} = range
      words = {
        nodes: all.nodes.slice(from, to),
        positions: all.positions.slice(from, to),
        parents: all.parents.slice(from, to),
        normal: [],
        base: {words: all, from}
      }
    } else {
      words = {nodes: [], positions: [], parents: [], normal: []}
      if (tree.type === 'RootNode') collectRoot(tree, words)
      else collect(tree, words)
    }
    wordsCache.set(tree, words)
  }
  return words
}

/** `collect` for a root, noting where each of its paragraphs' words start and end (`paragraphRanges`). */
function collectRoot(root: NlcstNode, words: Words): void {
  const children = root.children ?? []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    const from = words.nodes.length
    if (child.type === 'WordNode') {
      words.nodes.push(child)
      words.positions.push(index)
      words.parents.push(root)
    } else collect(child, words)
    if (child.type === 'ParagraphNode') paragraphRanges.set(child, {words, from, to: words.nodes.length})
  }
}

function collect(node: NlcstNode, words: Words): void {
  const children = node.children
  if (!children) return
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'WordNode') {
      words.nodes.push(child)
      words.positions.push(index)
      words.parents.push(node)
      // A word's children are its text, symbols and punctuation: never another word.
    } else collect(child, words)
  }
}

function normalsOf(words: Words, config: Options): string[] {
  const slot = optionsSlot(config)
  let normal = words.normal[slot]
  if (!normal) {
    const base = words.base
    normal = words.normal[slot] = base
      ? normalsOf(base.words, config).slice(base.from, base.from + words.nodes.length)
      : words.nodes.map((node) => normalizedWord(node, config))
  }
  return normal
}

function optionsSlot(config: Options): number {
  return (config.allowApostrophes ? 1 : 0) + (config.allowDashes ? 2 : 0)
}

/**
 * A word node's normal form (to string, lower case, dashes and apostrophes stripped as configured),
 * remembered per spelling: retext-equality and retext-profanities search the same tree several
 * times, and drafts repeat most of their words, so normalising again costs more than a look-up.
 * (Keyed by the word's text, not stored on the node: adding properties to nodes changes their
 * shape and slows every other reader of the tree.)
 */
const normalForms: Array<Map<string, string>> = [new Map(), new Map(), new Map(), new Map()]
function normalizedWord(node: NlcstNode, config: Options): string {
  const forms = normalForms[optionsSlot(config)]
  const text = wordText(node)
  let word = forms.get(text)
  if (word === undefined) {
    if (forms.size >= 20_000) forms.clear()
    forms.set(text, (word = normalize(text, config)))
  }
  return word
}

/** A word's text: most words are one text node, read directly; others are joined (nlcst-to-string). */
function wordText(node: NlcstNode): string {
  const children = node.children
  if (children && children.length === 1) {
    const value = (children[0] as {value?: unknown}).value
    if (typeof value === 'string') return value
  }
  return toString(node as never)
}
