import type {Rule} from '../../src/types.js'

const PREFIX = /^(?:re|fw|fwd|aw|wg|sv|tr) ?(?:\[\d+\])? ?:/i
/** Words that add nothing specific to a subject: `Your`, `ur`, `recent`, `the`. */
const FILLER = new Set('your ur yr my our the a an recent latest new about regarding re ref update on'.split(' '))
/** A topic on its own that could be any customer's: `order`, `query`, `refund`. */
const GENERIC = new Set(
  (
    'query queries enquiry inquiry order orders refund request complaint account email message letter update issue ' +
    'problem question information info details application booking claim payment bill invoice case matter delivery ' +
    'appointment feedback response reply follow-up followup contact service purchase item items parcel'
  ).split(' ')
)

/** structure/subject-line: an email has a specific subject line. */
export const subjectLine: Rule = {
  id: 'structure/subject-line',
  criterion: 'structure',
  severity: 'error',
  docs: {
    summary: 'An email has a specific subject line: not empty, not only "Re:"/"Fw:", not one word, not in capitals.',
    why: 'The subject is the first thing the customer reads and how they find the message again; a vague or shouting subject gets ignored or misread.',
    fail: 'Subject: Re: Re: Fw: Update\n\nDear Mr Khan,\n\nYour refund of £4.99 has been approved and will reach your account by Friday 27 November.\n\nKind regards,\nSam Okafor',
    pass: 'Subject: Your refund of £4.99 for order 48213\n\nDear Mr Khan,\n\nYour refund of £4.99 has been approved and will reach your account by Friday 27 November.\n\nKind regards,\nSam Okafor',
    details:
      'Checked only for emails whose headers are known (an .eml file, or a draft that starts with header lines such as "To:"). Errors: no Subject header, an empty subject, a subject that is only reply/forward prefixes, a one-word subject after the prefixes, a vague subject that is only a generic topic ("Your query", "Your recent order", "ur refund"), a subject in capitals.'
  },
  check(doc, context) {
    if (doc.kind !== 'email') return
    const headers = doc.headers
    const subject = headers.subject
    if (!subject) {
      const other = headers.to ?? headers.from ?? headers.cc
      if (!other) return
      context.report({
        start: other.start,
        end: other.end,
        message: 'The email has no subject line.',
        expected: 'a specific subject, e.g. "Your refund for order 48213"',
        suggestion: 'Add a "Subject:" line that says what the email is about.'
      })
      return
    }
    const value = subject.value.trim()
    const topic = withoutPrefixes(value)
    const words = topic.split(/\s+/).filter((word) => /\p{L}/u.test(word))
    const letters = topic.replace(/[^\p{L}]/gu, '')
    let problem: string | undefined
    if (value === '') problem = 'The subject line is empty.'
    else if (topic === '') problem = `The subject "${value}" is only reply or forward prefixes.`
    else if (words.length < 2) problem = `The subject "${value}" is one word: it does not say what the email is about.`
    else if (isVague(topic.split(/\s+/))) {
      problem = `The subject "${value}" is vague: it could head any customer's email and does not say what this one is about.`
    } else if (letters.length >= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) {
      problem = `The subject "${value}" is in capitals, which reads as shouting.`
    }
    if (!problem) return
    context.report({
      start: subject.start,
      end: value === '' ? subject.start : subject.end,
      message: problem,
      actual: value,
      expected: 'a specific subject of a few words in sentence case',
      suggestion: 'Say what the email is about and any reference, e.g. "Your refund for order 48213".'
    })
  }
}

/** Only filler and one generic topic word (`Your query`, `Your recent order`, `ur refund`): no detail or number. */
function isVague(words: string[]): boolean {
  const rest = words.map((word) => word.toLowerCase().replace(/[^\p{L}-]/gu, '')).filter((word) => !FILLER.has(word))
  return rest.length <= 1 && (rest.length === 0 || GENERIC.has(rest[0])) && words.every((word) => !/\d/.test(word))
}

/** The subject without its `Re:`/`Fw:` prefixes, however many (a loop: a repeated regex group is quadratic). */
function withoutPrefixes(subject: string): string {
  let rest = subject.trim()
  for (let match = PREFIX.exec(rest); match; match = PREFIX.exec(rest)) rest = rest.slice(match[0].length).trimStart()
  return rest
}
