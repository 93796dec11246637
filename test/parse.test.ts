/**
 * parseProse's own tokenizer (positions from the span's start, character types from a table) builds
 * exactly the trees parse-english builds, once those are shifted to the span's place in the text.
 */
import {readdirSync, readFileSync} from 'node:fs'
import type {Node as NlcstNode, Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {lineStarts, positionAt} from '../src/document/lines.js'
import {parseProse, splitAfterNumbers} from '../src/document/parse.js'
import type {Span} from '../src/types.js'

/** The reference: parse-english on each span, then every position moved to the whole text. */
function reference(prose: string, spans: Span[]): Root {
  const starts = lineStarts(prose)
  const root: Root = {type: 'RootNode', children: []}
  for (const span of spans) {
    const piece = new ParseEnglish().parse(prose.slice(span.start, span.end))
    for (const child of piece.children) {
      if (child.type === 'ParagraphNode') splitAfterNumbers(child)
      shift(child, span.start, starts)
      root.children.push(child)
    }
  }
  return root
}

function shift(node: NlcstNode, base: number, starts: number[]): void {
  if (node.position) {
    node.position = {
      start: positionAt(starts, node.position.start.offset! + base),
      end: positionAt(starts, node.position.end.offset! + base)
    }
  }
  if ('children' in node) for (const child of node.children as NlcstNode[]) shift(child, base, starts)
}

/** Spans as the document splitter makes them: blocks between blank lines, and lines cut mid-way. */
function spansOf(text: string): Span[] {
  const spans: Span[] = []
  const block = /[^\n]+(?:\n[^\n]+)*/g
  for (const match of text.matchAll(block)) {
    const start = match.index
    const end = start + match[0].length
    // Some spans start mid-line (a greeting followed by text on the same line).
    const comma = match[0].indexOf(', ')
    if (comma > 0 && comma < 30) spans.push({start, end: start + comma + 1}, {start: start + comma + 1, end})
    else spans.push({start, end})
  }
  return spans
}

const root = new URL('../fixtures/', import.meta.url).pathname
const texts = readdirSync(root)
  .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
  .map((name) => [name, readFileSync(root + name, 'utf8').replace(/\r\n?/g, '\n')] as const)

describe('parseProse', () => {
  it('builds the trees parse-english builds, at their place in the text, on every fixture', () => {
    expect(texts.length).toBeGreaterThan(20)
    for (const [name, text] of texts) {
      const spans = spansOf(text)
      expect(strip(parseProse(text, spans).children), name).toEqual(strip(reference(text, spans).children))
    }
  })

  it('types every kind of character as parse-english does: symbols, surrogate pairs, other scripts, line breaks', () => {
    const text =
      'Café £20 — naïve “quoted” emoji 😀😀 and 日本語 text.\r\nΑλφα, \t tab; 4½ x² a\u00a0b\u2028c … ¿Qué? ¡Sí! ####\n\nNext'
    const spans = [
      {start: 0, end: 30},
      {start: 30, end: text.length}
    ]
    expect(strip(parseProse(text, spans).children)).toEqual(strip(reference(text, spans).children))
  })
})

/** Trees as plain data (drop undefined fields). */
function strip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}
