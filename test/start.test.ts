/**
 * What bin/corrlint.cjs runs first (src/cli/start.ts): V8's flags for the run, and which runs are
 * small enough to go without the optimising compiler (issue 10).
 */
import {describe, expect, it} from 'vitest'
import {isSmallRun, RUN_FLAGS, SMALL_RUN_BYTES, SMALL_RUN_FILES, SMALL_RUN_FLAGS, v8FlagsFor} from '../src/cli/start.js'
import {MIN_FILES_FOR_POOL} from '../src/pipeline/pool.js'

/** A file system of `entries` (path → size, or 'dir'), for statSync's place. */
function fakeStat(entries: Record<string, number | 'dir'>) {
  return (path: string) => {
    const entry = entries[path]
    if (entry === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), {code: 'ENOENT'})
    return {isFile: () => entry !== 'dir', isDirectory: () => entry === 'dir', size: entry === 'dir' ? 4096 : entry}
  }
}

const stat = fakeStat({
  'draft.txt': 2_400,
  'reply.eml': 9_000,
  'big-letter.txt': SMALL_RUN_BYTES + 1,
  drafts: 'dir',
  '.corrlintrc.json': 300
})

describe('isSmallRun', () => {
  it('is small for a few drafts of a few kilobytes, whatever the options around them', () => {
    expect(isSmallRun(['draft.txt'], stat)).toBe(true)
    expect(isSmallRun(['--format', 'json', 'draft.txt', 'reply.eml', '-c', '.corrlintrc.json'], stat)).toBe(true)
    // An option's value that is no file (`json`), or a path that does not exist, counts for nothing.
    expect(isSmallRun(['-f', 'sarif', 'missing.txt'], stat)).toBe(true)
    // No drafts at all: --help, --version, explain.
    expect(isSmallRun(['--help'], stat)).toBe(true)
  })

  it('is not small for a folder, a glob, standard input, --watch, a language server, too many files or too much text', () => {
    expect(isSmallRun(['drafts'], stat)).toBe(false)
    expect(isSmallRun(['drafts/*.txt'], stat)).toBe(false)
    expect(isSmallRun(['-'], stat)).toBe(false)
    expect(isSmallRun(['draft.txt', '--watch'], stat)).toBe(false)
    expect(isSmallRun(['-w', 'draft.txt'], stat)).toBe(false)
    // A language server runs for hours: it keeps the optimising compiler.
    expect(isSmallRun(['--stdio'], stat)).toBe(false)
    expect(isSmallRun(['lsp', '--stdio', '--clientProcessId=42'], stat)).toBe(false)
    expect(isSmallRun(['big-letter.txt'], stat)).toBe(false)
    const many = Object.fromEntries(Array.from({length: SMALL_RUN_FILES + 1}, (_, index) => [`d${index}.txt`, 100]))
    expect(isSmallRun(Object.keys(many).slice(0, SMALL_RUN_FILES), fakeStat(many))).toBe(true)
    expect(isSmallRun(Object.keys(many), fakeStat(many))).toBe(false)
  })

  it('never starts the worker pool in a small run', () => {
    expect(SMALL_RUN_FILES).toBeLessThan(MIN_FILES_FOR_POOL)
  })
})

describe('v8FlagsFor', () => {
  it('adds the small-run flags to those of every run', () => {
    expect(v8FlagsFor(['draft.txt'], stat)).toEqual([...RUN_FLAGS, ...SMALL_RUN_FLAGS])
    expect(v8FlagsFor(['drafts'], stat)).toEqual(RUN_FLAGS)
    expect(SMALL_RUN_FLAGS).toEqual(['--no-opt'])
  })
})
