/** spelling/sentence-capital: a body sentence starting in lower case. Lists: proof-sentences.json. */
import type {CorrDocument, Paragraph, Rule, Sentence, Word} from '../../src/types.js'
import data from './proof-sentences.json' with {type: 'json'}
import {
  bodySentences,
  charBefore,
  inUrl,
  isCodeLike,
  isListItem,
  type Line,
  listMarkerLength,
  normaliseWord,
  rawText
} from './proof-text.js'
import {startsWithLower} from './words.js'

const ABBREVIATIONS = new Set(data.abbreviations.words)
const LOWERCASE_BRANDS = new Set(data.lowercaseBrands.words)

/** Offset of the start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** The line of `doc.prose` holding `offset`. */
function lineAt(doc: CorrDocument, offset: number): Line {
  const start = lineStart(doc.prose, offset)
  let end = doc.prose.indexOf('\n', offset)
  if (end === -1) end = doc.prose.length
  const text = doc.prose.slice(start, end).replace(/\r$/, '')
  return {start, end: start + text.length, text, raw: rawText(doc, start, start + text.length)}
}

/** The word (letters, dots, slashes) ending at `index` inclusive in `doc.prose`. */
function wordEndingAt(doc: CorrDocument, index: number): string {
  let start = index
  while (start > 0 && /[\p{L}\p{N}./]/u.test(doc.prose[start - 1])) start--
  return doc.prose.slice(start, index + 1)
}

/**
 * Whether the text before a sentence ends a sentence as the writer wrote it: a `.`, `!` or `?`
 * (closing quotes and brackets allowed after it) that is not an abbreviation, an initial or an
 * ellipsis.
 */
function endsSentence(doc: CorrDocument, offset: number, floor: number, closers = true): boolean {
  let {char, index} = charBefore(doc, offset)
  if (index < floor) return false
  if (!closers && /["'’”)\]]/.test(char)) return false
  while (/["'’”)\]]/.test(char) && index > floor) {
    index--
    char = doc.prose[index]
  }
  if (char === '!' || char === '?') return true
  if (char !== '.') return false
  if (doc.prose[index - 1] === '.' || doc.prose[index - 1] === '…') return false
  const word = wordEndingAt(doc, index - 1)
  const bare = normaliseWord(word)
  if (bare === '' || ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare) || /^\d/.test(bare)) return false
  // A dotted abbreviation (e.g., i.e., a.m.) or a URL or domain before the full stop.
  if (bare.includes('.') || bare.includes('/')) return false
  return true
}

export const sentenceCapital: Rule = {
  id: 'spelling/sentence-capital',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary: 'A sentence of the body that starts with a lower-case letter.',
    why: 'A missing capital is the kind of slip a customer (and an assessor checking punctuation) spots at once; it makes a careful reply look rushed.',
    fail: 'Dear Mr Khan,\n\nThank you for your letter. we have now refunded the £36.20 to your card.\n\nYours sincerely,\nRyan Foster',
    pass: 'Dear Mr Khan,\n\nThank you for your letter. We have now refunded the £36.20 to your card.\n\nYours sincerely,\nRyan Foster',
    details:
      'Reports the first letter of a body sentence when it is lower case and the sentence starts a paragraph or follows a `.`, `!` or `?` of the writer. ' +
      'Not reported: after an abbreviation (`e.g.`, `i.e.`, `etc.`, `approx.`, `no.`, `ref.`, `Mr.`, months and days: proof-sentences.json), an initial or a dotted abbreviation, or an ellipsis (`...`, `…`); after a colon, semicolon, comma or a line break inside a sentence (hard-wrapped text); list items and bullets (`- `, `• `, `1. `, `a) `, `(iii) `); a first word with a capital inside it (`eBay`, `iPhone`), with a digit, or that is a URL, email address or domain; a sentence starting with a number or a symbol; names written in lower case on purpose (`npower`, `giffgaff`), the personal dictionary and the guideline `terms`; a paragraph that follows a body paragraph not ending in `.`, `!` or `?` (ending in `:`, a URL or code, or half a sentence: it continues it).'
  },
  check(doc, context) {
    const own = new Set(
      [...context.settings.dictionary, ...(context.settings.guidelines.terms ?? [])].map(normaliseWord)
    )
    const bodyStart = doc.body.span?.start ?? 0
    for (const sentence of bodySentences(doc)) {
      const paragraph: Paragraph | undefined = doc.body.paragraphs[sentence.paragraph]
      const floor = paragraph?.start ?? bodyStart
      sentence.words.forEach((word, index) => {
        if (!startsWithLower(word.text)) return
        if (index === 0) {
          let start = sentence.start
          while (/\s/.test(doc.prose[start] ?? '')) start++
          if (start !== word.start) return
          if (paragraph !== undefined && firstWordedSentence(paragraph) === sentence) {
            // After a paragraph that does not end a sentence (`:`, a URL, code, a half-finished line), it continues it.
            if (sentence.paragraph > 0 && !endsSentence(doc, paragraph.start, bodyStart)) return
          } else if (!endsSentence(doc, word.start, floor)) return
        } else {
          // Inside a sentence as the parser split it: after `. `, `! ` or `? ` (not a quoted `"why?" and`).
          // (The parser keeps `letter.` as one word when a lower-case word follows.)
          if (!afterStop(doc.prose, sentence.words[index - 1].start, word.start)) return
          if (!endsSentence(doc, word.start, floor, false)) return
        }
        if (!capitalNeeded(doc, word, own)) return
        const capital = word.text[0].toUpperCase() + word.text.slice(1)
        context.report({
          start: word.start,
          end: word.end,
          message: `A sentence starts with a lower-case letter: write '${capital}'.`,
          actual: word.text,
          expected: capital,
          suggestion: `Replace '${word.text}' with '${capital}'.`
        })
      })
    }
  }
}

/** Whether a lower-case word at a sentence start is a slip: not a list item, brand, code, URL or letter label. */
function capitalNeeded(doc: CorrDocument, word: Word, own: Set<string>): boolean {
  const line = lineAt(doc, word.start)
  if (isListItem(line.raw) && word.start - line.start <= listMarkerLength(line.raw)) return false
  if (/\p{Lu}/u.test(word.text) || isCodeLike(word.text) || inUrl(doc, word.start, word.end)) return false
  if (/^\p{L}$/u.test(word.text) && /[.)]/.test(doc.prose[word.end] ?? '')) return false
  const lower = normaliseWord(word.text)
  // The pronoun (`i`, `i'm`) is spelling/lowercase-i's finding.
  if (lower === 'i' || /^i'(?:m|ve|ll|d)$/.test(lower)) return false
  return !LOWERCASE_BRANDS.has(lower) && !own.has(lower)
}

function firstWordedSentence(paragraph: Paragraph): Sentence | undefined {
  return paragraph.sentences.find((sentence) => sentence.words.length > 0)
}

/**
 * Whether `prose` from `from` to `at` ends with `.`, `!` or `?` and then spaces, tabs or line breaks
 * (`/[.!?][ \t\r\n]+$/` on that slice, read in place: most words follow a plain space).
 */
function afterStop(prose: string, from: number, at: number): boolean {
  let before = at - 1
  while (
    before >= from &&
    (prose[before] === ' ' || prose[before] === '\t' || prose[before] === '\r' || prose[before] === '\n')
  )
    before--
  if (before === at - 1 || before < from) return false
  const stop = prose[before]
  return stop === '.' || stop === '!' || stop === '?'
}
