/** Patterns kept as data compile without the slow `u` flag unless they need it. */
import {describe, expect, it} from 'vitest'
import {dataRegExp, needsUnicode} from '../src/text/regexp.js'

describe('dataRegExp', () => {
  it('adds the u flag only for Unicode property escapes, code point escapes and astral characters', () => {
    expect(['\\p{L}+', '(?<![\\p{L}\\p{N}])x', '\\u{1F600}', '[😀]'].map(needsUnicode)).toEqual([
      true,
      true,
      true,
      true
    ])
    expect(
      ['\\bsoon\\b', '(?<!as\\s)shortly(?!\\s+(?:before|after))', 'caf[eé]', '£\\d{1,3}'].map(needsUnicode)
    ).toEqual([false, false, false, false])
    expect(dataRegExp('\\p{Lu}', 'i').flags).toBe('iu')
    expect(dataRegExp('\\bsoon\\b', 'gi').flags).toBe('gi')
  })

  it('matches ASCII phrases and accented letters case-insensitively without it', () => {
    expect(dataRegExp('\\bin due course\\b', 'i').test('It will follow In Due Course.')).toBe(true)
    expect(dataRegExp('café', 'i').test('CAFÉ')).toBe(true)
    expect(dataRegExp('\\bsoon\\b', 'i').test('soonest')).toBe(false)
  })
})
