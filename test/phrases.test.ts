/**
 * The phrase matcher the tone, clarity and commitments rules share (src/text/phrases.ts), and the
 * first-word bits that let a sentence's words be looked up once for all its matchers.
 */
import {describe, expect, it} from 'vitest'
import {PhraseMatcher} from '../src/text/phrases.js'
import type {Sentence} from '../src/types.js'

/** A sentence of `text` (starting at offset 0), its words split at spaces. */
function sentenceOf(text: string): Sentence {
  const words = [...text.matchAll(/[^ ]+/g)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length
  }))
  return {text, words, start: 0, end: text.length, paragraph: 0, node: {type: 'SentenceNode', children: []}}
}

const SPACES = / +/y

describe('PhraseMatcher', () => {
  it('finds every phrase of its list, longest first, not overlapping, whatever other matchers share its normaliser', () => {
    // A normaliser of its own, so the bits of this test's matchers are this test's alone.
    const lower = (word: string) => word.toLowerCase()
    const options = {normalise: lower, between: () => SPACES}
    const text = 'We apologise for the delay and we will refund the delay charge in full as soon as possible'
    const sentence = sentenceOf(text)
    const first = new PhraseMatcher(
      [{phrase: 'the delay'}, {phrase: 'the delay charge'}, {phrase: 'as soon as possible'}],
      options
    )
    expect(first.find(sentence, text).map((match) => text.slice(match.start, match.end))).toEqual([
      'the delay',
      'the delay charge',
      'as soon as possible'
    ])

    // Forty more matchers after the sentence's words were looked up: the first 31 of the
    // normaliser get a bit each (the sentence's bits are found again for them), the rest look
    // every word up; each finds its own phrase and nothing of the others'.
    const more = Array.from({length: 40}, (_, at) => {
      const words = text.split(' ')
      const phrase = `${words[at % words.length]} ${words[(at % words.length) + 1] ?? ''}`.trim()
      return {phrase, matcher: new PhraseMatcher([{phrase}], options)}
    })
    for (const {phrase, matcher} of more) {
      const found = matcher.find(sentence, text).map((match) => text.slice(match.start, match.end).toLowerCase())
      expect(found.length, phrase).toBeGreaterThan(0)
      for (const match of found) expect(match).toBe(phrase.toLowerCase())
    }
    // And the first still finds what it did.
    expect(first.find(sentence, text)).toHaveLength(3)
    // A sentence with none of the phrases.
    const other = sentenceOf('Thank you for your letter')
    expect(first.find(other, other.text)).toEqual([])
  })
})
