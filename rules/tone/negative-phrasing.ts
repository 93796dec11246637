import {normalisedWords} from '../../src/text/words.js'
import type {CorrDocument, Rule, RuleContext, Sentence, Word} from '../../src/types.js'
import data from './negative-phrasing.json' with {type: 'json'}
import {
  bodySentences,
  excused,
  matchCase,
  normaliseWord,
  PhraseMatcher,
  quote,
  type RephraseEntry,
  reportRephrase
} from './text.js'

interface NegativeEntry extends RephraseEntry {
  /** Not reported in a sentence that opens with a condition ("If you change it, you must sign"): a requirement. */
  unlessCondition?: boolean
}

const CONDITIONS = new Set(['if', 'when', 'once', 'before', 'after', 'unless', 'until', 'whenever', 'where', 'should'])

const matcher = new PhraseMatcher<NegativeEntry>(data.phrases)
/** Word families that may be used only so many times ("unfortunately", "problem"/"issue"). */
const COUNTED = data.counted.map((counted) => ({...counted, family: new Set(counted.words)}))

/** tone/negative-phrasing: positive alternatives to negative phrasing (blaming the customer is tone/blame). */
export const negativePhrasing: Rule = {
  id: 'tone/negative-phrasing',
  criterion: 'tone',
  severity: 'warning',
  docs: {
    summary:
      'Positive alternatives to negative phrasing: not hiding behind policy ("our policy states"), not "there is nothing we can do", not piling up "unfortunately".',
    why: 'Saying what you can do, rather than what the rules forbid or what cannot be done, keeps the customer on your side; a reply full of "unfortunately" and "problem" keeps their attention on what went wrong.',
    fail: 'Dear Mrs Shah,\n\nThank you for your email about your return. Our returns policy states that we cannot refund opened items, and there is nothing we can do.\n\nKind regards,\nTom Price',
    pass: 'Dear Mrs Shah,\n\nThank you for your email about your return. We can refund unopened items, and for opened ones we can offer an exchange or a repair.\n\nKind regards,\nTom Price',
    details:
      'Warning for milder negative phrasing ("our policy states", "as per our terms", "there is nothing we can do", "that\'s not my department", "impossible", "you must" — but not in a sentence that opens with a condition, "If you change the figures, you must sign the statement", which states a requirement, nor "you must be very disappointed", which is empathy), for "unfortunately" used more than once, and for "problem"/"issue" used more than twice. Lists with alternatives are in negative-phrasing.json; blaming the customer is tone/blame, an error. The `complaint-reply` preset makes this rule an error.'
  },
  check(doc, context) {
    const sentences = bodySentences(doc)
    for (const match of matcher.findAll(sentences, doc.prose)) {
      if (excused(match) || (match.entry.unlessCondition && opensWithCondition(match.sentence, match.index))) continue
      reportRephrase(doc, context, match)
    }
    for (const counted of COUNTED) reportPiledUp(doc, sentences, counted, context)
  }
}

/** Whether a phrase after the first word stands in a sentence that opens with a condition ("If …"). */
function opensWithCondition(sentence: Sentence, index: number): boolean {
  return index > 0 && CONDITIONS.has(normaliseWord(sentence.words[0].text))
}

/** Report every use after the first `max` of a counted word family. */
function reportPiledUp(
  doc: CorrDocument,
  sentences: readonly Sentence[],
  counted: (typeof COUNTED)[number],
  context: RuleContext
): void {
  // The sentences' words as the phrase matchers normalised them (made once per sentence).
  const uses: Word[] = []
  for (const sentence of sentences) {
    const normal = normalisedWords(sentence, normaliseWord)
    for (let index = 0; index < normal.length; index++)
      if (counted.family.has(normal[index])) uses.push(sentence.words[index])
  }
  for (const word of uses.slice(counted.max)) {
    context.report({
      start: word.start,
      end: word.end,
      message: `"${word.text}" is used ${uses.length} times: ${counted.why}.`,
      actual: `${uses.length} × ${counted.words[0]} (e.g. "${quote(doc, word.start, word.end)}")`,
      expected: `at most ${counted.max}`,
      suggestion: `${matchCase(counted.instead, 'S')}.`
    })
  }
}
