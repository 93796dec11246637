import type {Rule, Word} from '../../src/types.js'
import shoutingData from '../tone/shouting.json' with {type: 'json'}
import data from './acronyms.json' with {type: 'json'}
import {bodySentences} from './text.js'

/** Options of clarity/unexplained-acronym. */
export interface AcronymOptions {
  /** More acronyms the readers know (upper case). */
  allow: string[]
}

const ALLOW = new Set(data.allow)
/** Ordinary words in capitals for emphasis ("it's MUCH safer"): tone/shouting's business, not jargon. */
const EMPHASIS = new Set(shoutingData.emphasis)
const KNOWN: Record<string, string> = data.known
const ACRONYM = /^[A-Z][A-Z&]{1,5}s?$/
const MIXED_ACRONYM = /^[A-Z]&[A-Z]s?$/
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame'])

/** clarity/unexplained-acronym: acronyms are spelt out the first time they are used. */
export const unexplainedAcronym: Rule<AcronymOptions> = {
  id: 'clarity/unexplained-acronym',
  criterion: 'clarity',
  severity: 'warning',
  docs: {
    summary:
      'Acronyms and jargon abbreviations are explained the first time: "direct debit (DD)" or "DD (direct debit)".',
    why: 'Staff use acronyms every day; customers do not. An unexplained "DD", "SLA" or "T&Cs" makes the reader guess, or call to ask.',
    fail: 'Dear Mr Jones,\n\nYour DD will now be taken on the 5th of each month. Our SLA is to reply within two days.\n\nKind regards,\nKate Moss',
    pass: 'Dear Mr Jones,\n\nYour direct debit (DD) will now be taken on the 5th of each month. We aim to reply within two days. The DD amount stays the same.\n\nKind regards,\nKate Moss',
    details:
      'Warning at the first use in the body of a word in capitals (2–6 letters, `&` allowed, plural `s`: "DD", "SLA", "BACS", "T&Cs") that is not explained there: explained means followed by a bracket ("DD (direct debit)") or itself in brackets after the words ("direct debit (DD)"). ' +
      'Never reported: acronyms every UK customer knows (acronyms.json "allow": UK, VAT, NHS, MOT, PIN, ID, TV, PDF, GP, HMRC, courier and bank names …), the `allow` option, the organisation\'s brand terms and the user dictionary, capitals next to a number (postcodes, tracking and reference codes), words inside a quotation (an on-screen message such as "PPP failure" is quoted, not the writer\'s jargon), initials ("Mr AB Khan"), ordinary words in capitals for emphasis ("MUCH", "NOT": tone/shouting\'s emphasis list), and sentences written all in capitals (the tone criterion reports shouting). For known jargon (acronyms.json "known") the suggestion gives the plain words.'
  },
  schema: {
    type: 'object',
    properties: {allow: {type: 'array', items: {type: 'string'}}},
    additionalProperties: false
  },
  defaults: {allow: []},
  check(doc, context) {
    const allowed = new Set(
      [
        ...(context.options.allow ?? []),
        ...(context.settings.guidelines?.terms ?? []),
        ...(context.settings.dictionary ?? [])
      ].map((term) => term.toUpperCase())
    )
    const seen = new Set<string>()
    for (const sentence of bodySentences(doc)) {
      if (isShouting(sentence.words)) continue
      sentence.words.forEach((word, index) => {
        const key = acronymKey(word.text)
        if (
          !key ||
          ALLOW.has(key) ||
          EMPHASIS.has(word.text) ||
          allowed.has(key) ||
          allowed.has(word.text.toUpperCase())
        )
          return
        if (nextToNumber(sentence.words, index) || isInitials(sentence.words, index)) return
        if (isQuoted(doc.prose.slice(sentence.start, word.start))) return
        if (seen.has(key)) return
        seen.add(key)
        if (isExplained(doc.prose, word)) return
        const plain = KNOWN[key]
        context.report({
          start: word.start,
          end: word.end,
          message: `"${word.text}" is not explained the first time it is used.`,
          actual: word.text,
          expected: plain ? `"${plain} (${word.text})"` : `the words in full, then "(${word.text})"`,
          suggestion: plain
            ? `Write "${plain} (${word.text})" the first time, or just "${plain}".`
            : `Spell it out the first time, followed by "(${word.text})", or use plain words instead.`
        })
      })
    }
  }
}

/** The acronym a token stands for ("T&Cs" → "T&C", "SLAs" → "SLA"), or undefined. */
function acronymKey(token: string): string | undefined {
  if (!ACRONYM.test(token) && !MIXED_ACRONYM.test(token)) return undefined
  const key = token.endsWith('s') ? token.slice(0, -1) : token
  return key.replace(/&/g, '').length >= 2 ? key : undefined
}

function nextToNumber(words: readonly Word[], index: number): boolean {
  return /\d/.test(words[index - 1]?.text ?? '') || /\d/.test(words[index + 1]?.text ?? '')
}

/** "Mr AB Khan", "J R Hartley": initials before a surname, or after a title. */
function isInitials(words: readonly Word[], index: number): boolean {
  if (TITLES.has(words[index - 1]?.text.replace(/\.$/, '') ?? '')) return true
  return (
    words[index].text.length <= 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[index + 1]?.text ?? '') &&
    /^\p{Lu}/u.test(words[index - 1]?.text ?? '')
  )
}

/** Inside a quotation the writer reports rather than writes (`the screen shows "PPP failure"`): the text before the word in its sentence opens a quotation it does not close. */
function isQuoted(before: string): boolean {
  let straight = 0
  let curly = 0
  for (const char of before) {
    if (char === '"') straight++
    else if (char === '“') curly++
    else if (char === '”') curly--
  }
  return straight % 2 === 1 || curly > 0
}

/** "DD (direct debit)" or "direct debit (DD)". */
function isExplained(prose: string, word: Word): boolean {
  if (/^\s{0,2}\(/.test(prose.slice(word.end, word.end + 3))) return true
  return prose[word.start - 1] === '(' && prose[word.end] === ')'
}

function isShouting(words: readonly Word[]): boolean {
  const long = words.filter((word) => /\p{L}{2}/u.test(word.text))
  if (long.length < 4) return false
  return long.filter((word) => word.text === word.text.toUpperCase()).length * 2 >= long.length
}
