/**
 * Helpers shared by the proofreading rules (spelling/repeated-word, indefinite-article,
 * lowercase-i, sentence-capital, double-space, unbalanced, final-punctuation, its-its,
 * your-youre): which sentences and lines are the writer's prose, list markers, URLs and codes.
 */

import {draftOf} from '../../src/document/draft.js'
import type {CorrDocument, Paragraph, Sentence, Span, Word} from '../../src/types.js'

export {bodySentences} from '../../src/document/draft.js'
/** Keep the capital of the text being replaced (the phrase lists' own). */
export {matchCase} from '../../src/text/phrases.js'
export {normaliseWord, normalWords} from '../../src/text/words.js'

/**
 * The writer's sentences that word-level proofreading reads: the body, the salutation and the
 * complimentary close; never the sender's name and signature lines (the draft's `writerSentences`).
 */
export function writerSentences(doc: CorrDocument): Sentence[] {
  return draftOf(doc).writerSentences
}

/** A line of a paragraph: its span (without the line break), its text in `doc.prose` and in `doc.text` (`raw`: Markdown list markers are blanked in prose). */
export interface Line extends Span {
  text: string
  raw: string
}

/**
 * The text of `[start, end)` as written in the file, when the reader kept it the same length
 * (plain text, Markdown: list markers are blanked in `doc.text`), else as in `doc.text`.
 */
export function rawText(doc: CorrDocument, start: number, end: number): string {
  const from = doc.source.toOriginal(start)
  const to = doc.source.toOriginal(end)
  return to - from === end - start ? doc.source.original.slice(from, to) : doc.text.slice(start, end)
}

/** The lines of a span of `doc.prose`, blank ones left out. */
export function linesOf(doc: CorrDocument, span: Span): Line[] {
  const lines: Line[] = []
  let start = span.start
  while (start < span.end) {
    let end = doc.prose.indexOf('\n', start)
    if (end === -1 || end > span.end) end = span.end
    const text = doc.prose.slice(start, end).replace(/\r$/, '')
    if (text.trim() !== '')
      lines.push({start, end: start + text.length, text, raw: rawText(doc, start, start + text.length)})
    start = end + 1
  }
  return lines
}

// A bullet, or a number, letter or roman numeral (up to viii) with `.` or `)`, or in brackets, then a space.
const LIST_MARKER =
  /^[ \t]*(?:[-*+•·–—▪◦●○■□➢➤►✓✔>]|\(?(?:\d{1,2}|[a-z]|i{1,3}|iv|vi{0,3}|ix|x)[.)]|\((?:\d{1,2}|[a-z]|i{1,3}|iv|vi{0,3}|ix|x)\))(?=[ \t]|$)/i

/** Whether a line starts with a list marker (`- `, `• `, `1. `, `2) `, `a) `, `(iii) `). */
export function isListItem(line: string): boolean {
  return LIST_MARKER.test(line)
}

/** The length of a line's list marker and the spaces after it, or 0. */
export function listMarkerLength(line: string): number {
  const match = LIST_MARKER.exec(line)
  if (!match) return 0
  let end = match[0].length
  while (line[end] === ' ' || line[end] === '\t') end++
  return end
}

/** Whether `[start, end)` overlaps a URL or an email address. */
export function inUrl(doc: CorrDocument, start: number, end: number): boolean {
  for (const span of draftOf(doc).urls) {
    if (span.start >= end) break
    if (span.end > start) return true
  }
  return false
}

/** Whether a token is a code, a number, a URL, an email or a domain (a digit, `@`, `/`, `.` inside). */
export function isCodeLike(text: string): boolean {
  return /[\d@/\\#_]/.test(text) || /\.\p{L}/u.test(text) || /^www\./i.test(text)
}

/** The body paragraphs, with their sentences. */
export function bodyParagraphs(doc: CorrDocument): Paragraph[] {
  return doc.body.paragraphs
}

/** The word after `index` in a sentence when only spaces (no line break, no punctuation) separate them. */
export function nextWord(doc: CorrDocument, sentence: Sentence, index: number): Word | undefined {
  const word = sentence.words[index]
  const next = sentence.words[index + 1]
  if (!next) return undefined
  return /^[ \t]+$/.test(doc.prose.slice(word.end, next.start)) ? next : undefined
}

/** The first character after `offset` in `doc.prose` that is not a space or tab (or '' at the end). */
export function charAfter(doc: CorrDocument, offset: number): string {
  let index = offset
  while (doc.prose[index] === ' ' || doc.prose[index] === '\t') index++
  return doc.prose[index] ?? ''
}

/** The last character before `offset` in `doc.prose` that is not white space, and its offset (-1 if none). */
export function charBefore(doc: CorrDocument, offset: number): {char: string; index: number} {
  let index = offset - 1
  while (index >= 0 && /\s/.test(doc.prose[index])) index--
  return {char: index >= 0 ? doc.prose[index] : '', index}
}
