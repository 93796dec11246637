/**
 * Reading level of a run of sentences: Flesch–Kincaid grade and Flesch reading ease, with a small
 * syllable counter of our own (vowel groups, silent endings, a list of exceptions).
 *
 * Linear in the number of words; nothing is rebuilt per call. What counts as a word: a word token
 * with at least one letter and no digit, that is not an email address or a URL — reference codes,
 * phone numbers, amounts and dates would otherwise pull the figures about. Sentences are the
 * given ones, with a line break that starts a list item (`- `, `• `, `1. `) or follows a colon
 * counted as a sentence break, since the parser reads an unpunctuated list as one sentence.
 */

import {AttachedMap} from '../text/attached.js'
import type {Sentence, Word} from '../types.js'
import exceptionData from './syllables.json' with {type: 'json'}

/** The counts and scores of `readability`. */
export interface Readability {
  /** Words counted (see the module comment for what counts). */
  words: number
  /** Sentences with at least one counted word. */
  sentences: number
  syllables: number
  /** Flesch–Kincaid grade level, rounded to one decimal; 0 when there are no words. */
  grade: number
  /** Flesch reading ease (higher is easier), rounded to one decimal; 0 when there are no words. */
  ease: number
}

const EXCEPTIONS: ReadonlyMap<string, number> = new Map(Object.entries(exceptionData.words))
/**
 * Vowel pairs read as two syllables: radio, period, actual, various, easier, being, client,
 * science, video, premium, media, immediate, area, create.
 */
const TWO_SYLLABLE_PAIR =
  /[^tscx]io|[^qg]ua[^aeiouy]|[^qg]ual$|[^ctx]ious$|[^aeiouy]ie(?:r|st)$|[^tc]ien[tc]|[aeiouy]ing$|eo(?:[^pu]|$)|iu|[^aeiou]ia$|iat|[^aeiouy]ea$|^crea|iety/
const CONTRACTION_SYLLABLE = new Set(exceptionData.syllabicNt)

/** Measures already taken, by the first sentence and which sentences follow (the report's facts and clarity/reading-level measure the same body). */
const measured = new AttachedMap<Sentence, Map<string, Readability>>()

/** A link address: a scheme or www. and what follows up to white space (linear: one run of one class). */
const LINK = /(?:\b[a-z][a-z+.-]{1,9}:\/\/|\bwww\.)[^\s<>"'()]+/giu

/** Where the sentence's link addresses are, in document offsets; undefined when it has none. */
function linkSpans(sentence: Sentence): Array<[number, number]> | undefined {
  if (!sentence.text.includes('://') && !/www\./i.test(sentence.text)) return undefined
  return [...sentence.text.matchAll(LINK)].map((match) => [
    sentence.start + match.index,
    sentence.start + match.index + match[0].length
  ])
}

/** Flesch–Kincaid grade and Flesch reading ease of `sentences`. */
export function readability(sentences: readonly Sentence[]): Readability {
  if (sentences.length === 0) return measure(sentences)
  let starts = 0
  for (const sentence of sentences) starts += sentence.start
  const key = `${sentences.length}:${starts}:${sentences.at(-1)!.end}`
  let byExtent = measured.get(sentences[0])
  if (!byExtent) measured.set(sentences[0], (byExtent = new Map()))
  let result = byExtent.get(key)
  if (!result) byExtent.set(key, (result = measure(sentences)))
  return {...result}
}

function measure(sentences: readonly Sentence[]): Readability {
  let words = 0
  let syllables = 0
  let sentenceCount = 0
  for (const sentence of sentences) {
    const links = linkSpans(sentence)
    for (const segment of segments(sentence)) {
      let counted = 0
      for (const [index, word] of segment.entries()) {
        if (!isCountedWord(word.text)) continue
        // A link address is read at a glance (or not at all), whatever words its path spells.
        if (links !== undefined && links.some(([start, end]) => word.start >= start && word.start < end)) continue
        counted++
        // A word of a name (`Margaret Evans`, `King's Award for Enterprise Promotion`) is one word
        // the reader is given, not vocabulary they must know: one syllable, as Dale–Chall counts
        // proper names as familiar words. Its length still counts towards the sentence's.
        syllables += inName(segment, index) ? 1 : countSyllables(word.text)
      }
      words += counted
      if (counted > 0) sentenceCount++
    }
  }
  if (words === 0) return {words, sentences: sentenceCount, syllables, grade: 0, ease: 0}
  const wordsPerSentence = words / sentenceCount
  const syllablesPerWord = syllables / words
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
  const ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
  return {words, sentences: sentenceCount, syllables, grade: round(grade), ease: round(ease)}
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u
/** Small words inside a name: `King's Award for Enterprise`, `Department of Health and Social Care`. */
const OPENERS = new Set(
  'the a an our your this that these those we you i it my his her their its please if when as so and but all any each every'.split(
    ' '
  )
)
const NAME_JOINERS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'on', 'upon'])

/**
 * Whether the word at `index` is part of a multi-word name: capitalised, not the first word of its
 * segment (where every word is capitalised), and next to another capitalised word, directly or
 * across one small joining word. A lone capitalised word (`Policyholder`) is not.
 */
