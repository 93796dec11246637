import type {Rule} from '../../src/types.js'
import data from './hedges.json' with {type: 'json'}
import {bodySentences, normaliseWord, type PhraseMatch, PhraseMatcher, spanText} from './text.js'

/** Options of clarity/hedge. */
export interface HedgeOptions {
  /** How many softeners ("quite", "very", "really" …) in one sentence count as piled up. */
  pile: number
}

interface HedgeEntry {
  phrase: string
  kind: 'weakening' | 'softener'
}

const matcher = new PhraseMatcher<HedgeEntry>([
  ...data.weakening.map((phrase) => ({phrase, kind: 'weakening' as const})),
  ...data.softeners.map((phrase) => ({phrase, kind: 'softener' as const}))
])
/** Before these, "kind of" and "sort of" are nouns: "what kind of cover". */
const DETERMINERS = new Set([
  'what',
  'which',
  'this',
  'that',
  'the',
  'a',
  'any',
  'every',
  'some',
  'each',
  'same',
  'other',
  'no',
  'one',
  'whatever',
  'these',
  'those',
  'your',
  'our',
  'its'
])

/** clarity/hedge: no hedges that weaken a statement, and no pile of softeners. */
export const hedge: Rule<HedgeOptions> = {
  id: 'clarity/hedge',
  criterion: 'clarity',
  severity: 'warning',
  docs: {
    summary:
      'Statements and promises are not weakened by hedges ("I think", "hopefully") or a pile of softeners ("quite", "really").',
    why: '"Hopefully your refund should arrive" leaves the customer unsure whether it will. Say what you know plainly, and say what you do not know as a fact ("We do not know yet; we will tell you by Friday").',
    fail: 'Dear Mr Lee,\n\nThank you for your email about your refund. I think it has been processed, and hopefully it will reach your account by Friday.\n\nKind regards,\nAnna Cole',
    pass: 'Dear Mr Lee,\n\nThank you for your email about your refund. We processed it on Monday, and it will reach your account by Friday. I am very sorry for the wait.\n\nKind regards,\nAnna Cole',
    details:
      'Warning for each weakening hedge in the body (hedges.json "weakening": "I think", "I believe", "hopefully", "sort of", "basically", "arguably", "as far as I know" …). ' +
      'Softeners ("quite", "fairly", "rather", "very", "really", "actually", "probably" …) are fine alone — "I am very sorry" is not reported — and give one warning per sentence only when `pile` (default 2) or more of them appear in it. "what kind of" and "this sort of" are not hedges.'
  },
  schema: {
    type: 'object',
    properties: {pile: {type: 'integer', minimum: 2}},
    additionalProperties: false
  },
  defaults: {pile: 2},
  check(doc, context) {
    const pile = context.options.pile ?? 2
    for (const sentence of bodySentences(doc)) {
      const softeners: Array<PhraseMatch<HedgeEntry>> = []
      for (const match of matcher.find(sentence, doc.prose)) {
        if (isNoun(match, sentence.words)) continue
        if (match.entry.kind === 'softener') {
          softeners.push(match)
          continue
        }
        const actual = spanText(doc, match.start, match.end)
        context.report({
          start: match.start,
          end: match.end,
          message: `"${actual}" weakens what you say: the customer cannot tell whether it is true.`,
          actual,
          expected: 'a plain statement',
          suggestion: `Delete "${actual}" and state what you know, or say plainly what you do not know yet and when you will.`
        })
      }
      if (softeners.length < pile) continue
      const words = softeners.map((match) => `"${spanText(doc, match.start, match.end)}"`)
      context.report({
        start: softeners[0].start,
        end: softeners.at(-1)!.end,
        message: `${softeners.length} softeners pile up in one sentence (${words.join(', ')}): together they weaken it.`,
        actual: words.join(', '),
        expected: `fewer than ${pile} softeners in a sentence`,
        suggestion: `Keep at most one of ${words.join(', ')}, or give the exact figure or fact instead.`
      })
    }
  }
}

function isNoun(match: PhraseMatch<HedgeEntry>, words: readonly {text: string}[]): boolean {
  if (match.entry.phrase !== 'kind of' && match.entry.phrase !== 'sort of') return false
  return match.index > 0 && DETERMINERS.has(normaliseWord(words[match.index - 1].text))
}
