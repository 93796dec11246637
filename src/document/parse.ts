import type {Root, Node as NlcstNode} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Span} from '../types.js'
import {lineStarts, positionAt} from './lines.js'

/**
 * Parse each prose span on its own (so a salutation line never runs into the first sentence of
 * the body) and gather the paragraphs into one NLCST root whose positions index the whole text.
 */
export function parseProse(prose: string, spans: Span[]): Root {
  const root: Root = {type: 'RootNode', children: []}
  const starts = lineStarts(prose)
  const parser = new ParseEnglish()
  for (const span of spans) {
    const piece = parser.parse(prose.slice(span.start, span.end))
    for (const child of piece.children) {
      shift(child, span.start, starts)
      root.children.push(child)
    }
  }
  if (root.children.length > 0) {
    root.position = {
      start: positionAt(starts, 0),
      end: positionAt(starts, prose.length)
    }
  }
  return root
}

function shift(node: NlcstNode, base: number, starts: number[]): void {
  const position = node.position
  if (position) {
    position.start = positionAt(starts, position.start.offset! + base)
    position.end = positionAt(starts, position.end.offset! + base)
  }
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as NlcstNode[]) shift(child, base, starts)
  }
}
