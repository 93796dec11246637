import type {Rule, Word} from '../../src/types.js'
import {countWords, plural, segmentsOf} from './text.js'

/** Options of clarity/paragraph-length. */
export interface ParagraphLengthOptions {
  /** A paragraph with more words than this is reported. */
  maxWords: number
  /** A paragraph with more sentences than this is reported. */
  maxSentences: number
}

/** clarity/paragraph-length: body paragraphs are short enough to take in at a glance. */
export const paragraphLength: Rule<ParagraphLengthOptions> = {
  id: 'clarity/paragraph-length',
  criterion: 'clarity',
  severity: 'warning',
  docs: {
    summary: 'Body paragraphs are short: at most 120 words or 6 sentences.',
    why: 'A wall of text on a screen or a page is skimmed, not read. One topic per short paragraph lets a customer find the part that answers their question.',
    fail: 'Dear Mr Owen,\n\nThank you for your email about your water bill. Your bill went up because your meter reading in October was higher. We checked the reading on 3 November. It was correct. Your usage has gone up since the summer. A dripping tap or a leaking toilet can use a lot of water. You can check for a leak by reading your meter at night and again in the morning. If you think you have a leak, call us on 0345 600 1234.\n\nKind regards,\nPriya Nair',
    pass: 'Dear Mr Owen,\n\nThank you for your email about your water bill. Your bill went up because your meter reading in October was higher. We checked the reading on 3 November, and it was correct.\n\nA dripping tap or a leaking toilet can use a lot of water. You can check for a leak by reading your meter at night and again in the morning. If you think you have a leak, call us on 0345 600 1234.\n\nKind regards,\nPriya Nair',
    details:
      'Warning for each body paragraph with more than `maxWords` (default 120) words or more than `maxSentences` (default 6) sentences (list items count as sentences, a list marker such as `1.` alone does not; numbers and codes are not counted as words). In a list, each item is judged on its own: a list is how a long paragraph is broken up. Never an error.'
  },
  schema: {
    type: 'object',
    properties: {maxWords: {type: 'integer', minimum: 1}, maxSentences: {type: 'integer', minimum: 1}},
    additionalProperties: false
  },
  defaults: {maxWords: 120, maxSentences: 6},
  check(doc, context) {
    const {maxWords = 120, maxSentences = 6} = context.options
    doc.body.paragraphs.forEach((paragraph, index) => {
      const parts = paragraph.sentences.flatMap((sentence) => segmentsOf(doc, sentence))
      // A list is how a writer breaks up a long paragraph: each item is judged on its own.
      const blocks: Array<{words: number; sentences: number; start: number; end: number}> = []
      for (const segment of parts) {
        const counted = countWords(segment)
        // A list marker (`1.`) or a bare number split off by an abbreviation (`approx. 30`) is not a sentence.
        if (counted === 0) continue
        const block = blocks.at(-1)
        if (!block || startsListItem(doc.text, segment)) {
          blocks.push({words: counted, sentences: 1, start: segment[0].start, end: segment.at(-1)!.end})
        } else {
          block.words += counted
          block.sentences++
        }
      }
      const list = blocks.length > 1
      for (const block of blocks) {
        if (block.words <= maxWords && block.sentences <= maxSentences) continue
        const first = paragraph.sentences.find((sentence) => sentence.end > block.start) ?? paragraph.sentences[0]
        const found = `${plural(block.words, 'word')} in ${plural(block.sentences, 'sentence')}`
        context.report({
          start: list ? block.start : first.start,
          end: list ? Math.min(block.end, first.end) : first.end,
          message: `${list ? `An item of the list in paragraph ${index + 1}` : `Paragraph ${index + 1}`} is long: ${found}.`,
          actual: found,
          expected: `at most ${maxWords} words and ${maxSentences} sentences`,
          suggestion: 'Split it where the topic changes, one topic per paragraph.'
        })
      }
    })
  }
}

/** A list marker (`-`, `*`, `•`, `1.`, `(a)`) and nothing else before a run's first counted word on its line. */
const MARKER = /^[ \t]*(?:[-*•–+]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+$/i

function startsListItem(text: string, segment: readonly Word[]): boolean {
  const first = segment.find((word) => countWords([word]) > 0) ?? segment[0]
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1
  return MARKER.test(text.slice(lineStart, first.start))
}
