import type {Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'
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
  const parser = new SpanParser()
  for (const span of spans) {
    for (const bounded of boundedPieces(prose, span)) {
      parser.from = positionAt(starts, bounded.start)
      const piece = parser.parse(prose.slice(bounded.start, bounded.end))
      for (const child of piece.children) {
        if (child.type === 'ParagraphNode') splitAfterNumbers(child)
        root.children.push(child)
      }
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

/**
 * The most characters parse-latin is given at once. Its plugins merge nodes with
 * `children.push(...tokens)`, which puts every token on the stack: a run such as `a-a-a…`, `1.1.1…`
 * or a sentence of words with no full stop, some 60,000 tokens long, overflowed it — on the main
 * thread but not always in a worker, whose stack is deeper, so `--jobs` changed the report. Each
 * piece has at most this many tokens, far below any thread's limit; drafts under this size parse
 * exactly as before.
 */
export const MAX_PARSE_CHARS = 20_000

/**
 * A span cut into pieces of at most MAX_PARSE_CHARS: after a blank line if there is one in the
 * second half of the piece (so whole paragraphs stay whole), else after white space, else (a run
 * with no white space) anywhere but inside a surrogate pair. Depends only on the text, so every
 * thread parses the same pieces.
 */
export function boundedPieces(text: string, span: Span): Span[] {
  const pieces: Span[] = []
  let start = span.start
  while (span.end - start > MAX_PARSE_CHARS) {
    const limit = start + MAX_PARSE_CHARS
    const half = start + MAX_PARSE_CHARS / 2
    let cut = text.lastIndexOf('\n\n', limit - 2)
    if (cut >= half) cut += 2
    else {
      cut = limit
      while (cut > half && !isSpace(text.charCodeAt(cut - 1))) cut--
      if (cut === half) cut = limit
    }
    const code = text.charCodeAt(cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut--
    pieces.push({start, end: cut})
    start = cut
  }
  pieces.push({start, end: span.end})
  return pieces
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** A point in the text (as unist's, with the offset always set). */
interface Point {
  line: number
  column: number
  offset: number
}

/** Node types, by number, as parse-latin's tokenizer gives them to one character. */
const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
const WHITE_SPACE = 1
const WORD = 3
/** The type of each UTF-16 code unit, learnt from parse-latin itself the first time it is seen. */
const typeOfCode = new Uint8Array(65536)
const stock = new ParseEnglish()

function typeOf(code: number): number {
  let type = typeOfCode[code]
  if (type === 0) {
    const [node] = ParseEnglish.prototype.tokenize.call(stock, String.fromCharCode(code))
    type = typeOfCode[code] = TYPES.indexOf(node.type as (typeof TYPES)[number])
  }
  return type
}

/**
 * parse-english with the tokenizer of parse-latin 7 (MIT, Titus Wormer) written again so that
 * (1) positions start where the span starts in the whole text, instead of at 1:1 and shifted
 * afterwards (a second walk and three new objects per node), and (2) each character's type is a
 * table look-up instead of up to three regular expressions. The nodes are the same
 * (test/parse.test.ts compares the trees with parse-english's, shifted, on every fixture).
 */
class SpanParser extends ParseEnglish {
  from: Point = {line: 1, column: 1, offset: 0}

  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    const currentPoint = {line: this.from.line, column: this.from.column, offset: this.from.offset}
    let from = 0
    let index = 0
    let start = {...currentPoint}
    let previousType = 0
    let previous = -1
    while (index < value.length) {
      const code = value.charCodeAt(index)
      const currentType = typeOf(code)
      if (
        from < index &&
        previousType !== 0 &&
        !(
          previousType === currentType &&
          // Words or white space continue; so do the same punctuation or symbol, and surrogates.
          (previousType === WORD ||
            previousType === WHITE_SPACE ||
            code === previous ||
            (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        children.push(createNode(previousType, value.slice(from, index), start, currentPoint))
        from = index
        start = {...currentPoint}
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        currentPoint.line++
        currentPoint.column = 1
      } else if (code !== 10) {
        currentPoint.column++
      }
      currentPoint.offset++
      previousType = currentType
      previous = code
      index++
    }
    if (previousType !== 0 && from < index)
      children.push(createNode(previousType, value.slice(from, index), start, currentPoint))
    return children
  }
}

function createNode(type: number, value: string, start: Point, end: Point): SentenceContent {
  return type === WORD
    ? {
        type: 'WordNode',
        children: [{type: 'TextNode', value, position: {start, end: {...end}}}],
        position: {start, end: {...end}}
      }
    : ({type: TYPES[type], value, position: {start, end: {...end}}} as SentenceContent)
}

/**
 * parse-english keeps a full stop after a number inside the word (`40.`), so `…numbers 10 to 40.
 * Your water…` is one sentence. Split there when the next word starts with a capital letter.
 */
export function splitAfterNumbers(paragraph: Paragraph): void {
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
      const head: Sentence = {
        type: 'SentenceNode',
        children: [...sentence.children.slice(0, index + 1), stop as SentenceContent]
      }
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
