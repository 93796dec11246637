/**
 * spelling/confused-word: words learners confuse, where the context rules one out (`should of`,
 * `their is`, `better then`, `to loose`, `who's idea`, `will effect you`, `Me and my friend was`).
 * Pairs: confused-words.json.
 */
import type {CorrDocument, Rule, Sentence} from '../../src/types.js'
import data from './confused-words.json' with {type: 'json'}
import {matchCase, normalWords, writerSentences} from './proof-text.js'

interface Pair {
  word: string
  write: string
  after?: string[]
  before?: string[]
  notBefore?: string[]
  notAfter?: string[]
  afterMore?: boolean
  needsNext?: boolean
  start?: boolean
}

interface CompiledPair extends Pair {
  afterSet?: Set<string>
  beforeSet?: Set<string>
  notBeforeSet: Set<string>
  notAfterSet: Set<string>
}

const set = (words: string[] | undefined): Set<string> | undefined => (words ? new Set(words) : undefined)
const PAIRS = new Map<string, CompiledPair[]>()
for (const pair of data.pairs as Pair[]) {
  const compiled: CompiledPair = {
    ...pair,
    afterSet: set(pair.after),
    beforeSet: set(pair.before),
    notBeforeSet: new Set(pair.notBefore ?? []),
    notAfterSet: new Set(pair.notAfter ?? [])
  }
  PAIRS.set(pair.word, [...(PAIRS.get(pair.word) ?? []), compiled])
}
const OPENERS = new Set(data.meAnd.openers)
const VERBS = new Set(data.meAnd.verbs)

/** Whether only spaces (or tabs) separate words `a` and `a + 1` of a sentence. */
function joined(doc: CorrDocument, sentence: Sentence, a: number): boolean {
  const first = sentence.words[a]
  const second = sentence.words[a + 1]
  return first !== undefined && second !== undefined && /^[ \t]+$/.test(doc.prose.slice(first.end, second.start))
}

/** The pair that word `index` of `sentence` is confused in, if any. */
function pairAt(doc: CorrDocument, sentence: Sentence, index: number): CompiledPair | undefined {
  const words = sentence.words
  const normal = normalWords(sentence)
  const candidates = PAIRS.get(normal[index])
  if (!candidates) return undefined
  const previous = index > 0 && joined(doc, sentence, index - 1) ? words[index - 1] : undefined
  // A capitalised word before, mid-sentence, is a name or a month (`in May of 2020`, `Will`), not a verb.
  const previousLower = previous && (index - 1 === 0 || !/^\p{Lu}/u.test(previous.text)) ? normal[index - 1] : undefined
  const next = joined(doc, sentence, index) ? words[index + 1] : undefined
  const nextLower = next ? normal[index + 1] : undefined
  for (const pair of candidates) {
    if (pair.start) {
      if (index !== 0 || !next) continue
      return pair
    }
    if (pair.afterSet) {
      const beforeMore = index >= 2 && joined(doc, sentence, index - 2) ? normal[index - 2] : undefined
      const afterMore = pair.afterMore && previous && (beforeMore === 'more' || beforeMore === 'less')
      if (!(previousLower && pair.afterSet.has(previousLower)) && !afterMore) continue
    }
    // `then` meaning "at that time" ends the clause (`we will know more then.`): a word must follow.
    if (pair.needsNext && !next) continue
    if (pair.beforeSet && !(nextLower && pair.beforeSet.has(nextLower))) continue
    if (nextLower && pair.notBeforeSet.has(nextLower)) continue
    if (previousLower && pair.notAfterSet.has(previousLower)) continue
    // A number or a hyphenated word after it is a date or a compound (`May of 2020`, `their is-it-worth-it test`).
    if (next && (/^\d/.test(next.text) || doc.prose[next.end] === '-')) continue
    return pair
  }
  return undefined
}

