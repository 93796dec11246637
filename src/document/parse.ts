import type {Paragraph, Root, Node as NlcstNode, Sentence, SentenceContent, Word} from 'nlcst'
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
      if (child.type === 'ParagraphNode') splitAfterNumbers(child)
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

/**
 * parse-english keeps a full stop after a number inside the word (`40.`), so `…numbers 10 to 40.
 * Your water…` is one sentence. Split there when the next word starts with a capital letter.
 */
function splitAfterNumbers(paragraph: Paragraph): void {
  const children: Paragraph['children'] = []
  for (const node of paragraph.children) {
    if (node.type !== 'SentenceNode') {
      children.push(node)
      continue
    }
    let sentence: Sentence = node
    for (let index = 0; index + 2 < sentence.children.length; index++) {
      const word = sentence.children[index]
      const space = sentence.children[index + 1]
      const next = sentence.children[index + 2]
      if (!endsWithNumberStop(word) || space.type !== 'WhiteSpaceNode' || !startsWithCapital(next)) continue
      const stop = word.children.pop()!
      const number = word.children.at(-1)!
      word.position = {start: word.position!.start, end: number.position!.end}
      const head: Sentence = {type: 'SentenceNode', children: [...sentence.children.slice(0, index + 1), stop as SentenceContent]}
      head.position = {start: sentence.position!.start, end: stop.position!.end}
      const tail: Sentence = {type: 'SentenceNode', children: sentence.children.slice(index + 2)}
      tail.position = {start: next.position!.start, end: sentence.position!.end}
      children.push(head, space)
      sentence = tail
      index = -1
    }
    children.push(sentence)
  }
  paragraph.children = children
}

function endsWithNumberStop(node: SentenceContent): node is Word {
  if (node.type !== 'WordNode' || node.children.length !== 2) return false
  const [text, stop] = node.children
  return text.type === 'TextNode' && /^\d+$/.test(text.value) && stop.type === 'PunctuationNode' && stop.value === '.'
}

function startsWithCapital(node: SentenceContent): boolean {
  if (node.type !== 'WordNode') return false
  const first = node.children[0]
  return first?.type === 'TextNode' && /^\p{Lu}/u.test(first.value)
}
