import {describe, expect, it} from 'vitest'
import {hasTime, isAction, vagueTimes} from '../../../rules/actions/lexicon.js'
import type {Sentence} from '../../../src/types.js'
import {verdictOf} from '../../support/regex-verdicts.js'

describe('vagueTimes', () => {
  it('reads "as soon as possible" as one phrase and leaves "as soon as we receive" alone', () => {
    expect(vagueTimes('Please reply as soon as possible.').map((item) => item.phrase)).toEqual(['as soon as possible'])
    expect(vagueTimes('We will refund you as soon as we receive the boots.')).toEqual([])
    expect(vagueTimes('Please send them ASAP, or at your earliest convenience.').map((item) => item.phrase)).toEqual([
      'ASAP',
      'at your earliest convenience'
    ])
  })
})

describe('isAction', () => {
  const action = (text: string) => isAction({text} as Sentence)
  it('reads an order-like service name as the subject, not an order', () => {
    expect(action('Find a Tender service lets you find and apply for contracts.')).toBe(false)
    expect(action('Make Tax Digital means you keep your records online.')).toBe(false)
  })
  it('still reads orders, with or without a name in them', () => {
    expect(action('Find your reference on the letter.')).toBe(true)
    expect(action('Check your bill is correct.')).toBe(true)
    expect(action('Call Customer Services on 0161 496 0000.')).toBe(true)
    expect(action('Make Tax Digital means you will need to keep records online.')).toBe(true)
  })
})

describe('hasTime', () => {
  it.each([
    'by Friday 27 November',
    'within 5 working days',
    'on 3 December',
    'tomorrow',
    'by 5pm',
    'the same day',
    'on {{delivery_date}}'
  ])('finds a time in "%s"', (text) => expect(hasTime(text)).toBe(true))
  it.each(['soon', 'in due course', 'when we can', 'shortly'])('finds no time in "%s"', (text) =>
    expect(hasTime(text)).toBe(false)
  )
})

describe('actions data', () => {
  it('has no pattern that can backtrack exponentially', {timeout: 600_000}, async () => {
    const data = (await import('../../../rules/actions/lexicon.json', {with: {type: 'json'}})).default
    const patterns = [
      ...data.actions,
      ...data.times,
      ...data.response,
      ...Object.keys(data.vague).map((pattern) => `\\b${pattern}\\b`)
    ]
    // Exponential, or no verdict at all (recheck could not judge it).
    const exponential = patterns.filter((pattern) =>
      ['exponential', undefined].includes(verdictOf(pattern, 'iu').complexity)
    )
    expect(exponential).toEqual([])
  })
})
