/**
 * Whether a draft has the shape of a service notification (GOV.UK Notify style) rather than a letter
 * or a reply: the organisation tells the reader some news (an account created, a form received, a
 * round open, a reminder), with a link or a heading, often with an unsubscribe or "you are receiving
 * this" footer, and with no person signing it (an office or a team at most). Such messages are judged by their own
 * conventions (see `CorrDocument.notification`).
 *
 * One walk over the writer's lines; each signal is read from the line kinds of step 1.
 */
import type {CorrDocument, Span} from '../types.js'
import type {MailLine} from './classify.js'

/** Wording that answers the customer's own message: `your email`, `your recent communication`, `your complaint`. */
export const ANSWERS =
  /\b(?:your|the) (?:recent |last |latest )?(?:e-?mail|letter|message|query|queries|enquiry|inquiry|complaint|communication|call|request|feedback|question)s?\b|\b(?:thank you|thanks) for (?:getting in touch|contacting|writing|your (?:e-?mail|letter|message|call|query|enquiry|complaint|feedback))\b|\bwith reference to\b/i
/** Wording of a system message: `via the link below`, `you can ignore this email`, `has been submitted`. */
const SYSTEM =
  /\b(?:(?:via|using|with|click|follow|open) (?:the|this) link|link below|ignore this e-?mail|(?:has|have) been (?:submitted|uploaded|received|withdrawn|locked|approved|created|added|updated|confirmed)|(?:sign|log) ?in to your|your account)\b/i
const LINK = /\bhttps?:\/\/|\bwww\.[\w-]+\./i

/** Words of a team or department name: `Customer Services`, `The Complaints Team`, `Accounts Department`. */
const TEAM_WORDS = new Set(
  (
    'customer customers client clients service services team teams department dept support relations care office ' +
    'desk centre center helpdesk help accounts account billing sales complaints complaint claims enquiries ' +
    'admin administration operations management division unit the and & of for our secretary'
  ).split(' ')
)
/** A last word that names a group of people, whatever comes before it: `The Awards Office`, `Northgate Services`. */
const TEAM_HEADS = new Set(
  'team department dept office services support desk centre center helpdesk unit division'.split(' ')
)

/** Whether the sender's "name" is a team: only team words, or ending in a word for a group (`… Office`). */
export function isTeamName(text: string, name: Span): boolean {
  const words = text.slice(name.start, name.end).toLowerCase().replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean)
  if (words.length === 0) return false
  return words.every((word) => TEAM_WORDS.has(word)) || TEAM_HEADS.has(words.at(-1)!)
}

/**
 * Whether the draft answers the customer's own message: a `Re:` subject, a quote, or wording in the
 * subject or first paragraph.
 */
export function isReply(doc: CorrDocument): boolean {
  const subject = doc.headers.subject?.value ?? ''
  if (/^re ?:/i.test(subject) || doc.setAside.some((part) => part.kind === 'quote')) return true
  const first = doc.body.paragraphs[0]
  return ANSWERS.test(subject) || (first !== undefined && ANSWERS.test(first.text))
}

/**
 * The notification shape: not a letter and not a reply; and either signed by a team or an office
 * (`The Awards Office`, `Customer Services`), or unsigned with a link, a heading, a footer or a
 * system message's wording. A person signing makes it a letter or an email from someone.
 */
export function isNotification(doc: CorrDocument, lines: MailLine[], content: number[]): boolean {
  if (doc.kind === 'letter' || doc.opening.addressBlocks.length > 0 || content.length === 0) return false
  if (isReply(doc)) return false
  let link = false
  let heading = false
  let system = false
  for (const index of content) {
    const line = lines[index]
    if (!link && LINK.test(line.text)) link = true
    if (!heading && line.markdownHeading) heading = true
    if (!system && SYSTEM.test(line.text)) system = true
  }
  const footer = doc.setAside.some((part) => part.kind === 'footer')
  const name = doc.closing.senderName
  // An office or a team signing a message it starts (not a reply) is a notice, whatever its wording.
  if (name !== undefined && isTeamName(doc.text, name)) return true
  if (!link && !heading && !system && !footer) return false
  // A person signing makes it a letter or an email from someone, whatever its wording.
  return name === undefined
}

/** Wording that asks the reader to get in touch: `let us know`, `contact us`, `reply to this email`, `call us`. */
const ASKS_TO_GET_IN_TOUCH =
  /\b(?:let (?:us|me) know|(?:contact|call|phone|ring|email|e-mail|tell|write to|speak to|talk to) (?:us|me|our|the office|the team)|get in touch|reply to (?:this|us|me|our))\b/i

/** A no-reply notice: `Please do not reply to this email`, `You cannot reply to this message`. */
const NO_REPLY =
  /\b(?:do not|don['’]t|cannot|can['’]t)\s+(?:reply|respond)\s+(?:to\s+)?(?:this|the)\s+(?:e-?mail|message|address)\b/gi

/**
 * Whether a service notification needs contact details of its own: only when it asks the reader to
 * get in touch. A notice the organisation sends (an acknowledgement, a reminder, an account email)
 * is followed up through the service it comes from, its links or its mailbox; a letter, a reply or
 * an email signed by a person always gives a way to reach the writer.
 */
export function notificationNeedsContact(doc: CorrDocument, text: string): boolean {
  if (!doc.notification) return true
  const body = doc.body.span
  if (body === undefined) return false
  // `Please do not reply to this email` is a no-reply notice, not an invitation.
  return ASKS_TO_GET_IN_TOUCH.test(text.slice(body.start, body.end).replace(NO_REPLY, ' '))
}
