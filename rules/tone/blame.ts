import {normalisedWords} from '../../src/text/words.js'
import type {CorrDocument, Rule, Sentence, Word} from '../../src/types.js'
import data from './blame.json' with {type: 'json'}
import {apologises, bodySentences, matchCase, normalise, PhraseMatcher, quote, severityFor} from './text.js'

interface BlameEntry {
  phrase: string
  level: string
  why: string
  instead: string
  unlessNext?: string[]
  /** Not reported in a sentence that apologises ("I am sorry our driver was rude"): that is empathy. */
  unlessApology?: boolean
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

const matcher = new PhraseMatcher<BlameEntry>(data.phrases)
const negators = new Set(['not', 'never', 'no', 'cannot'])
/** Word families that may be used only so many times ("unfortunately", "problem"/"issue"). */
const COUNTED = data.counted.map((counted) => ({...counted, family: new Set(counted.words)}))

/** tone/blame: no blaming the customer, and positive alternatives to negative phrasing. */
export const blame: Rule = {
  id: 'tone/blame',
  criterion: 'tone',
  severity: 'error',
  docs: {
    summary:
      'No blaming or talking down to the customer ("you failed to", "as I already explained"); positive alternatives to negative phrasing.',
    why: 'A reply that blames the customer or sounds impatient turns a problem into an argument, and it stays on record. Saying what you can do, rather than what the customer did wrong or what the rules forbid, keeps the customer on your side.',
    fail: 'Dear Mr Evans,\n\nThank you for your email about order 51288. As I already explained, you failed to tell us that the porch was not secure.\n\nRegards,\nLaura Jennings',
    pass: 'Dear Mr Evans,\n\nThank you for your email about order 51288. To recap, the courier left the parcel in the safe place chosen when the order was placed.\n\nRegards,\nLaura Jennings',
    details:
      'Error for phrases that blame or talk down to the customer ("you failed to", "you should have", "you didn\'t read", "as I already explained", "as stated previously", "calm down", "the customer\'s fault"), unless negated ("this was not your fault"), and for words that judge the customer or the people who work for you ("you are being unreasonable", "our warehouse staff, who are frankly useless"; a judging word is one AFINN-165 rates -2 or below, see src/text/judging.json) unless the sentence apologises ("I am sorry our driver was rude"). Entries are phrase patterns ({fail} for every form of a word, (a|b) alternatives, ... a gap of words). ' +
      'Warning for milder negative phrasing ("our policy states", "there is nothing we can do", "that\'s not my department", "impossible", "you must" — but not in a sentence that opens with a condition, "If you change the figures, you must sign the statement", which states a requirement, nor beside a named rule it comes from, "There is a strict embargo … You must not announce it", "under the terms of your licence"), for "unfortunately" used more than once, and for "problem"/"issue" used more than twice. Lists with alternatives are in blame.json.'
  },
  check(doc, context) {
    const sentences = bodySentences(doc)
    for (const match of matcher.findAll(sentences, doc.prose)) {
      const {entry} = match
      if (entry.level === 'blame' && negated(match.sentence, match.index)) continue
      const next = match.sentence.words[match.index + match.words]
      if (next && entry.unlessNext?.includes(normalise(next.text))) continue
      if (entry.unlessApology && apologises(match.sentence)) continue
      if (entry.unlessCondition && match.index > 0 && CONDITIONS.has(normalise(match.sentence.words[0].text))) continue
      if (entry.unlessCondition && statesRule(doc, sentences, match.sentence)) continue
      const actual = doc.text.slice(match.start, match.end)
      const instead = matchCase(entry.instead, actual)
      context.report({
        start: match.start,
        end: match.end,
        severity: entry.level === 'blame' ? undefined : severityFor(context, blame.id, 'warning'),
        message: `"${actual}" ${entry.why}.`,
        actual,
        expected: instead,
        suggestion: `Rephrase positively, e.g. "${instead}".`
      })
    }
    for (const counted of COUNTED) reportPiledUp(doc, sentences, counted, context)
  }
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
  context: Parameters<Rule['check']>[1]
): void {
  // The sentences' words as the phrase matchers normalised them (made once per sentence).
  const uses: Word[] = []
  for (const sentence of sentences) {
    const normal = normalisedWords(sentence, normalise)
    for (let index = 0; index < normal.length; index++)
      if (counted.family.has(normal[index])) uses.push(sentence.words[index])
  }
  for (const word of uses.slice(counted.max)) {
    context.report({
      start: word.start,
      end: word.end,
      severity: severityFor(context, blame.id, 'warning'),
      message: `"${word.text}" is used ${uses.length} times: ${counted.why}.`,
      actual: `${uses.length} × ${counted.words[0]} (e.g. "${quote(doc, word.start, word.end)}")`,
      expected: `at most ${counted.max}`,
      suggestion: `${matchCase(counted.instead, 'S')}.`
    })
  }
}

/** Whether the phrase at `index` is negated by the word before it (`not your fault`). */
function negated(sentence: Sentence, index: number): boolean {
  const before = sentence.words[index - 1]
  if (!before) return false
  const word = normalise(before.text)
  return negators.has(word) || word.endsWith("n't")
}
