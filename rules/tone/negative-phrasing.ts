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
/**
 * A rule the requirement comes from, named in the sentence or the one before it in its paragraph
 * (`There is a strict embargo … You must not make any announcement`, `Under the terms of your
 * licence, you must …`): the message states an obligation, as GOV.UK style uses "must" for legal
 * requirements. "Our policy" is not one: hiding behind it is what the rule reports.
 */
const RULE_SOURCE =
  /\b(?:embargo|terms and conditions|the terms of|conditions of|by law|the law|legally|legal requirement|regulations?|statutory|licence conditions|is a requirement|are required by)\b/i

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
      'Warning for milder negative phrasing ("our policy states", "as per our terms", "there is nothing we can do", "that\'s not my department", "impossible", "you must" — but not in a sentence that opens with a condition, "If you change the figures, you must sign the statement", which states a requirement, nor beside a named rule it comes from, "There is a strict embargo … You must not announce it", "under the terms of your licence", nor "you must be very disappointed", which is empathy), for "unfortunately" used more than once, and for "problem"/"issue" used more than twice. Lists with alternatives are in negative-phrasing.json; blaming the customer is tone/blame, an error. The `complaint-reply` preset makes this rule an error.'
  },
  check(doc, context) {
    const sentences = bodySentences(doc)
    for (const match of matcher.findAll(sentences, doc.prose)) {
      if (excused(match)) continue
      // A requirement, not an order: after a condition, or beside the rule it comes from.
      if (match.entry.unlessCondition && opensWithCondition(match.sentence, match.index)) continue
      if (match.entry.unlessCondition && statesRule(doc, sentences, match.sentence)) continue
      reportRephrase(doc, context, match)
    }
    for (const counted of COUNTED) reportPiledUp(doc, sentences, counted, context)
  }
}

/** Whether a phrase after the first word stands in a sentence that opens with a condition ("If …"). */
function opensWithCondition(sentence: Sentence, index: number): boolean {
  return index > 0 && CONDITIONS.has(normaliseWord(sentence.words[0].text))
}

/** Whether the sentence, or the one before it in the same paragraph, names the rule an obligation comes from. */
function statesRule(doc: CorrDocument, sentences: readonly Sentence[], sentence: Sentence): boolean {
  if (RULE_SOURCE.test(sentence.text)) return true
  const index = sentences.indexOf(sentence)
  const previous = index > 0 ? sentences[index - 1] : undefined
  // The same paragraph: no blank line between them.
  return (
    previous !== undefined &&
    !/\n[ \t]*\n/.test(doc.text.slice(previous.end, sentence.start)) &&
    RULE_SOURCE.test(previous.text)
  )
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
