import {existsSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {SortedWords} from '../src/spell/sorted-words.js'

describe('SortedWords', () => {
  it('finds each word of a small list with its mark, and nothing else', () => {
    // The list must be in code-unit order by word: this one is.
    const words = new SortedWords(['# header', '!arsehole', 'colour', '', 'coloured', '~compound', 'zebra', 'Ångström', ''].join('\n'))
    expect(words.size).toBe(6)
    expect(words.lookup('colour')).toBe('word')
    expect(words.lookup('arsehole')).toBe('no-suggest')
    expect(words.lookup('compound')).toBe('only-in-compound')
    expect(words.lookup('Ångström')).toBe('word')
    for (const absent of ['color', '', 'colou', 'colours', '# header', '!arsehole', 'zebras', 'a']) expect(words.has(absent)).toBe(false)
    expect([...words]).toEqual(['arsehole', 'colour', 'coloured', 'compound', 'zebra', 'Ångström'])
    expect([...words.marked('no-suggest')]).toEqual(['arsehole'])
  })

  it('agrees with a Set on arbitrary lists and probes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({minLength: 1, maxLength: 8}).filter((word) => !/[\n#!~]/.test(word))), fc.array(fc.string({maxLength: 8})), (list, probes) => {
        const sorted = [...list].sort()
        const words = new SortedWords(sorted.join('\n'))
        const set = new Set(sorted)
        for (const probe of [...probes, ...list]) expect(words.has(probe)).toBe(set.has(probe))
      })
    )
  })

  const built = new URL('../dist/data/words-en-GB.txt', import.meta.url)
  it.skipIf(!existsSync(built))('finds every word of the built en-GB list (which must be sorted)', () => {
    const text = readFileSync(built, 'utf8')
    const words = new SortedWords(text)
    const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))
    expect(words.size).toBe(lines.length)
    let previous = ''
    for (const word of words) {
      expect(word > previous, `${previous} then ${word}: the list is not in order`).toBe(true)
      previous = word
    }
    for (const line of lines) expect(words.has(line.replace(/^[!~]/, ''))).toBe(true)
  })
})