export const confusedWord: Rule = {
  id: 'spelling/confused-word',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary:
      "A word confused with another where the context rules it out: `should of`, `their is`, `there own`, `better then`, `to loose`, `who's idea`, `whose going`, `will effect you`, `an affect`, `Me and my friend was`.",
    why: 'These are the confusions a tutor or an examiner marks in every script, and a customer reads them as carelessness; a spell checker misses them because each word is spelt right.',
    fail: 'Dear Mr Wilson,\n\nYou should of asked us first. Their is nothing to do in the evening, and the centre is more expensive then the old one. People will loose interest.\n\nYours sincerely,\nHannah Schmidt',
    pass: 'Dear Mr Wilson,\n\nYou should have asked us first. There is nothing to do in the evening, and the centre is more expensive than the old one. People will lose interest.\n\nYours sincerely,\nHannah Schmidt',
    details:
      "Reports only pairs of confused-words.json in a context where the word cannot be right, with the word meant: `of` after `should`, `could`, `would`, `must`, `might`, `may` (`have`; not `of course`, `of necessity`, `of all`); `their` before `is`, `are`, `was`, `were` (`there`) or `going`, `coming`, `not` (`they're`); `there` before `own`, `parents`, `tickets`… (`their`; not after `is`, `are`, `get`, `go`: `are there parents here?`); `they're` before `own`, `coach`, `car`, `tickets`… (`their`); `then` after a comparative (`better`, `more`, `rather`, `other`, `more expensive`) with a word after it (`than`; `we will know more then.` is right); `than` after `since`, `until`, `back`, `and`, `by` or starting a sentence (`then`); `loose` after `to`, `will`, `can`, `don't`… (`lose`; not `loose ends`, `loose fit`); `lose` after `too`, `very`, `came`, `a` (`loose`); `who's` before `idea`, `fault`, `name`, `car`… (`whose`); `whose` before `going`, `coming`, `been`, `responsible` (`who's`); `effect` after `will`, `would`, `not`… and before a person or `your`, `our`… (`affect`); `affect` after `an`, `the`, `no`, `any`, `positive`, `side` (`effect`); `Me and my friend` + a verb, at the start of a sentence or after `because`, `when`, `yesterday`… (`My friend and I`, with `were` for `was`). " +
      'Not reported: words separated by punctuation or a line break; a capitalised word before (`in May of 2020`); a number or a hyphenated word after; anything not listed. Precision over recall: many confusions are left alone rather than risk a false alarm.'
  },
  check(doc, context) {
    for (const sentence of writerSentences(doc)) {
      const words = sentence.words
      const normal = normalWords(sentence)
      for (let index = 0; index < words.length; index++) {
        if (normal[index] === 'me') {
          const subject = meAndAt(doc, sentence, index)
          if (subject) {
            const actual = doc.text.slice(words[index].start, words[subject.last].end)
            context.report({
              start: words[index].start,
              end: words[subject.last].end,
              message: `'${actual}' is the subject of the sentence: write '${subject.write}'.`,
              actual,
              expected: subject.write,
              suggestion: `Replace '${actual}' with '${subject.write}'.`
            })
            index = subject.last
          }
          continue
        }
        const pair = pairAt(doc, sentence, index)
        if (!pair) continue
        const actual = words[index].text
        const expected = matchCase(pair.write, actual)
        context.report({
          start: words[index].start,
          end: words[index].end,
          message: `'${actual}' should be '${expected}' here.`,
          actual,
          expected,
          suggestion: `Replace '${actual}' with '${expected}'.`
        })
      }
    }
  }
}

/** `Me and my friend was` at word `index`: the words up to the verb, and what to write. */
function meAndAt(doc: CorrDocument, sentence: Sentence, index: number): {last: number; write: string} | undefined {
  const words = sentence.words
  const normal = normalWords(sentence)
  if (index > 0 && !(joined(doc, sentence, index - 1) && OPENERS.has(normal[index - 1]))) return undefined
  if (!joined(doc, sentence, index) || normal[index + 1] !== 'and') return undefined
  // One to three words naming the other person, then a verb, with only spaces between.
  for (let verb = index + 3; verb <= index + 5 && verb < words.length; verb++) {
    if (!joined(doc, sentence, verb - 1)) return undefined
    const lower = normal[verb]
    if (!VERBS.has(lower)) continue
    const other = doc.text.slice(words[index + 2].start, words[verb - 1].end)
    const verbText = lower === 'was' ? 'were' : words[verb].text
    const write = `${/^\p{Lu}/u.test(words[index].text) ? other.charAt(0).toUpperCase() + other.slice(1) : other} and I ${verbText}`
    return {last: verb, write}
  }
  return undefined
}
