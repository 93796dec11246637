/**
 * AttachedMap (src/text/attached.ts): the per-draft caches, kept on their keys instead of in
 * module-level WeakMaps (whose young values V8's scavenges keep alive and promote; issue 10).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {AttachedMap} from '../src/text/attached.js'

describe('AttachedMap', () => {
  it('keeps a value per key and per map, as a WeakMap does', () => {
    const words = new AttachedMap<object, string[]>()
    const lengths = new AttachedMap<object, number>()
    const first = {}
    const second = {}
    expect(words.get(first)).toBeUndefined()
    expect(words.has(first)).toBe(false)
    words.set(first, ['a', 'b']).set(second, ['c'])
    lengths.set(first, 2)
    expect(words.get(first)).toEqual(['a', 'b'])
    expect(words.get(second)).toEqual(['c'])
    expect(lengths.get(first)).toBe(2)
    expect(lengths.has(second)).toBe(false)
    // A value that is undefined is still an entry.
    const maybe = new AttachedMap<object, number | undefined>()
    maybe.set(second, undefined)
    expect(maybe.has(second)).toBe(true)
    expect(words.delete(first)).toBe(true)
    expect(words.has(first)).toBe(false)
    expect(lengths.get(first)).toBe(2)
    expect(words.delete(first)).toBe(false)
  })

  it('leaves the key as it was to everything else: no enumerable property, nothing copied by a spread', () => {
    const cache = new AttachedMap<{text: string}, number>()
    const doc = {text: 'Dear Ms Patel,'}
    cache.set(doc, 1)
    expect(Object.keys(doc)).toEqual(['text'])
    expect(JSON.stringify(doc)).toBe('{"text":"Dear Ms Patel,"}')
    // `{...doc}` is another document: it must not see the original's cached results.
    const copy = {...doc}
    expect(cache.has(copy)).toBe(false)
    cache.set(copy, 2)
    expect(cache.get(doc)).toBe(1)
    expect(cache.get(copy)).toBe(2)
  })

  it('works with keys that cannot take a property (frozen or sealed)', () => {
    const cache = new AttachedMap<object, string>()
    const frozen = Object.freeze({})
    const sealed = Object.seal({})
    cache.set(frozen, 'frozen').set(sealed, 'sealed')
    expect(cache.get(frozen)).toBe('frozen')
    expect(cache.get(sealed)).toBe('sealed')
    expect(cache.delete(frozen)).toBe(true)
    expect(cache.has(frozen)).toBe(false)
  })

  it('is what per-draft caches use: no module-level WeakMap keyed by a draft, a sentence or a tree node', () => {
    const root = join(import.meta.dirname, '..')
    const offenders: string[] = []
    for (const dir of ['src', 'rules']) {
      for (const entry of readdirSync(join(root, dir), {recursive: true, withFileTypes: true})) {
        if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
        const path = join(entry.parentPath, entry.name)
        const text = readFileSync(path, 'utf8')
        for (const match of text.matchAll(/WeakMap<\s*(CorrDocument|Sentence|Paragraph|Nlcst\w*|Root)\b/g))
          offenders.push(`${path.slice(root.length + 1)}: ${match[0]}`)
      }
    }
    expect(offenders).toEqual([])
  })
})
