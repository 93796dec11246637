/** The bundle's replacement for nlcst-search gives exactly nlcst-search's matches. */
import {readdirSync, readFileSync} from 'node:fs'
import {search as original} from 'nlcst-search'
import {describe, expect, it} from 'vitest'
import {splitDocument} from '../src/document/index.js'
import {search} from '../src/document/nlcst-search.js'
import {textSource} from '../src/input/text.js'

const phrases = [
  'refund',
  'your order',
  'we will',
  'do not * to',
  '*',
  'can\u2019t',
  "don't",
  'chairman',
  'he',
  'she',
  'thank you for',
  'is',
  'sorry',
  'please call'
]
const root = new URL('../fixtures/', import.meta.url).pathname
const texts = readdirSync(root)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(root + name, 'utf8'))

function matches(impl: typeof search, tree: unknown, options?: object) {
  const found: string[] = []
  impl(
    tree as never,
    phrases,
    (nodes, index, _parent, phrase) => found.push(`${index}:${phrase}:${nodes.length}`),
    options
  )
  return found
}

describe('nlcst-search replacement', () => {
  it('finds exactly what nlcst-search finds on every text fixture, with each option', () => {
    expect(texts.length).toBeGreaterThan(20)
    for (const text of texts) {
      const tree = splitDocument(textSource(text)).tree
      for (const options of [undefined, {allowApostrophes: true}, {allowLiterals: true}]) {
        expect(matches(search, tree, options)).toEqual(matches(original as never, tree, options))
      }
    }
  })

  it('finds the same in each paragraph, searched before or after the whole tree (as retext-equality and retext-profanities do)', () => {
    const paragraphsOf = (tree: {children: Array<{type: string}>}) =>
      tree.children.filter((child) => child.type === 'ParagraphNode')
    let paragraphs = 0
    for (const text of texts) {
      for (const rootFirst of [true, false]) {
        const tree = splitDocument(textSource(text)).tree as never as {children: Array<{type: string}>}
        if (rootFirst) expect(matches(search, tree)).toEqual(matches(original as never, tree))
        for (const paragraph of paragraphsOf(tree)) {
          for (const options of [undefined, {allowApostrophes: true}]) {
            expect(matches(search, paragraph, options)).toEqual(matches(original as never, paragraph, options))
          }
          paragraphs++
        }
        if (!rootFirst)
          expect(matches(search, tree, {allowApostrophes: true})).toEqual(
            matches(original as never, tree, {allowApostrophes: true})
          )
      }
    }
    expect(paragraphs).toBeGreaterThan(100)
  })

  it('rejects what nlcst-search rejects', () => {
    expect(() => search(undefined as never, phrases, () => {})).toThrow('Expected node')
    expect(() => search({type: 'RootNode', children: []}, 'x' as never, () => {})).toThrow(
      'Expected object for phrases'
    )
  })
})
