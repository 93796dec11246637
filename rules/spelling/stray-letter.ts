/**
 * spelling/stray-letter: a single letter left where a short word was meant (`it started t 20:15`,
 * `I would b grateful`, `n Wednesday`): a word whose other letters were lost by a slip.
 */
import type {Speller} from '../../src/spell/speller.js'
import type {Rule, Settings} from '../../src/types.js'
import {inUrl, isListItem, listMarkerLength, writerSentences} from './proof-text.js'

/** The short words a lost letter most likely belongs to, commonest first (`t` → `to`, `at`, `it`). */
const MEANT: Record<string, string[]> = {
  b: ['be', 'by'],
  c: ['can'],
  d: ['do', "I'd"],
  e: ['be', 'we', 'he', 'me'],
  f: ['of', 'if', 'for'],
  g: ['go'],
  h: ['he', 'has'],
  j: ['just'],
  k: ['OK'],
  l: ["I'll"],
  m: ['am', 'me', 'my'],
  n: ['in', 'on', 'an', 'and'],
  o: ['of', 'on', 'to', 'or'],
  p: ['up'],
  q: ['quite'],
  r: ['are', 'or'],
  s: ['is', 'as', 'so', 'us'],
  t: ['to', 'at', 'it'],
  v: ['very'],
  w: ['we', 'with'],
  y: ['my', 'by'],
  z: ['as']
}
/** Before a time or a number the lost word is a preposition (`t 20:15` → `at`, `n 5 days` → `in`). */
const BEFORE_NUMBER: Record<string, string> = {t: 'at', n: 'in', o: 'on', b: 'by', f: 'for'}
/** Before a pronoun, `f` is `if` (`f you like`). */
const PRONOUNS = new Set(['you', 'we', 'they', 'i', 'he', 'she', 'it', 'there', 'that', 'this'])
/** Before a day of the week the lost word is `on` (`n Wednesday`). */
const DAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mondays',
  'tuesdays',
  'wednesdays',
  'thursdays',
  'fridays',
  'saturdays',
  'sundays'
])
/** A letter named or labelled (`the letter b`, `option c`, `Plan B`, `vitamin d`, `grade e`). */
const LABELS = new Set([
  'letter',
  'option',
  'plan',
  'part',
  'section',
  'grade',
  'type',
  'vitamin',
  'class',
  'point',
  'step',
  'item',
  'box',
  'row',
  'column',
  'size',
  'block',
  'flat',
  'unit',
  'gate',
  'platform',
  'room',
  'level',
  'question',
  'answer',
  'choice',
  'and',
  'or',
  'to'
])
/** Letters that are words or symbols of their own in English prose: `a`, `I`; `x` (times, kisses), `v` (versus). */
const WORDS = new Set(['a', 'i', 'x', 'v'])
/** A neighbour that is an English word (any case) or a number: in another language a letter may be a word (`e`, `o`, `y`). */
const ENGLISH_OR_NUMBER = (spell: Speller, text: string): boolean =>
  /^[\d£$€]/.test(text) || spell.correct(text) || spell.correct(text.toLowerCase())

export const strayLetter: Rule = {
  id: 'spelling/stray-letter',
  criterion: 'spelling',
  severity: 'error',
  prepare(settings: Settings, wordLists) {
    wordLists.speller(settings.dialect)
  },
  docs: {
    summary:
      'A single letter standing alone where a short word was meant (`it started t 20:15`, `I would b grateful`).',
    why: 'A letter left alone is a word that lost its other letters in a quick edit; the reader has to guess which word it was.',
    fail: 'Dear Sir or Madam,\n\nThe concert started t 20:15, an hour late. I would b grateful for a refund.\n\nYours faithfully,\nIrina Petrova',
    pass: 'Dear Sir or Madam,\n\nThe concert started at 20:15, an hour late. I would be grateful for a refund.\n\nYours faithfully,\nIrina Petrova',
    details:
      'Reports a lower-case letter other than `a`, `i`, `u`, `x` and `v` standing alone between two English words (or a number after it) of a sentence of the body, salutation or close, with the words it most likely belongs to (before a number: `t` → `at`, `n` → `in`, `o` → `on`). ' +
      "Not reported: capitals (initials, `Plan B`, `Grade C`), list markers (`a)`, `b.`), a letter after a number (units: `5 m`, `3 g`), after a label word (`the letter b`, `option c`, `vitamin d`, `part e`, `x and y`), before `)`, `.`, `/`, `-` or an apostrophe (`b)`, `c/o`, `e-mail`, `o'clock`), inside quotes or brackets, URLs and codes, between words of another language (`hors d oeuvres`, Italian `e`, Spanish `o`), `u` (text-speak: tone/register), and the first or last word of a sentence (a signed initial, an enumeration)."
  },
  check(doc, context) {
    const spell = context.wordLists.speller(context.settings.dialect)
    for (const sentence of writerSentences(doc)) {
      const words = sentence.words
      for (let index = 1; index < words.length; index++) {
        const word = words[index]
        const text = word.text
        if (text.length !== 1 || !/^\p{Ll}$/u.test(text) || WORDS.has(text) || !MEANT[text]) continue
        const previous = words[index - 1]
        // Only spaces between the letter and its neighbours: no punctuation, quotes or line breaks.
        if (!/^ +$/.test(doc.prose.slice(previous.end, word.start))) continue
        // The next token as written (a number or a time is not a word of the sentence: `t 7 o'clock`).
        const next = /^ +([\p{L}\p{N}£$€](?:[\p{L}\p{N}'’]|[:.,](?=[\p{L}\p{N}]))*)/u.exec(
          doc.prose.slice(word.end, word.end + 40)
        )?.[1]
        if (!next) continue
        if (/\d$/.test(previous.text) || LABELS.has(previous.text.toLowerCase()) || inUrl(doc, word.start, word.end))
          continue
        if (/^\p{L}$/u.test(next) && next !== 'I' && next !== 'a') continue
        if (!ENGLISH_OR_NUMBER(spell, previous.text) || !ENGLISH_OR_NUMBER(spell, next)) continue
        // A list marker starts its line: look back a few characters only (a long line stays linear).
        const near = doc.prose.slice(Math.max(0, word.start - 12), word.start)
        const lineBreak = near.lastIndexOf('\n')
        if (lineBreak !== -1 || word.start <= 12) {
          const lineStart = lineBreak === -1 ? 0 : word.start - near.length + lineBreak + 1
          const line = doc.prose.slice(lineStart, word.end + 2)
          if (isListItem(line) && word.start - lineStart <= listMarkerLength(line)) continue
        }
        const meant =
          /^[\d£$€]/.test(next) && BEFORE_NUMBER[text]
            ? [BEFORE_NUMBER[text]]
            : DAYS.has(next.toLowerCase()) && (text === 'n' || text === 'o')
              ? ['on']
              : text === 'f' && PRONOUNS.has(next.toLowerCase())
                ? ['if', 'of']
                : MEANT[text]
        context.report({
          start: word.start,
          end: word.end,
          message: `'${text}' stands alone: a word is missing letters (${meant.map((each) => `'${each}'`).join(' or ')}?).`,
          actual: text,
          expected: meant[0],
          suggestion: `Write the word you meant: ${meant.map((each) => `'${each}'`).join(', ')}.`
        })
      }
    }
  }
}
