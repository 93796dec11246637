/**
 * The word patterns the actions rules share, compiled once from lexicon.json: what makes a
 * sentence a next action, a time, a way to respond, and a vague time.
 */

import {dataRegExp} from '../../src/text/regexp.js'
import type {CorrDocument, Paragraph, Sentence} from '../../src/types.js'
import data from './lexicon.json' with {type: 'json'}

const compile = (patterns: string[]) => patterns.map((pattern) => dataRegExp(pattern, 'i'))
const ACTIONS = compile(data.actions)
const TIMES = compile(data.times)
const RESPONSE = compile(data.response)
const CLOSING_PLEASANTRIES = compile(data.closingPleasantries)
const VAGUE = Object.entries(data.vague).map(([pattern, expected]) => ({
  pattern: dataRegExp(`\\b${pattern}\\b`, 'gi'),
  expected
}))

/**
 * A sentence's text as the patterns of lexicon.json read it: curly apostrophes straight and every
 * white space character a space, keeping the text's length (so an offset in it is an offset in the
 * sentence) and its case (the patterns are case-insensitive, and a vague time is quoted as written).
 * Not a word's comparison form (`normaliseWord`, src/text/words.ts): this works on whole text.
 */
function straighten(text: string): string {
  // White space other than a plain space: most sentences have none, and then no new string is made.
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[^\S ]/g, ' ')
}

/** The imperative pattern of lexicon.json (`Call us …`, `If …, reply …`): the one that lists the verbs. */
const IMPERATIVE = ACTIONS.findIndex((pattern) => pattern.source.includes('call|ring|phone'))
/**
 * A service named like an order, as the subject of the sentence: `Find a Tender service lets you …`,
 * `Make Tax Digital means …`, `Check Your State Pension is …`. Capitalised words after the first
 * make it a name, and a verb of the third person follows it.
 */
const NAMED_SERVICE =
  /^[A-Z][a-z]+(?:\s+(?:a|an|the|your|my|to|for|of|and)){0,2}\s+[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?\s+(?:lets|allows|helps|gives|shows|tells|means|is|has|provides|offers|enables|can)\b/

/** A sentence that tells the reader a next action: someone will do something, or the reader should. */
export function isAction(sentence: Sentence): boolean {
  const text = straighten(sentence.text)
    .trim()
    .replace(/^[-*•]\s+|^\d{1,2}[.)]\s+/, '')
  const named = NAMED_SERVICE.test(text)
  return ACTIONS.some((pattern, index) => !(named && index === IMPERATIVE) && pattern.test(text))
}

/** A sentence that says when: a date, a weekday, a time of day, a time limit. */
export function hasTime(text: string): boolean {
  const normal = straighten(text)
  return TIMES.some((pattern) => pattern.test(normal))
}

/** Text that tells the reader how to reply or get help (a phrase, a phone number, an address). */
export function hasResponseRoute(text: string): boolean {
  const normal = straighten(text)
  return RESPONSE.some((pattern) => pattern.test(normal))
}

/** Every vague time in `text`, with its offset and what to write instead. */
export function vagueTimes(text: string): Array<{index: number; phrase: string; expected: string}> {
  const normal = straighten(text)
  const found: Array<{index: number; phrase: string; expected: string}> = []
  for (const {pattern, expected} of VAGUE) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(normal); match; match = pattern.exec(normal)) {
      if (datedRightAfter(normal, match.index + match[0].length)) continue
      const overlaps = found.some(
        (item) => match!.index < item.index + item.phrase.length && item.index < match!.index + match![0].length
      )
      if (!overlaps) found.push({index: match.index, phrase: match[0], expected})
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** A time word right after a vague one, in the same clause: `soon, on 6 May`, `shortly (by 5pm)`. */
const THEN_DATED = /^[\s,(–—-]{0,3}(?:on|by|in|at|from|before|until|this|next|within)\s/i

/** Whether the vague time is made specific at once: `applications open again soon on 6 May`. */
function datedRightAfter(text: string, end: number): boolean {
  const clause = text.slice(end, end + 40).split(/[.!?;]/)[0]
  return THEN_DATED.test(clause) && hasTime(clause)
}

/**
 * The closing paragraphs of the body, where the next actions belong: the last `count` paragraphs,
 * not counting trailing paragraphs of courtesy only ("We look forward to hearing from you.").
 */
export function finalParagraphs(doc: CorrDocument, count: number): Paragraph[] {
  const paragraphs = doc.body.paragraphs.filter((paragraph) => paragraph.sentences.length > 0)
  let end = paragraphs.length
  while (end > 1 && paragraphs[end - 1].sentences.every(isClosingPleasantry)) end--
  return paragraphs.slice(Math.max(0, end - Math.max(1, count)))
}

/** A courtesy line that closes a body without adding anything to do. */
export function isClosingPleasantry(sentence: Sentence): boolean {
  const text = straighten(sentence.text).trim()
  return CLOSING_PLEASANTRIES.some((pattern) => pattern.test(text))
}

/** The next-action sentences of the closing paragraphs. */
export function actionSentences(doc: CorrDocument, count: number): Sentence[] {
  return finalParagraphs(doc, count).flatMap((paragraph) => paragraph.sentences.filter(isAction))
}
