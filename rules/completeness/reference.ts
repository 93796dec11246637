import type {Rule} from '../../src/types.js'
import data from './reference.json' with {type: 'json'}
import {compile, matches, readableText} from './text.js'

const CONCERNS = compile(data.concerns, 'i')
const SUBJECT_CONCERNS = compile(data.subjectConcerns, 'i')
const MAY_CONCERN = compile(data.mayConcern, 'i')
const REFERENCES = data.references.map((entry) => compile(entry.pattern, entry.caseSensitive ? '' : 'i'))

/** completeness/reference: a message about an order, case or claim quotes its reference. */
export const reference: Rule = {
  id: 'completeness/reference',
  criterion: 'completeness',
  severity: 'error',
  docs: {
    summary: 'A message about an order, case, claim, complaint or booking quotes its reference number.',
    why: 'Without the reference the customer cannot match the message to their order, and when they call back the adviser has to search for the case. Quoting it saves both sides time and avoids mix-ups.',
    fail: 'Subject: Your order is on its way\n\nDear Mrs Green,\n\nI am writing to confirm that your order has been dispatched and will arrive on Wednesday 25 November. Please call us on 01604 496 0215 if it does not.\n\nKind regards,\nSophie Turner',
    pass: 'Subject: Your order 73310 is on its way\n\nDear Mrs Green,\n\nI am writing to confirm that your order 73310 has been dispatched and will arrive on Wednesday 25 November. Please call us on 01604 496 0215 if it does not.\n\nKind regards,\nSophie Turner',
    details:
      'The message mentions an order or case when the body, opening or closing says "your order/case/claim/complaint/booking/reservation/ticket/invoice/job", or an email subject names one of these. A reference is a code such as "SRV-20931" or "INV-2291", a number after a reference word ("order 48213", "case number 2026-4471", "Our ref: Account 700 482 119"), or a merge field such as {{order_number}} (reference.json). ' +
      'Error when the message concerns an order or case (named in the email subject, the opening or the first body paragraph) and quotes no reference anywhere (subject, reference line, body or closing); warning when the order or case is only mentioned later in the body. Also a warning when the email subject names an order or case without its reference although the body quotes one (put it in the subject too), and when the message mentions "your policy/membership/contract/application/subscription" with no reference anywhere — unless it is one not made yet ("you have started your application", "to submit your application"), which has no reference to quote, and a mention inside an "If …" clause ("If you have already submitted your application, …"), a case the reader may be in rather than what the message is about. "Your account" alone is not enough: many messages mention an account without needing its number (and should not print it).'
  },
  check(doc, context) {
    const text = readableText(doc)
    const subject = doc.headers.subject
    const bodyText = subject
      ? text.slice(0, subject.start) + ' '.repeat(subject.end - subject.start) + text.slice(subject.end)
      : text
    const hasReference = REFERENCES.some((pattern) => !matches(pattern, text).next().done)
    // What a message is about shows in its subject, opening and first paragraph; an order mentioned
    // only in passing later ("you can track your order online") is advice, not an error.
    const leadEnd = doc.body.paragraphs[0]?.end ?? text.length
    const inBody = first(CONCERNS, bodyText)
    const inSubjectLine = subject ? inSubjectAt(doc.text, subject, first(SUBJECT_CONCERNS, subject.value)) : undefined
    const concern = inBody && inBody.start < leadEnd ? inBody : (inSubjectLine ?? inBody)
    if (concern && !hasReference) {
      const central = concern !== inBody || concern.start < leadEnd
      context.report({
        severity: central ? undefined : 'warning',
        start: concern.start,
        end: concern.end,
        message: `The message is about ${article(concern.noun)} but quotes no reference number.`,
        actual: concern.text,
        expected: `the ${concern.noun} number, e.g. "${concern.noun} 48213"`,
        suggestion: `Quote the ${concern.noun} number in the subject or first paragraph, e.g. "your ${concern.noun} 48213".`
      })
      return
    }
    const inSubject = subject ? first(SUBJECT_CONCERNS, subject.value) : undefined
    if (
      subject &&
      inSubject &&
      doc.kind === 'email' &&
      !REFERENCES.some((pattern) => !matches(pattern, subject.value).next().done)
    ) {
      context.report({
        severity: 'warning',
        start: subject.start,
        end: subject.end,
        message: `The subject mentions ${article(inSubject.noun)} but not its reference.`,
        actual: subject.value,
        expected: 'the reference in the subject line',
        suggestion: `Add the ${inSubject.noun} number to the subject, e.g. "${subject.value} (${inSubject.noun} 48213)".`
      })
      return
    }
    const weak = hasReference ? undefined : madeMention(bodyText)
    if (weak) {
      context.report({
        severity: 'warning',
        start: weak.start,
        end: weak.end,
        message: `The message mentions ${weak.text.toLowerCase()} but quotes no reference for it.`,
        actual: weak.text,
        expected: `the ${weak.noun} number`,
        suggestion: `Quote the ${weak.noun} number so the customer can quote it back.`
      })
    }
  }
}

/**
 * An application, a policy or a subscription not yet made (`you've started your application`,
 * `to submit your application`, `complete your application`) has no reference yet.
 */
const NOT_YET_MADE =
  /\b(?:start|started|starting|begin|began|begun|complete|completing|submit|submitting|finish|finishing|continue|continuing|make|making|fill in|filling in)\s+(?:and\s+submit\s+)?$/i

const HYPOTHETICAL = /^\s*(?:if|unless|in case)\b[^,;:]*$/i

/** The first mention of an application, policy, membership… that exists already. */
function madeMention(text: string): Mention | undefined {
  for (const match of matches(MAY_CONCERN, text)) {
    if (NOT_YET_MADE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue
    // In an `If …` clause it is a case the reader may be in, not what the message is about.
    const clause =
      text
        .slice(Math.max(0, match.index - 80), match.index)
        .split(/[.!?\n]/)
        .pop() ?? ''
    if (HYPOTHETICAL.test(clause)) continue
    return {start: match.index, end: match.index + match[0].length, text: match[0], noun: match[1].toLowerCase()}
  }
  return undefined
}

interface Mention {
  start: number
  end: number
  text: string
  noun: string
}

function first(pattern: RegExp, text: string): Mention | undefined {
  const match = matches(pattern, text).next().value
  if (!match) return undefined
  return {start: match.index, end: match.index + match[0].length, text: match[0], noun: match[1].toLowerCase()}
}

/** A mention found in the subject's value, placed in the text (the whole subject when the raw header was encoded). */
function inSubjectAt(
  text: string,
  subject: {start: number; end: number; value: string},
  mention: Mention | undefined
): Mention | undefined {
  if (!mention) return undefined
  if (text.slice(subject.start, subject.end) !== subject.value)
    return {...mention, start: subject.start, end: subject.end}
  return {...mention, start: mention.start + subject.start, end: mention.end + subject.start}
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`
}
