import type {Rule} from '../../src/types.js'
import {bodySentences, matchCase, PhraseMatcher, spanText} from './text.js'
import data from './wordy-phrases.json' with {type: 'json'}

/** Options of clarity/wordy-phrase. */
export interface WordyPhraseOptions {
  /** Phrases from the list not to report (lower case). */
  ignore: string[]
}

interface WordyEntry {
  phrase: string
  replace: string[]
  source: string
}

const matcher = new PhraseMatcher<WordyEntry>(data.phrases)

/** clarity/wordy-phrase: plain words instead of wordy or bureaucratic phrases. */
export const wordyPhrase: Rule<WordyPhraseOptions> = {
  id: 'clarity/wordy-phrase',
  criterion: 'clarity',
  severity: 'warning',
  docs: {
    summary: 'Plain words instead of wordy phrases: "to" not "in order to", "if" not "in the event that".',
    why: 'Wordy phrases add reading time and sound like a form letter. A customer trusts a reply that sounds like a person talking to them.',
    fail: 'Dear Mrs Ali,\n\nThank you for your call. In order to change your delivery date, we need your order number. We will call you prior to the visit.\n\nKind regards,\nTom Ford',
    pass: 'Dear Mrs Ali,\n\nThank you for your call. To change your delivery date, we need your order number. We will call you before the visit.\n\nKind regards,\nTom Ford',
    details:
      'Warning for each phrase of wordy-phrases.json found in the body, with its plain alternative ("in order to" → "to", "at this moment in time" → "now", "in the event that" → "if", "with regard to" → "about", "prior to" → "before", "please be advised that" → delete). ' +
      'The list is curated from retext-simplify and UK plain-English lists; words that are normal in customer service ("request", "provide", "additional", "assist", "ensure", "purchase", "regarding") are left out on purpose. Entries are phrase patterns ("{make} a decision" covers made, making …). Use the `ignore` option to drop an entry (as written in the list) or a phrase as it appears in the text.'
  },
  schema: {
    type: 'object',
    properties: {ignore: {type: 'array', items: {type: 'string'}}},
    additionalProperties: false
  },
  defaults: {ignore: []},
  check(doc, context) {
    const ignore = new Set((context.options.ignore ?? []).map((phrase) => phrase.toLowerCase()))
    for (const sentence of bodySentences(doc)) {
      for (const match of matcher.find(sentence, doc.prose)) {
        const {phrase, replace} = match.entry
        const actual = spanText(doc, match.start, match.end)
        if (ignore.has(phrase) || ignore.has(actual.toLowerCase())) continue
        const plain = replace.map((word) => `"${matchCase(word, actual)}"`)
        const alternative = plain.length === 0 ? 'delete it' : `use ${plain.join(' or ')}`
        context.report({
          start: match.start,
          end: match.end,
          message: `"${actual}" is wordy: ${alternative}.`,
          actual,
          expected: replace.length === 0 ? '(nothing)' : replace.join(' / '),
          suggestion: replace.length === 0 ? `Delete "${actual}".` : `Replace "${actual}" with ${plain.join(' or ')}.`,
          ...(replace.length === 1
            ? {fix: {start: match.start, end: match.end, text: matchCase(replace[0], actual)}}
            : {})
        })
      }
    }
  }
}
