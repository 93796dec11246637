import {append} from '../../src/arrays.js'
import {NO_BODY} from '../../src/document/missing-body.js'
import {dataRegExp} from '../../src/text/regexp.js'
import type {CorrDocument, Rule, Sentence} from '../../src/types.js'
import data from './statement.json' with {type: 'json'}

/** Options of purpose/statement. */
export interface PurposeOptions {
  /** How many sentences at the start of the first body paragraph count as "early". */
  sentences: number
}

const PURPOSE = data.purpose.map((entry) => ({
  regex: dataRegExp(entry.pattern, 'i'),
  openingOnly: 'openingOnly' in entry && entry.openingOnly === true
}))
const PLEASANTRIES = data.pleasantries.map((pattern) => dataRegExp(pattern, 'i'))
const SUGGESTION =
  'Start with why you are writing: "I am writing to …", "Thank you for your email about …", "This is to confirm …", or state the news directly ("Your refund of £4.99 has been approved.").'

/** purpose/statement: the first body paragraph says why the message was written. */
export const purposeStatement: Rule<PurposeOptions> = {
  id: 'purpose/statement',
  criterion: 'purpose',
  severity: 'error',
  docs: {
    summary: 'The first paragraph of the body says why you are writing, within its first sentences.',
    why: 'A customer decides in the first lines what a message is about and whether to act on it. If the purpose is hidden behind pleasantries or comes late, the message is misread or not read at all.',
    fail: 'Dear Mr Clarke,\n\nI hope you are well and that you had a good weekend.\n\nI am writing about your complaint that our engineer did not arrive on 18 November. Our engineer will now visit on Wednesday 25 November.\n\nKind regards,\nHelen Marsh',
    pass: 'Dear Mr Clarke,\n\nI am writing about your complaint that our engineer did not arrive on 18 November. I am sorry that you stayed in all day.\n\nOur engineer will now visit on Wednesday 25 November.\n\nKind regards,\nHelen Marsh',
    details:
      'A purpose statement is a sentence matching one of the patterns in statement.json ("I am writing to/about", "Thank you for your email/letter/call about|regarding|asking", "This is to confirm", "Following/Further to/In response to your …", "We are pleased to tell you", "I would like to update you", "I am sorry that/to hear", or a direct statement of the news such as "Your refund of £4.99 has been approved." / "Your order … has been dispatched."). Pleasantries ("I hope you are well.", "Thank you for your email.", "We value your custom.") never count. ' +
      'No finding when a purpose statement is among the first `sentences` (default 2) sentences of the first body paragraph; a paragraph ending in a colon ("You wrote:") is read together with the next one, and the introducing sentence is not counted. Warning when it is later in the first paragraph (pointing at it, suggesting moving it up). Error when the first paragraph has none: either the purpose comes only in a later paragraph (the message quotes it and says which paragraph) or there is none at all. A draft with no body of its own (an empty file, a greeting and a sign-off only) is an error too: nothing in it says why it was written. A template (`--template`) whose first paragraph is only merge fields ("{{body}}") is not judged: its purpose comes with the text filled in.'
  },
  schema: {
    type: 'object',
    properties: {sentences: {type: 'integer', minimum: 1, maximum: 10}},
    additionalProperties: false
  },
  defaults: {sentences: 2},
  check(doc, context) {
    const noBody = context.draft.missingBody
    if (noBody) {
      context.report({
        ...noBody,
        message: `${NO_BODY}: nothing says why you are writing.`,
        expected: 'a first paragraph that says why you are writing',
        suggestion: SUGGESTION
      })
      return
    }
    const paragraphs = doc.body.paragraphs.filter((paragraph) => paragraph.sentences.length > 0)
    // A template whose opening is a merge field ("{{body}}") gets its purpose when it is filled in.
    if (context.settings.template && paragraphs.length > 0 && onlyMergeFields(paragraphs[0].text)) return
    const {sentences, paragraphCount} = firstParagraph(paragraphs)
    const introductions = sentences.filter(introducesWhatFollows).length
    const window = Math.max(1, context.options.sentences ?? 2) + introductions
    const firstIndex = sentences.findIndex((sentence) => isPurposeStatement(sentence))
    if (firstIndex >= 0 && firstIndex < window) return
    if (firstIndex >= 0) {
      const sentence = sentences[firstIndex]
      context.report({
        severity: 'warning',
        start: sentence.start,
        end: sentence.end,
        message: `The purpose of the message comes only in sentence ${firstIndex + 1} of the first paragraph.`,
        actual: quote(sentence),
        expected: `a statement of purpose within the first ${plural(window, 'sentence')}`,
        suggestion: `Move "${quote(sentence)}" to the start of the first paragraph.`
      })
      return
    }
    const opening = sentences[0]
    const onlyPleasantries = sentences.every((sentence) => isPleasantry(sentence) || introducesWhatFollows(sentence))
    const lead = onlyPleasantries
      ? `The first paragraph is only pleasantries ("${quote(opening)}"): it does not say why you are writing`
      : 'The first paragraph does not say why you are writing'
    const later = laterPurpose(doc, paragraphCount)
    if (later) {
      context.report({
        start: opening.start,
        end: opening.end,
        message: `${lead}; the purpose comes only in paragraph ${later.paragraph} ("${quote(later.sentence)}").`,
        actual: quote(opening),
        expected: 'a statement of purpose in the first paragraph',
        suggestion: `Move "${quote(later.sentence)}" to the start of the message${onlyPleasantries ? ' and drop or shorten the pleasantries' : ''}.`
      })
      return
    }
    context.report({
      start: opening.start,
      end: opening.end,
      message: `${lead}.`,
      actual: quote(opening),
      expected: 'a statement of purpose in the first paragraph, e.g. "I am writing to confirm …"',
      suggestion: SUGGESTION
    })
  }
}

