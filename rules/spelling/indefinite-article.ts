/** spelling/indefinite-article: `a` or `an` against the sound of the next word. Lists: proof-words.json. */
import retextIndefiniteArticle from 'retext-indefinite-article'
import {VFile} from 'vfile'
import type {CorrDocument, Rule} from '../../src/types.js'
import {inForeignParagraph} from './foreign.js'
import {matchCase, normaliseWord, writerSentences} from './proof-text.js'
import data from './proof-words.json' with {type: 'json'}

const AN_ALLOWED = new Set(data.articleAllowed.an)
/** An amount of money right after the article: the symbol and the whole number (`£30`, `€1,500`). */
const CURRENCY_AMOUNT = /^[ \t]+([£$€])(\d{1,3}(?:,\d{3})*|\d+)(?![\d,]*[a-z])/i

/** Whether a whole number is read with a vowel sound first: 8, 11, 18, 80–89, 800–899 (and 8,000, 11,000, 18,000…). */
export function numberSoundsVowel(digits: string): boolean {
  const plain = digits.replace(/,/g, '')
  // Read by its leading group of up to three digits (`11,500` is "eleven thousand…").
  const group = plain.length % 3 === 0 ? plain.slice(0, 3) : plain.slice(0, plain.length % 3)
  return group.startsWith('8') || group === '11' || group === '18'
}

type Transformer = (tree: CorrDocument['tree'], file: VFile) => void

function isArticle(word: {text: string}): boolean {
  const text = word.text
  return (text.length === 1 && (text === 'a' || text === 'A')) || (text.length === 2 && text.toLowerCase() === 'an')
}
const articles = (retextIndefiniteArticle as unknown as () => Transformer)()

export const indefiniteArticle: Rule = {
  id: 'spelling/indefinite-article',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary:
      '`a` before a vowel sound or `an` before a consonant sound (`a apple`, `an book`, `a hour`, `an university`).',
    why: "The wrong article is read aloud in the customer's head and trips them up; it is one of the slips assessors look for under accurate grammar.",
    fail: 'Dear Mr Khan,\n\nYour engineer will arrive within a hour of the start of your slot. It is an useful service for our customers.\n\nYours sincerely,\nRyan Foster',
    pass: 'Dear Mr Khan,\n\nYour engineer will arrive within an hour of the start of your slot. It is a useful service for our customers.\n\nYours sincerely,\nRyan Foster',
    details:
      'Runs retext-indefinite-article over the sentences of the body, salutation and close: it goes by sound, not by letter, and knows the exceptions (`an hour`, `an honest`, `a university`, `a one-off`, `a euro`, `an SMS`, `a URL`, `an 8`, `an 11`); before an amount of money, by the number as it is read (`a £30 charge`, `an £80 fee`, `an £11 ticket`, `a £1,800 bill`: 8, 11, 18, 80–89 and 800–899, in thousands too, start with a vowel sound). ' +
      'Not reported: acronyms it does not know how to say (`a MOT` and `an MOT`, `a NHS` and `an NHS` are both accepted), brand names in mixed case (`an iPhone`, `an eBay account`), a capital `A` in the middle of a sentence (`Plan A`, `Grade A`), `a` as a letter (`a and b`, list markers `a)`), numbers starting with 0 (`a 0800 number` is read "a zero eight hundred"), and `an` before h-words some UK writers sound without the h (`an historic`, `an hotel`); nor an `a` or `an` in a body paragraph in another language (the paragraphs spelling/misspelling reports once instead of word by word: `a` in Latin or Spanish is not the English article).'
  },
  check(doc, context) {
    // Only sentences with an `a` or `an` (the plugin looks at nothing else, and only within the sentence).
    const sentences = writerSentences(doc).filter((sentence) => sentence.words.some(isArticle))
    if (sentences.length === 0) return
    const reported = new Set<number>()
    // Before an amount of money the article goes by the number as it is read: `a £30 charge`
    // ("a thirty-pound"), `an £80 fee` ("an eighty-pound"), `an £11 ticket`.
    for (const sentence of sentences) {
      for (const word of sentence.words) {
        if (!isArticle(word)) continue
        const amount = CURRENCY_AMOUNT.exec(doc.prose.slice(word.end, word.end + 24))
        if (!amount || inForeignParagraph(doc, context, word.start)) continue
        const expected = matchCase(numberSoundsVowel(amount[2]) ? 'an' : 'a', word.text)
        if (normaliseWord(expected) === normaliseWord(word.text)) continue
        const next = amount[1] + amount[2]
        reported.add(word.start)
        context.report({
          start: word.start,
          end: word.end,
          message: `Write '${expected}' before '${next}', not '${word.text}': the article goes by the sound of the amount as it is read.`,
          actual: word.text,
          expected,
          suggestion: `Replace '${word.text} ${next}' with '${expected} ${next}'.`,
          fix: {start: word.start, end: word.end, text: expected}
        })
      }
    }
    const file = new VFile({value: doc.prose})
    articles(
      {
        type: 'RootNode',
        children: [{type: 'ParagraphNode', children: sentences.map((sentence) => sentence.node)}]
      } as CorrDocument['tree'],
      file
    )
    for (const message of file.messages) {
      const place = message.place
      const start = place && 'start' in place ? place.start.offset : place?.offset
      const end = place && 'end' in place ? place.end.offset : undefined
      if (start === undefined || end === undefined || reported.has(start)) continue
      const actual = doc.text.slice(start, end)
      const expected = message.expected?.[0] ?? (actual.length === 1 ? 'an' : 'a')
      const next = /^[ \t]*["'‘“(]?([^\s"'’”),.;:!?]*)/.exec(doc.prose.slice(end, end + 80))?.[1] ?? ''
      if (next === '' || /^0/.test(next)) continue
      // `a` in a Latin or Spanish paragraph is not the English article (the paragraphs spelling/misspelling leaves alone).
      if (inForeignParagraph(doc, context, start)) continue
      if (normaliseWord(actual) === 'an' && AN_ALLOWED.has(normaliseWord(next))) continue
      context.report({
        start,
        end,
        message: `Write '${expected}' before '${next}', not '${actual}': the article goes by the sound of the next word.`,
        actual,
        expected,
        suggestion: `Replace '${actual} ${next}' with '${expected} ${next}'.`,
        fix: {start, end, text: /^\p{Lu}/u.test(actual) ? expected[0].toUpperCase() + expected.slice(1) : expected}
      })
    }
  }
}
