import {mkdirSync, mkdtempSync, readdir, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CorrlintError} from '../src/errors.js'
import {expandPaths, parseShard, shardOf} from '../src/input/paths.js'

let cwd: string
const files = [
  'drafts/a-reply.txt',
  'drafts/b-letter.docx',
  'drafts/c-note.md',
  'drafts/nested/deep/d.eml',
  'drafts/nested/e.HTML',
  'drafts/notes.json',
  'drafts/old/f.txt',
  'drafts/.hidden/g.txt',
  'drafts/node_modules/pkg/readme.md',
  '.templates/h.txt',
  'top.text',
  'data.csv',
  'assets/logo.png'
]

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'corrlint-paths-'))
  for (const file of files) {
    mkdirSync(join(cwd, file, '..'), {recursive: true})
    writeFileSync(join(cwd, file), 'Dear Sam,\n')
  }
})
afterAll(() => rmSync(cwd, {recursive: true, force: true}))

const shown = (paths: string[]) => paths.map((path) => relative(cwd, resolve(cwd, path)).split('\\').join('/'))

describe('expandPaths', () => {
  it('searches folders recursively by known extensions, skipping node_modules and dot-folders', async () => {
    expect(shown(await expandPaths(['drafts'], {cwd, ignoreFile: false}))).toEqual([
      'drafts/a-reply.txt',
      'drafts/b-letter.docx',
      'drafts/c-note.md',
      'drafts/nested/deep/d.eml',
      'drafts/nested/e.HTML',
      'drafts/old/f.txt'
    ])
  })

  it('keeps a subfolder it cannot list in the list, so the reader reports it, and checks the rest', async () => {
    // Tests run as root, where permissions do not stop a read: a listing that fails stands in.
    const locked = resolve(cwd, 'drafts/nested')
    const failing = ((path: string, options: object, callback: (error: Error | null, entries?: unknown) => void) => {
      if (resolve(String(path)) === locked)
        return callback(Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'}))
      return readdir(path, options as {withFileTypes: true}, callback)
    }) as unknown as typeof readdir
    for (const pattern of ['drafts', 'drafts/**/*.txt']) {
      const paths = shown(await expandPaths([pattern], {cwd, ignoreFile: false, readdir: failing}))
      expect(paths, pattern).toContain('drafts/nested')
      expect(paths, pattern).toContain('drafts/old/f.txt')
      expect(
        paths.filter((path) => path.startsWith('drafts/nested/')),
        pattern
      ).toEqual([])
    }
  })

  it('takes a named file whatever its extension, and a dot-folder named outright, in the order given', async () => {
    expect(shown(await expandPaths(['data.csv', '.templates'], {cwd}))).toEqual(['data.csv', '.templates/h.txt'])
  })

  it("gives paths as the user wrote them: named files as typed, a folder's files joined to it", async () => {
    expect(await expandPaths(['./top.text', 'drafts/old'], {cwd})).toEqual(['./top.text', join('drafts/old', 'f.txt')])
    expect(await expandPaths([join(cwd, 'drafts/old')], {cwd})).toEqual([join(cwd, 'drafts/old/f.txt')])
  })

  it("expands globs itself, and sorts each pattern's matches and de-duplicates the union", async () => {
    expect(
      shown(await expandPaths(['drafts/**/*.txt', 'top.text', 'drafts/a-reply.txt', './top.text'], {cwd}))
    ).toEqual(['drafts/a-reply.txt', 'drafts/old/f.txt', 'top.text'])
  })

  it('applies --ignore-pattern and .corrlintignore (gitignore syntax)', async () => {
    expect(shown(await expandPaths(['drafts'], {cwd, ignorePatterns: ['old/', '*.md']}))).toEqual([
      'drafts/a-reply.txt',
      'drafts/b-letter.docx',
      'drafts/nested/deep/d.eml',
      'drafts/nested/e.HTML'
    ])
    writeFileSync(join(cwd, '.corrlintignore'), '# archived\ndrafts/nested/\n!drafts/nested/e.HTML\n')
    try {
      expect(shown(await expandPaths(['drafts'], {cwd}))).toEqual([
        'drafts/a-reply.txt',
        'drafts/b-letter.docx',
        'drafts/c-note.md',
        'drafts/old/f.txt'
      ])
      expect(shown(await expandPaths(['drafts'], {cwd, ignoreFile: false}))).toHaveLength(6)
    } finally {
      rmSync(join(cwd, '.corrlintignore'))
    }
  })

  it('gives named files as they are, in order, once, and still applies ignore rules and shards to them', async () => {
    expect(await expandPaths(['top.text', 'data.csv'], {cwd})).toEqual(['top.text', 'data.csv'])
    expect(await expandPaths(['top.text', './top.text', 'data.csv'], {cwd})).toEqual(['top.text', 'data.csv'])
    expect(
      await expandPaths(['top.text', 'data.csv'], {cwd, ignorePatterns: ['*.csv'], errorOnUnmatched: false})
    ).toEqual(['top.text'])
    // A file named outright but ignored is left out and reported to onIgnored (the CLI notes it; the batch goes on).
    const ignored: string[] = []
    expect(
      await expandPaths(['top.text', 'data.csv'], {
        cwd,
        ignorePatterns: ['*.csv'],
        onIgnored: (path) => ignored.push(path)
      })
    ).toEqual(['top.text'])
    expect(ignored).toEqual(['data.csv'])
    expect(await expandPaths(['top.text', 'data.csv'], {cwd, shard: {index: 2, count: 2}})).toEqual(['top.text'])
    writeFileSync(join(cwd, '.corrlintignore'), 'top.text\n')
    try {
      expect(await expandPaths(['top.text', 'data.csv'], {cwd, errorOnUnmatched: false})).toEqual(['data.csv'])
    } finally {
      rmSync(join(cwd, '.corrlintignore'))
    }
  })

  it('makes a glob that matches nothing an error, keeps a missing file or a folder without drafts for the reader to report, unless told not to', async () => {
    await expect(expandPaths(['drafts', 'drafts/*.pdf'], {cwd})).rejects.toThrow(CorrlintError)
    await expect(expandPaths(['drafts/*.pdf'], {cwd})).rejects.toThrow('no file matches "drafts/*.pdf"')
    expect(await expandPaths(['assets', 'top.text'], {cwd})).toEqual(['assets', 'top.text'])
    expect(await expandPaths(['missing.txt', 'top.text'], {cwd})).toEqual(['missing.txt', 'top.text'])
    await expect(expandPaths(['drafts/old'], {cwd, ignorePatterns: ['old']})).rejects.toThrow(
      'every file matched by "drafts/old" is ignored'
    )
    expect(shown(await expandPaths(['missing.txt', 'top.text'], {cwd, errorOnUnmatched: false}))).toEqual(['top.text'])
  })

  it('shards deterministically: disjoint parts whose union is the whole list', async () => {
    const all = await expandPaths(['.'], {cwd})
    expect(shown(all)).toHaveLength(7)
    const shards = await Promise.all([1, 2, 3].map((index) => expandPaths(['.'], {cwd, shard: {index, count: 3}})))
    expect(shards.map((part) => part.length)).toEqual([3, 2, 2])
    expect(shards.flat().sort()).toEqual([...all].sort())
    expect(new Set(shards.flat()).size).toBe(all.length)
    expect(await expandPaths(['.'], {cwd, shard: {index: 2, count: 3}})).toEqual(shards[1])
  })
})

describe('shardOf', () => {
  it('partitions any list for any shard count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), {maxLength: 60}), fc.integer({min: 1, max: 9}), (list, count) => {
        const parts = Array.from({length: count}, (_, index) => shardOf(list, {index: index + 1, count}))
        expect(parts.flat().length).toBe(list.length)
        expect(parts.flat().sort((a, b) => a - b)).toEqual([...list].sort((a, b) => a - b))
        const sizes = parts.map((part) => part.length)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      })
    )
  })
})

describe('parseShard', () => {
  it('reads i/n and rejects anything else with one clear line', () => {
    expect(parseShard('2/3')).toEqual({index: 2, count: 3})
    expect(parseShard('1/1')).toEqual({index: 1, count: 1})
    for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '-1/3'])
      expect(() => parseShard(bad)).toThrow('--shard expects i/n')
  })
})
