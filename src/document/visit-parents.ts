/**
 * A drop-in replacement for unist-util-visit-parents 6 (`visitParents(tree, [test], visitor |
 * {enter, exit}, [reverse])` with CONTINUE, EXIT, SKIP and index results), with the same visits in
 * the same order, that the CLI bundle uses in its place (scripts/bundle.mjs aliases it, so
 * unist-util-visit and the retext plugins that walk trees use it too).
 *
 * Why: the original creates a closure per node and sets that closure's `name` with
 * `Object.defineProperty` (a label for stack traces) on every node it visits. retext-indefinite-
 * article, retext-equality and retext-profanities walk every word of every draft, so in a
 * 500-draft batch that bookkeeping was about a tenth of corrlint's time. Here the walk is a plain
 * recursive function. test/visit-parents.test.ts checks it against the original.
 */
import {convert} from 'unist-util-is'

interface UnistNode {
  type: string
  children?: UnistNode[]
}

type Action = boolean | 'skip'
type Result = [Action?, number?]
type Visitor = (node: UnistNode, ancestors: UnistNode[], index: number | undefined) => unknown
type Test = Parameters<typeof convert>[0]

/** Continue traversing as normal. */
export const CONTINUE = true
/** Stop traversing immediately. */
export const EXIT = false
/** Do not traverse this node's children. */
export const SKIP = 'skip'

const empty: Result = []

/** Visit nodes, with their ancestors (see unist-util-visit-parents). */
export function visitParents(
  tree: UnistNode,
  testOrVisitors: unknown,
  visitorsOrReverse?: unknown,
  reverse?: boolean | null
): undefined {
  if (!tree || typeof tree !== 'object') {
    throw new Error('Unexpected value `' + tree + '` for `tree`, expected node')
  }
  let preorder = true
  let check: Test | undefined
  let visitors: unknown
  if (typeof visitorsOrReverse === 'function' || (visitorsOrReverse && typeof visitorsOrReverse === 'object')) {
    check = testOrVisitors as Test
    visitors = visitorsOrReverse
    if (reverse) preorder = false
  } else {
    visitors = testOrVisitors
    if (visitorsOrReverse) preorder = false
  }

  let enter: Visitor | undefined
  let exit: Visitor | undefined
  if (typeof visitors === 'function') {
    enter = visitors as Visitor
  } else if (visitors && typeof visitors === 'object') {
    const object = visitors as {enter?: unknown; exit?: unknown}
    if (object.enter === null || object.enter === undefined) {
      // No enter visitor.
    } else if (typeof object.enter === 'function') {
      enter = object.enter as Visitor
    } else {
      throw new Error('Unexpected value `' + object.enter + '` for `visitors.enter`, expected optional visitor')
    }
    if (typeof object.exit === 'function') {
      exit = object.exit as Visitor
    } else {
      throw new Error(
        'Unexpected value `' +
          object.exit +
          '` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)'
      )
    }
  } else {
    throw new Error(
      'Unexpected value `' + visitors + '` for `enter` or `visitors`, expected visitor or object with visitors'
    )
  }

  const is = convert(check)
  const step = preorder ? 1 : -1

  visit(tree, undefined, [], !check || is(tree as never, undefined, undefined))
  return undefined

  function visit(node: UnistNode, index: number | undefined, parents: UnistNode[], matches: boolean): Result {
    let result = empty
    if (enter && matches) {
      result = toResult(enter(node, parents, index))
      if (result[0] === EXIT) return result
    }
    if ('children' in node && node.children && result[0] !== SKIP) {
      const children = node.children
      let offset = (preorder ? -1 : children.length) + step
      // The ancestors of the children, made only when a child is visited or has children of its own
      // (the text inside each word of a tree searched for words needs none).
      let grandparents: UnistNode[] | undefined
      while (offset > -1 && offset < children.length) {
        const child = children[offset]
        const childMatches = !check || is(child as never, offset, node as never)
        if (!childMatches && !('children' in child && child.children)) {
          offset += step
          continue
        }
        grandparents ??= [...parents, node]
        const subresult = visit(child, offset, grandparents, childMatches)
        if (subresult[0] === EXIT) return subresult
        offset = typeof subresult[1] === 'number' ? subresult[1] : offset + step
      }
    }
    if (exit && matches) {
      const exitResult = toResult(exit(node, parents, index))
      if (exitResult[0] === SKIP) {
        throw new Error(
          'Unexpected value `' + exitResult[0] + '` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing'
        )
      }
      if (exitResult[0] === EXIT || typeof exitResult[1] === 'number') return exitResult
    }
    return result
  }
}

function toResult(value: unknown): Result {
  if (Array.isArray(value)) return value as Result
  if (typeof value === 'number') return [CONTINUE, value]
  return value === null || value === undefined ? empty : [value as Action]
}
