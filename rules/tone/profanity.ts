import type {Rule} from '../../src/types.js'
import uk from './profanity-uk.json' with {type: 'json'}
import {retextMessages} from './retext.js'
import {normaliseWord, PhraseMatcher, severityFor} from './text.js'

const british = new PhraseMatcher<{phrase: string; unlessNext?: string[]}>(uk.words)

/** tone/profanity: no profane or offensive words (retext-profanities, minus business false alarms). */
export const profanity: Rule = {
  id: 'tone/profanity',
  criterion: 'tone',
  severity: 'error',
  docs: {
    summary:
      "No profane or offensive words in the writer's prose (retext-profanities), with ordinary business words allowed.",
    why: 'Swearing or insults in a reply are unprofessional, can be a disciplinary matter, and stay on the customer\'s record for good. Even a mild "damn" undermines an apology.',
    fail: 'Dear Mr Evans,\n\nThank you for your email. I am sorry the damn courier left your parcel outside; I have sent a replacement today.\n\nKind regards,\nLaura Jennings',
    pass: 'Dear Mr Evans,\n\nThank you for your email. I am sorry the courier left your parcel outside; I have sent a replacement today.\n\nKind regards,\nLaura Jennings',
    details:
      'Error for words retext-profanities rates as profane ("bullshit", "idiot", "stupid"); warning for words it rates as maybe profane ("damn", "sucks"); words it rates as profane only in some cases are not reported. ' +
      'British swearing the plugin does not know ("bloody typical", "sodding", "pissed off", "bollocks") is an error too (profanity-uk.json), but not a literal "bloody nose" in an injury claim. ' +
      'Ordinary business words the plugin flags ("crack" in a pipe, "screw", "Black Friday", "execute", "period", "failed", "toilet") are allowed in retext-allow.json. Quoted customer text is never checked.'
  },
  check(doc, context) {
    for (const match of british.findAll(doc.sentences, doc.prose)) {
      const next = match.sentence.words[match.index + match.words]
      if (next && match.entry.unlessNext?.includes(normaliseWord(next.text))) continue
      // A line quoted with ">" is the customer's, even where the splitter did not set it aside.
      if (/^[ \t]*>/.test(doc.text.slice(doc.text.lastIndexOf('\n', match.start - 1) + 1, match.start))) continue
      const actual = doc.text.slice(match.start, match.end)
      context.report({
        start: match.start,
        end: match.end,
        message: `"${actual}" is swearing to a British reader.`,
        actual,
        expected: 'neutral wording',
        suggestion: `Delete "${actual}" or use a neutral word.`
      })
    }
    for (const message of retextMessages(doc)) {
      if (message.source !== 'retext-profanities') continue
      const severe = (message.profanitySeverity ?? 0) >= 2
      context.report({
        start: message.start,
        end: message.end,
        severity: severe ? undefined : severityFor(context, profanity.id, 'warning'),
        message: severe
          ? `"${message.actual}" is profane or offensive.`
          : `"${message.actual}" may read as profane or rude.`,
        actual: message.actual,
        expected: 'neutral wording',
        suggestion: `Delete "${message.actual}" or use a neutral word.`
      })
    }
  }
}
