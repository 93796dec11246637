/**
 * Word-level proofreading: spelling/repeated-word, spelling/indefinite-article,
 * spelling/lowercase-i, spelling/its-its and spelling/your-youre. Lists: proof-words.json.
 */
import retextIndefiniteArticle from 'retext-indefinite-article'
import {VFile} from 'vfile'
import type {CorrDocument, Rule, Sentence} from '../../src/types.js'
import data from './proof-words.json' with {type: 'json'}
import {charAfter, isCodeLike, matchCase, nextWord, normalise, writerSentences} from './proof-text.js'

const REPEAT_ALLOWED = new Set(data.repeatedAllowed.words)
const IS_IS_AFTER = new Set(data.repeatedAllowed.isIsAfter)
const AN_ALLOWED = new Set(data.articleAllowed.an)
const I_AFTER = new Set(data.lowercaseI.after)
const LETTERS = /^[\p{L}']+$/u

export const repeatedWord: Rule = {
  id: 'spelling/repeated-word',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary: 'The same word twice in a row (`the the`, `to to`), a slip that spell checkers miss.',
    why: 'A doubled word is the commonest slip of a quick edit, and a customer reads it as a sign that nobody read the reply before it was sent.',
    fail: 'Dear Ms Shah,\n\nThank you for your email. We will send the the replacement to your home on Friday.\n\nKind regards,\nLeah Morgan',
    pass: 'Dear Ms Shah,\n\nThank you for your email. We will send the replacement to your home on Friday.\n\nKind regards,\nLeah Morgan',
    details:
      'Reports a word of the body, salutation or close written twice with only spaces or one line break between (case ignored: `The the`), from the second occurrence. ' +
      'Not reported: words doubled on purpose (retext-repeated-words\' list `had had`, `that that`, `can can`, `blah blah`; and `her her` as in "we sent her her refund", `do do`, `bye bye`, `very very`, `no no`), a particle followed by the same preposition (`log in in the corner`, `carry on on Monday`), `is is` after `it`, `this`, `what`, `the problem` (what it is is…), a second word with a capital (names: `Duran Duran`, `sam Sam`; initials; code such as `Bucket bucket`), one-letter words other than `a`, three or more in a row (`no no no`, deliberate), numbers and codes, and words separated by punctuation (`no, no`) or a blank line.'
  },
  check(doc, context) {
    for (const sentence of writerSentences(doc)) {
      const words = sentence.words
      for (let index = 1; index < words.length; index++) {
        const first = words[index - 1]
        const second = words[index]
        const lower = normalise(second.text)
        if (lower !== normalise(first.text) || !LETTERS.test(second.text)) continue
        const gap = doc.prose.slice(first.end, second.start)
        if (gap === '' || !/^[ \t\r\n]+$/.test(gap) || gap.indexOf('\n') !== gap.lastIndexOf('\n')) continue
        if (REPEAT_ALLOWED.has(lower)) continue
        if (lower === 'is' && index >= 2 && IS_IS_AFTER.has(normalise(words[index - 2].text))) continue
        // Capitals in the second word: names (Duran Duran, sam Sam), initials, code (BucketResponse bucketResponse).
        if (/\p{Lu}/u.test(second.text) || /\p{Lu}/u.test(first.text.slice(1))) continue
        // One letter other than `a` (code: `f && f`), or three in a row (`no no no`, `code code code`): not a slip.
        if (lower.length === 1 && lower !== 'a') continue
        if (index + 1 < words.length && normalise(words[index + 1].text) === lower) continue
        if (index >= 2 && normalise(words[index - 2].text) === lower) continue
        context.report({
          start: first.start,
          end: second.end,
          message: `'${second.text}' is repeated: '${doc.text.slice(first.start, second.end).replace(/\s+/g, ' ')}'.`,
          actual: doc.text.slice(first.start, second.end),
          expected: first.text,
          suggestion: `Delete the second '${second.text}'.`,
          fix: {start: first.start, end: second.end, text: first.text}
        })
      }
    }
  }
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
    summary: '`a` before a vowel sound or `an` before a consonant sound (`a apple`, `an book`, `a hour`, `an university`).',
    why: 'The wrong article is read aloud in the customer\'s head and trips them up; it is one of the slips assessors look for under accurate grammar.',
    fail: 'Dear Mr Khan,\n\nYour engineer will arrive within a hour of the start of your slot. It is an useful service for our customers.\n\nYours sincerely,\nRyan Foster',
    pass: 'Dear Mr Khan,\n\nYour engineer will arrive within an hour of the start of your slot. It is a useful service for our customers.\n\nYours sincerely,\nRyan Foster',
    details:
      'Runs retext-indefinite-article over the sentences of the body, salutation and close: it goes by sound, not by letter, and knows the exceptions (`an hour`, `an honest`, `a university`, `a one-off`, `a euro`, `an SMS`, `a URL`, `an 8`, `an 11`). ' +
      'Not reported: acronyms it does not know how to say (`a MOT` and `an MOT`, `a NHS` and `an NHS` are both accepted), brand names in mixed case (`an iPhone`, `an eBay account`), a capital `A` in the middle of a sentence (`Plan A`, `Grade A`), `a` as a letter (`a and b`, list markers `a)`), numbers starting with 0 (`a 0800 number` is read "a zero eight hundred"), and `an` before h-words some UK writers sound without the h (`an historic`, `an hotel`).'
  },
  check(doc, context) {
    // Only sentences with an `a` or `an` (the plugin looks at nothing else, and only within the sentence).
    const sentences = writerSentences(doc).filter((sentence) => sentence.words.some(isArticle))
    if (sentences.length === 0) return
    const file = new VFile({value: doc.prose})
    articles({type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences.map((sentence) => sentence.node)}]} as CorrDocument['tree'], file)
    for (const message of file.messages) {
      const place = message.place
      const start = place && 'start' in place ? place.start.offset : place?.offset
      const end = place && 'end' in place ? place.end.offset : undefined
      if (start === undefined || end === undefined) continue
      const actual = doc.text.slice(start, end)
      const expected = message.expected?.[0] ?? (actual.length === 1 ? 'an' : 'a')
      const next = /^[ \t]*["'‘“(]?([^\s"'’”),.;:!?]*)/.exec(doc.prose.slice(end, end + 80))?.[1] ?? ''
      if (next === '' || /^0/.test(next)) continue
      if (normalise(actual) === 'an' && AN_ALLOWED.has(normalise(next))) continue
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

export const lowercaseI: Rule = {
  id: 'spelling/lowercase-i',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary: 'The pronoun `I` written in lower case (`i will`, `i\'m`, `i\'ve`).',
    why: 'A lower-case `i` reads as a text message written in a hurry, not as a reply from an organisation.',
    fail: 'Dear Ms Shah,\n\nThank you for your patience. i have checked your order and i\'m sending a replacement today.\n\nKind regards,\nLeah Morgan',
    pass: 'Dear Ms Shah,\n\nThank you for your patience. I have checked your order and I\'m sending a replacement today.\n\nKind regards,\nLeah Morgan',
    details:
      'Reports the word `i`, and `i\'m`, `i\'ve`, `i\'ll`, `i\'d` (straight or curly apostrophe), in the body, salutation or close. ' +
      'Not reported: `i.e.` and `i.`/`i)` list markers and roman numerals (`(i)`, `i)`, `i.`), an `i` after a label word such as `part`, `section`, `schedule`, `option`, `step` (a numeral), an `i` joined to other characters (`x/i`, `i-`, in URLs and codes), and `I` in capitals.'
  },
  check(doc, context) {
    for (const sentence of writerSentences(doc)) {
      const words = sentence.words
      for (let index = 0; index < words.length; index++) {
        const word = words[index]
        const lower = normalise(word.text)
        if (!(word.text === 'i' || (word.text[0] === 'i' && /^i'(?:m|ve|ll|d)$/.test(lower)))) continue
        const before = doc.prose[word.start - 1] ?? ' '
        const after = doc.prose[word.end] ?? ' '
        if (!/[\s"'‘“]/.test(before)) continue
        if (word.text === 'i' && !/[\s,;!?"'’”]/.test(after)) continue
        if (index > 0 && I_AFTER.has(normalise(words[index - 1].text)) && word.text === 'i') continue
        const fixed = `I${word.text.slice(1)}`
        context.report({
          start: word.start,
          end: word.end,
          message: `Write the pronoun as a capital: '${fixed}', not '${word.text}'.`,
          actual: word.text,
          expected: fixed,
          suggestion: `Replace '${word.text}' with '${fixed}'.`
        })
      }
    }
  }
}

interface Confusable {
  phrase: string
  write: string
  /** `end`: the pair must end a clause; `before`: one of `next` must follow. */
  when?: 'end' | 'before'
  next?: string[]
}

interface CompiledConfusable extends Confusable {
  tokens: string[]
  following: Set<string>
}

function compile(list: Confusable[]): Map<string, CompiledConfusable[]> {
  const index = new Map<string, CompiledConfusable[]>()
  for (const entry of list) {
    const tokens = normalise(entry.phrase).split(' ')
    const key = tokens.slice(0, 2).join(' ')
    const entries = index.get(key) ?? []
    entries.push({...entry, tokens, following: new Set(entry.next ?? [])})
    entries.sort((a, b) => b.tokens.length - a.tokens.length)
    index.set(key, entries)
  }
  return index
}

/** The entry of `index` matching at word `at` of `sentence`, with the index of its last word. */
function confusableAt(doc: CorrDocument, sentence: Sentence, at: number, index: Map<string, CompiledConfusable[]>): {entry: CompiledConfusable; last: number} | undefined {
  const second = nextWord(doc, sentence, at)
  if (!second) return undefined
  const words = sentence.words
  const candidates = index.get(`${normalise(words[at].text)} ${normalise(second.text)}`)
  if (!candidates) return undefined
  for (const entry of candidates) {
    let last = at + 1
    let matched = true
    for (let offset = 2; offset < entry.tokens.length; offset++) {
      const word = nextWord(doc, sentence, last)
      if (!word || normalise(word.text) !== entry.tokens[offset]) {
        matched = false
        break
      }
      last++
    }
    if (!matched) continue
    const end = words[last].end
    const after = doc.prose[end] ?? ''
    // A hyphen makes a compound (its no-claims bonus, your A-level); a capital letter is a label (your A grade).
    if (after === '-' || (last === at + 1 && /^\p{Lu}$/u.test(second.text))) continue
    if (entry.when === 'end' && !/^(?:[.,;:!?)]|$)/.test(charAfter(doc, end)) && !(end >= sentence.end - 1)) continue
    if (entry.when === 'before') {
      const following = nextWord(doc, sentence, last)
      if (!following || !entry.following.has(normalise(following.text))) continue
    }
    return {entry, last}
  }
  return undefined
}

function confusableRule(id: string, list: Confusable[], docs: Rule['docs']): Rule {
  const index = compile(list)
  const firsts = new Set(list.map((entry) => normalise(entry.phrase).split(' ')[0]))
  return {
    id,
    criterion: 'spelling',
    severity: 'error',
    docs,
    check(doc, context) {
      for (const sentence of writerSentences(doc)) {
        const words = sentence.words
        for (let at = 0; at < words.length - 1; at++) {
          if (!firsts.has(normalise(words[at].text))) continue
          if (isCodeLike(words[at].text)) continue
          const hit = confusableAt(doc, sentence, at, index)
          if (!hit) continue
          const actual = doc.text.slice(words[at].start, words[hit.last].end)
          const expected = matchCase(hit.entry.write, actual)
          context.report({
            start: words[at].start,
            end: words[hit.last].end,
            message: `'${actual}' should be '${expected}'.`,
            actual,
            expected,
            suggestion: `Replace '${actual}' with '${expected}'.`
          })
          at = hit.last
        }
      }
    }
  }
}

export const itsIts = confusableRule('spelling/its-its', data.confusables.its as Confusable[], {
  summary: '`its` where `it\'s` (it is, it has) is meant (`its been`, `its a`, `its not`), or `it\'s` where the possessive `its` is meant (`it\'s own`).',
  why: '`its` and `it\'s` are the apostrophe mix-up customers notice most; in a letter from an organisation it looks careless.',
  fail: 'Dear Mr Khan,\n\nI am sorry its been so long. The parcel is back with it\'s original packaging.\n\nYours sincerely,\nRyan Foster',
  pass: 'Dear Mr Khan,\n\nI am sorry it\'s been so long. The parcel is back with its original packaging.\n\nYours sincerely,\nRyan Foster',
  details:
    'Reports only the pairs listed in proof-words.json that cannot be read the other way: `its` before `been`, `a`, `an`, `not`, `going`, `getting`, `the`, `my`, `your`, `our`, `their`, `because`, `ok`, `fine`, `now`, `just`, `no`, `all`, `already` (and `its in`/`its on` before `the`, `your`, `stock`…); `it\'s` before `own`, `contents`, `name`. ' +
    'Not reported: a hyphenated second word (`its no-claims bonus`, `its all-in price`, `its not-for-profit arm`); `its` before a noun or adjective (`its original packaging`, `its best`, `its very own`), which is right; `it\'s` before anything else. Precision over recall: many wrong uses are left alone rather than risk a false alarm.'
})

export const yourYoure = confusableRule('spelling/your-youre', data.confusables.your as Confusable[], {
  summary: '`your` where `you\'re` (you are) is meant (`your welcome.`, `your going to`), or `you\'re` where `your` is meant (`you\'re order`).',
  why: '`your` and `you\'re` are a mix-up customers notice at once, often in the very sentence that thanks them.',
  fail: 'Dear Ms Shah,\n\nYou\'re order has been sent. If your not at home, the courier will leave a card.\n\nKind regards,\nLeah Morgan',
  pass: 'Dear Ms Shah,\n\nYour order has been sent. If you\'re not at home, the courier will leave a card.\n\nKind regards,\nLeah Morgan',
  details:
    'Reports only the pairs listed in proof-words.json that cannot be read the other way: `your` before `not`, `a`, `an`, `the`, `going to`, `entitled`, `eligible`, `unable`, `able`, `very welcome`; `your welcome`, `your right`, `your correct` only when they end the clause (`your welcome pack` and `your right to cancel` are right); `you\'re` before a noun such as `order`, `account`, `refund`, `parcel`, `details`, `email`, `payment`, `bill`, `address`, `appointment`, `complaint`, `own`. ' +
    'Not reported: a hyphenated or capital second word (`your A-level`, `your A grade`), `you\'re` before a verb in -ing (`you\'re booking`), which is right, and anything not listed.'
})

/** The word-level proofreading rules. */
export const wordRules: Rule[] = [repeatedWord, indefiniteArticle, lowercaseI, itsIts, yourYoure]
