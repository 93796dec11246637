/** The bundle's replacement for unist-util-visit-parents makes exactly the original's visits. */
import {readdirSync, readFileSync} from 'node:fs'
import {CONTINUE as C0, EXIT as E0, visitParents as original, SKIP as S0} from 'unist-util-visit-parents'
import {describe, expect, it} from 'vitest'
import {splitDocument} from '../src/document/index.js'
import {CONTINUE, EXIT, SKIP, visitParents} from '../src/document/visit-parents.js'
import {textSource} from '../src/input/text.js'

interface Node {
  type: string
  children?: Node[]
  value?: string
}

const root = new URL('../fixtures/', import.meta.url).pathname
const trees = readdirSync(root)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => splitDocument(textSource(readFileSync(root + name, 'utf8'))).tree as unknown as Node)

type Impl = typeof visitParents
type Scenario = (impl: Impl, log: string[], consts: {CONTINUE: unknown; EXIT: unknown; SKIP: unknown}) => void

const label = (node: Node, ancestors: Node[], index: number | undefined) =>
  `${node.type}@${index ?? '-'}/${ancestors.length}${node.value ? `:${node.value}` : ''}`

function scenarios(tree: Node): Record<string, Scenario> {
  return {
    'every node': (impl, log) =>
      impl(tree, (node: Node, ancestors: Node[], index?: number) => void log.push(label(node, ancestors, index))),
    'a type test': (impl, log) =>
      impl(
        tree,
        'WordNode',
        (node: Node, ancestors: Node[], index?: number) => void log.push(label(node, ancestors, index))
      ),
    'a function test': (impl, log) =>
      impl(
        tree,
        (node: Node, index?: number) => node.type === 'TextNode' && index === 0,
        (node: Node, ancestors: Node[], index?: number) => void log.push(label(node, ancestors, index))
      ),
    'in reverse': (impl, log) =>
      impl(
        tree,
        'SentenceNode',
        (node: Node, ancestors: Node[], index?: number) => void log.push(label(node, ancestors, index)),
        true
      ),
    'in reverse without a test': (impl, log) =>
      impl(tree, (node: Node, ancestors: Node[], index?: number) => void log.push(label(node, ancestors, index)), true),
    'SKIP sentences': (impl, log, k) =>
      impl(tree, (node: Node, ancestors: Node[], index?: number) => {
        log.push(label(node, ancestors, index))
        return node.type === 'SentenceNode' ? k.SKIP : k.CONTINUE
      }),
    'EXIT at the 40th node': (impl, log, k) =>
      impl(tree, (node: Node, ancestors: Node[], index?: number) => {
        log.push(label(node, ancestors, index))
        return log.length === 40 ? k.EXIT : undefined
      }),
    'an index to jump to': (impl, log, k) =>
      impl(tree, 'WordNode', (node: Node, ancestors: Node[], index?: number) => {
        log.push(label(node, ancestors, index))
        return index === 0 ? [k.CONTINUE, (index ?? 0) + 3] : index === 4 ? 7 : undefined
      }),
    'enter and exit': (impl, log, k) =>
      impl(tree, 'ParagraphNode', {
        enter: (node: Node, ancestors: Node[], index?: number) =>
          void log.push(`enter ${label(node, ancestors, index)}`),
        exit: (node: Node, ancestors: Node[], index?: number) => {
          log.push(`exit ${label(node, ancestors, index)}`)
          return log.length > 30 ? k.EXIT : undefined
        }
      })
  }
}

function run(impl: Impl, consts: {CONTINUE: unknown; EXIT: unknown; SKIP: unknown}, scenario: Scenario): string[] {
  const log: string[] = []
  scenario(impl, log, consts)
  return log
}

describe('unist-util-visit-parents replacement', () => {
  it('has the same constants', () => {
    expect([CONTINUE, EXIT, SKIP]).toEqual([C0, E0, S0])
  })

  it('visits exactly what the original visits, in the same order, on every text fixture', () => {
    expect(trees.length).toBeGreaterThan(20)
    for (const tree of trees) {
      for (const [name, scenario] of Object.entries(scenarios(tree))) {
        const ours = run(visitParents, {CONTINUE, EXIT, SKIP}, scenario)
        const theirs = run(original as unknown as Impl, {CONTINUE: C0, EXIT: E0, SKIP: S0}, scenario)
        expect(ours.length, name).toBeGreaterThan(0)
        expect(ours, name).toEqual(theirs)
      }
    }
  })

  it('rejects what the original rejects, with the same messages', () => {
    const tree = {type: 'RootNode', children: []}
    const cases: Array<(impl: Impl) => unknown> = [
      (impl) => impl(undefined as never, () => {}),
      (impl) => impl(tree, 'x' as never),
      (impl) => impl(tree, {enter: 3, exit: () => {}}),
      (impl) => impl(tree, {enter: () => {}}),
      (impl) => impl(tree, {enter: () => {}, exit: () => 'skip'})
    ]
    for (const call of cases) {
      let expected = ''
      try {
        call(original as unknown as Impl)
      } catch (error) {
        expected = (error as Error).message
      }
      expect(expected).not.toBe('')
      expect(() => call(visitParents)).toThrow(expected)
    }
  })
})
