import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {SortedPairs, sortedByKey} from '../src/text/sorted-pairs.js'
import {normaliseWord} from '../src/text/words.js'

const lines = [
  'analyze analyse',
  'center centre',
  'color colour',
  'colored coloured',
  'colors colours',
  "o'er over",
  'x-ray '
]

describe('SortedPairs', () => {
  const pairs = new SortedPairs(lines)

  it('finds each key, and only whole keys', () => {
    expect(pairs.get('color')).toBe('colour')
    expect(pairs.get('colors')).toBe('colours')
    expect(pairs.get('colored')).toBe('coloured')
    expect(pairs.get('analyze')).toBe('analyse')
    expect(pairs.get("o'er")).toBe('over')
    // An empty value is a value.
    expect(pairs.get('x-ray')).toBe('')
    expect(pairs.has('x-ray')).toBe(true)
    for (const missing of ['colo', 'colorss', 'colour', 'Color', 'a', 'zebra', '', 'center centre', 'analyze analyse'])
      expect(pairs.get(missing), missing).toBeUndefined()
  })

  it('answers keys too long to be remembered the same way, every time', () => {
    const long = new SortedPairs(['acclimatization acclimatisation', 'color colour'])
    for (let round = 0; round < 3; round++) {
      expect(long.get('acclimatization')).toBe('acclimatisation')
      expect(long.get('acclimatizations')).toBeUndefined()
      expect(long.get('color')).toBe('colour')
    }
  })

  it('lists its pairs in key order', () => {
    expect([...pairs.entries()].slice(0, 3)).toEqual([
      ['analyze', 'analyse'],
      ['center', 'centre'],
      ['color', 'colour']
    ])
    expect(pairs.size).toBe(lines.length)
  })

  it('tells sorted lines from unsorted or repeated ones', () => {
    expect(sortedByKey(lines)).toBe(true)
    expect(sortedByKey(['color colour', 'center centre'])).toBe(false)
    expect(sortedByKey(['color colour', 'color colour'])).toBe(false)
    expect(sortedByKey([])).toBe(true)
  })

  it('agrees with a Map of the same pairs (property)', () => {
    const word = fc.stringMatching(/^[a-z'-]{1,8}$/)
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(word, word), {selector: ([key]) => key, maxLength: 40}),
        fc.array(word),
        (entries, probes) => {
          const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1))
          const table = new SortedPairs(sorted.map(([key, value]) => `${key} ${value}`))
          const map = new Map(entries)
          for (const probe of [...probes, ...entries.map(([key]) => key)]) expect(table.get(probe)).toBe(map.get(probe))
        }
      )
    )
  })
})

describe('normaliseWord', () => {
  it('lower-cases and straightens apostrophes, the same on every call, long words too', () => {
    for (let round = 0; round < 3; round++) {
      expect(normaliseWord('Don’t')).toBe("don't")
      expect(normaliseWord('CUSTOMER’S')).toBe("customer's")
      expect(normaliseWord('Acclimatization’s')).toBe("acclimatization's")
      expect(normaliseWord('we')).toBe('we')
    }
  })
})