/**
 * A sentence that says why the message was written (and is not a mere pleasantry). Patterns marked
 * `openingOnly` (a request such as "Please could you …") state a purpose only at the start of the
 * message; later in the body they are next actions.
 */
export function isPurposeStatement(sentence: Sentence, inOpening = true): boolean {
  const text = normalise(sentence.text)
  if (PLEASANTRIES.some((pattern) => pattern.test(text))) return false
  return PURPOSE.some((pattern) => (inOpening || !pattern.openingOnly) && pattern.regex.test(text))
}

/**
 * The first paragraph's sentences. A paragraph ending in a colon ("You wrote:", "as follows:")
 * introduces the next one (a quote or a list), so the two are read as one.
 */
function firstParagraph(paragraphs: CorrDocument['body']['paragraphs']): {
  sentences: Sentence[]
  paragraphCount: number
} {
  const sentences = [...paragraphs[0].sentences]
  let paragraphCount = 1
  while (paragraphCount < paragraphs.length && introducesWhatFollows(sentences[sentences.length - 1])) {
    append(sentences, paragraphs[paragraphCount].sentences)
    paragraphCount++
  }
  return {sentences, paragraphCount}
}

/** Whether a paragraph is nothing but merge fields (`{{body}}`, `${intro}`, `{message}`). */
function onlyMergeFields(text: string): boolean {
  return !/\p{L}/u.test(text.replace(/\{\{[^{}]{0,60}\}\}|\$\{[^{}]{0,60}\}|\{[^{}]{0,60}\}/g, ''))
}

function introducesWhatFollows(sentence: Sentence): boolean {
  return /:\s*$/.test(sentence.text)
}

function isPleasantry(sentence: Sentence): boolean {
  const text = normalise(sentence.text)
  return PLEASANTRIES.some((pattern) => pattern.test(text))
}

function laterPurpose(doc: CorrDocument, from: number): {paragraph: number; sentence: Sentence} | undefined {
  const paragraphs = doc.body.paragraphs.filter((paragraph) => paragraph.sentences.length > 0)
  for (let index = from; index < paragraphs.length; index++) {
    const sentence = paragraphs[index].sentences.find((item) => isPurposeStatement(item, false))
    if (sentence) return {paragraph: index + 1, sentence}
  }
  return undefined
}

function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/** A sentence shortened for a message: at most 60 characters. */
function quote(sentence: Sentence): string {
  const text = normalise(sentence.text)
  return text.length <= 60 ? text : `${text.slice(0, 57).trimEnd()}…`
}

function plural(count: number, word: string): string {
  return count === 1 ? `${count} ${word}` : `${count} ${word}s`
}
