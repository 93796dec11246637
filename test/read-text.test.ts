import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readText} from '../src/read-text.js'

describe('readText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-read-text-'))
  const cases: Array<[string, string]> = [
    ['ascii', 'colour\ncentre\n# 2 words\n'],
    ['accents and quotes', 'café\nnaïve\nit’s — “quoted”\n'],
    ['astral', 'thanks 👍\n'],
    ['byte-order mark', '\uFEFFDear Ms Shah,\n'],
    ['empty', '']
  ]
  for (const [name, text] of cases) {
    it(`reads ${name} text as readFileSync(path, 'utf8') does`, () => {
      const path = join(dir, `${name}.txt`)
      writeFileSync(path, text)
      expect(readText(path)).toBe(readFileSync(path, 'utf8'))
      expect(readText(path)).toBe(text)
    })
  }

  it('decodes bytes that are not UTF-8 as readFileSync does (replacement characters)', () => {
    const path = join(dir, 'latin1.txt')
    writeFileSync(path, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    expect(readText(path)).toBe(readFileSync(path, 'utf8'))
    expect(readText(path)).toBe('caf\uFFFD\n')
  })

  it('throws for a missing file, as readFileSync does', () => {
    expect(() => readText(join(dir, 'missing.txt'))).toThrow(/ENOENT/)
  })
})
