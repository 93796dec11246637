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
  rest: Map<string, string[]>
}

const indexes = new WeakMap<readonly string[], Map<string, Index>>()

/** Find `phrases` (space-separated words, `*` for any word) in `tree` and call `handler` for each match. */
export function search(tree: NlcstNode, phrases: readonly string[], handler: Handler, options?: Options): void {
  const config = options ?? {}
  if (!tree || !tree.type) throw new Error('Expected node')
  if (typeof phrases !== 'object') throw new TypeError('Expected object for phrases')
  const index = indexFor(phrases, config)
  walk(tree, (node, position, parent) => {
    const own = index.byWord.get(normalizedWord(node, config))
    const candidates = own ? (index.any.length > 0 ? [...index.any, ...own] : own) : index.any
    // Most words start no phrase: look for a literal (`the word "idiot"`) only where one does.
    if (candidates.length === 0 || (!config.allowLiterals && isLiteral(parent as never, position))) return
    for (const phrase of candidates) {
      const result = test(phrase, position, parent)
      if (result) handler(result, position, parent, phrase)
    }
  })

  function test(phrase: string, start: number, parent: NlcstNode): NlcstNode[] | undefined {
    const siblings = parent.children!
    const expressions = index.rest.get(phrase)!
    let position = start + 1
    for (const expression of expressions) {
      while (position < siblings.length && siblings[position].type === 'WhiteSpaceNode') position++
      const sibling = siblings[position]
      if (!sibling || sibling.type !== 'WordNode' || (expression !== '*' && expression !== normalizedWord(sibling, config))) return undefined
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
    index = {byWord: new Map(), any: [], rest: new Map()}
    for (const phrase of phrases) {
      const [first, ...rest] = phrase.split(' ')
      const word = normalize(first, config)
      // nlcst-search keeps '*' phrases in its own bucket and always tries them.
      if (word === '*') index.any.push(phrase)
      else {
        const list = index.byWord.get(word)
        if (list) list.push(phrase)
        else index.byWord.set(word, [phrase])
      }
      index.rest.set(phrase, rest.map((expression) => (expression === '*' ? '*' : normalize(expression, config))))
    }
    byConfig.set(key, index)
  }
  return index
}

/** Every WordNode with its index and parent, in document order. */
function walk(node: NlcstNode, visitor: (node: NlcstNode, index: number, parent: NlcstNode) => void): void {
  const children = node.children
  if (!children) return
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'WordNode') visitor(child, index, node)
    walk(child, visitor)
  }
}

/**
 * A word node's normal form, kept on the node under a symbol (invisible to other code): retext-equality
 * and retext-profanities search the same tree several times, and normalising (to string, lower case,
 * strip dashes and apostrophes) costs more than reading a property.
 */
const NORMAL = [Symbol('normal'), Symbol('normal, apostrophes'), Symbol('normal, dashes'), Symbol('normal, apostrophes, dashes')]
function normalizedWord(node: object, config: {allowApostrophes?: boolean; allowDashes?: boolean}): string {
  const key = NORMAL[(config.allowApostrophes ? 1 : 0) + (config.allowDashes ? 2 : 0)]
  const held = node as Record<symbol, string | undefined>
  let word = held[key]
  if (word === undefined) held[key] = word = normalize(node as never, config)
  return word
}