function inName(words: readonly Word[], index: number): boolean {
  if (index === 0 || !CAPITALISED.test(words[index].text)) return false
  // The first word is capitalised anyway: it counts only when it is not an everyday opener (`The Policyholder`).
  const capital = (at: number): boolean =>
    at >= 0 &&
    at < words.length &&
    CAPITALISED.test(words[at].text) &&
    (at > 0 || !OPENERS.has(words[at].text.toLowerCase()))
  const joiner = (at: number): boolean => at >= 0 && at < words.length && NAME_JOINERS.has(words[at].text.toLowerCase())
  return (
    capital(index - 1) ||
    capital(index + 1) ||
    (joiner(index - 1) && capital(index - 2)) ||
    (joiner(index + 1) && capital(index + 2))
  )
}

/**
 * The words of a sentence split where a line break ends a unit the parser ran together: a line
 * break after a colon, before a list marker (`- `, `• `, `1. `), or between a line that ends
 * without punctuation and one that starts with a capital or a digit (an unpunctuated list); and
 * after a number token that swallowed a full stop before a capital (`… 10 to 40. Your …`).
 */
export function segments(sentence: Sentence): Word[][] {
  const result: Word[][] = []
  let current: Word[] = []
  let previousEnd = -1
  for (const word of sentence.words) {
    const previous = current.at(-1)
    if (
      previous &&
      (breaksAt(sentence.text.slice(previousEnd - sentence.start, word.start - sentence.start), word.text) ||
        endsSentence(previous.text, word.text))
    ) {
      result.push(current)
      current = []
    }
    current.push(word)
    previousEnd = word.end
  }
  if (current.length > 0) result.push(current)
  return result
}

/** `… numbers 10 to 40. Your water …`: a full stop the parser kept inside a word token. */
function endsSentence(previous: string, next: string): boolean {
  return /\d\.$/.test(previous) && /^\p{Lu}/u.test(next)
}

function breaksAt(gap: string, next: string): boolean {
  const newline = gap.indexOf('\n')
  if (newline === -1) return false
  const before = gap.slice(0, newline)
  const after = gap.slice(newline + 1)
  if (before.includes(':')) return true
  if (/^[ \t]*[-*•–+][ \t]/.test(after)) return true
  return before.trim() === '' && /^[ \t]*$/.test(after) && /^[\p{Lu}\d]/u.test(next)
}

/** Whether a word token counts as a word for reading level (letters, no digits, not an address). */
export function isCountedWord(token: string): boolean {
  // Called for every word by several rules: one pass over the characters, regexes only when needed.
  let letter = false
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index)
    if ((code >= 48 && code <= 57) || code === 64 /* @ */) return false
    const folded = code | 32
    if (folded >= 97 && folded <= 122) letter = true
  }
  if (!letter && !/\p{L}/u.test(token)) return false
  const first = token.charCodeAt(0) | 32
  return (first !== 104 /* h */ && first !== 119) /* w */ || !/^(?:https?:|www\.)/i.test(token)
}

/** Syllables in an English word; hyphenated words are the sum of their parts. */
export function countSyllables(token: string): number {
  // Drafts repeat most of their words: count each spelling once (bounded).
  let count = syllableCache.get(token)
  if (count === undefined) {
    let total = 0
    for (const part of token.split(/[-‐–/]/)) total += countPart(part)
    count = Math.max(1, total)
    if (syllableCache.size >= 50_000) syllableCache.clear()
    syllableCache.set(token, count)
  }
  return count
}

const syllableCache = new Map<string, number>()

function countPart(part: string): number {
  const lower = part.toLowerCase().replace(/’/g, "'")
  let extra = 0
  let word = lower
  const apostrophe = word.indexOf("'")
  if (apostrophe >= 0) {
    // couldn't, wouldn't, isn't: the n't is a syllable of its own after a consonant.
    if (word.endsWith("n't") && CONTRACTION_SYLLABLE.has(word)) extra = 1
    word = word.slice(0, apostrophe) + (word.endsWith("n't") ? 'nt' : '')
  }
  word = word.replace(/[^a-z]/g, '')
  if (word.length === 0) return 0
  const known = EXCEPTIONS.get(word)
  if (known !== undefined) return known + extra
  if (word.length <= 3) return 1 + extra
  return Math.max(1, vowelGroups(word)) + extra
}

/** Count vowel groups after removing silent endings, then correct for common splits. */
function vowelGroups(word: string): number {
  let stem = word
  let adjust = 0
  if (stem.endsWith('ed') && !/[td]ed$|eed$/.test(stem)) {
    stem = stem.slice(0, -2) // dispatched, called, damaged: -ed is not a syllable
    if (/[^aeiouyl]l$/.test(stem)) adjust += 1 // handled, entitled: the l is
  } else if (stem.endsWith('es') && !/(?:[sxzcg]|ch|sh)es$/.test(stem)) {
    stem = stem.slice(0, -1) // makes → make (silent e below); boxes, changes keep -es
  } else if (/[^aeiouy]e(?:ly|ment|ments|ful|ness|less)$/.test(stem)) {
    adjust -= 1 // safely, statement, useful: the inner e is silent
  }
  if (stem.endsWith('e') && !/[^aeiouyl]le$/.test(stem) && !stem.endsWith('ee') && stem.length > 2) {
    stem = stem.slice(0, -1) // silent final e (but table, little keep it)
  }
  let count = 0
  let inVowels = false
  for (let index = 0; index < stem.length; index++) {
    const vowel = 'aeiou'.includes(stem[index]) || (stem[index] === 'y' && index > 0)
    if (vowel && !inVowels) count++
    inVowels = vowel
  }
  // Vowel pairs that are two syllables: radio, period, actual, various, easier, being, client.
  if (TWO_SYLLABLE_PAIR.test(stem)) adjust += 1
  if (word.endsWith('que')) adjust -= 1 // cheque, unique
  return count + adjust
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
