/**
 * Issues #21 and #22: a broken or special input is one line naming it and the batch goes on; a
 * report or baseline never replaces a draft, is written whole, and is not checked on the next run.
 * The CLI is run from dist/ (`npm run build` first); CORRLINT_BIN runs another build (an older one,
 * to see these tests fail before the fixes).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {folderProblem} from '../src/input/index.js'
import {formatSize} from '../src/input/read.js'

const bin = process.env.CORRLINT_BIN ?? new URL('../bin/corrlint.cjs', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'corrlint-files-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const letter = readFileSync(new URL('../fixtures/commit-good-goodwill-payment.txt', import.meta.url), 'utf8')

function run(args: string[], cwd = dir) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', timeout: 30_000})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal}
}

/** A fresh folder holding good.txt (a draft that passes every criterion). */
function folder(name: string): string {
  const path = join(dir, name)
  mkdirSync(path, {recursive: true})
  writeFileSync(join(path, 'good.txt'), letter)
  return path
}

/** The CSV rows of a report, by file name. */
function rows(csv: string): Map<string, string> {
  return new Map(csv.trim().split('\n').slice(1).map((line) => [line.split(',')[0], line]))
}

describe('a broken named path is one line and the batch goes on', () => {
  it('a symbolic-link loop', () => {
    const cwd = folder('loop')
    symlinkSync('loop2', join(cwd, 'loop1'))
    symlinkSync('loop1', join(cwd, 'loop2'))
    const result = run(['loop1', 'good.txt', '--format', 'csv'], cwd)
    expect(result.stderr).toBe('corrlint: loop1: is a symbolic link that loops back on itself\n')
    expect(rows(result.stdout).get('good.txt')).toMatch(/^good\.txt,email,PASS/)
    expect(result.code).toBe(2)
  })

  it('a path through a file (ENOTDIR) and a name too long (ENAMETOOLONG)', () => {
    const cwd = folder('names')
    const long = `${'a'.repeat(300)}.txt`
    const result = run(['good.txt/x.txt', long, 'good.txt', '--format', 'csv'], cwd)
    expect(result.stderr.split('\n')).toEqual([
      'corrlint: good.txt/x.txt: a part of the path is a file, not a folder (check the path)',
      `corrlint: ${long}: the path is too long for the system (check the path)`,
      ''
    ])
    expect(rows(result.stdout).get('good.txt')).toMatch(/^good\.txt,email,PASS/)
    expect(result.code).toBe(2)
  })

  it('an unreadable folder says so, not "no drafts in it"', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'})
    expect(folderProblem('/x', () => {
      throw denied
    })).toBe('is a folder that cannot be read (permission denied) — check its permissions')
    expect(folderProblem('/x', () => [])).toMatch(/^is a folder with no drafts in it/)
  })

  it.skipIf(process.getuid?.() === 0)('an unreadable folder, for real (skipped as root, where chmod does not stop a read)', () => {
    const cwd = folder('denied')
    mkdirSync(join(cwd, 'locked'))
    execFileSync('chmod', ['000', join(cwd, 'locked')])
    const result = run(['locked', 'good.txt', '--format', 'csv'], cwd)
    execFileSync('chmod', ['755', join(cwd, 'locked')])
    expect(result.stderr).toBe('corrlint: locked: is a folder that cannot be read (permission denied) — check its permissions\n')
    expect(result.code).toBe(2)
  })
})

describe('special files are refused, never read without end', () => {
  it.skipIf(process.platform === 'win32')('a FIFO with no writer and /dev/zero, beside a good file', () => {
    const cwd = folder('special')
    execFileSync('mkfifo', [join(cwd, 'pipe.txt')])
    const result = run(['--max-file-size', '1000', '/dev/zero', 'pipe.txt', 'good.txt', '--format', 'csv'], cwd)
    expect(result.signal).toBeNull()
    expect(result.stderr.split('\n')).toEqual([
      'corrlint: /dev/zero: is a character device, not a regular file — corrlint reads only files (use - for standard input)',
      'corrlint: pipe.txt: is a named pipe (FIFO), not a regular file — corrlint reads only files (use - for standard input)',
      ''
    ])
    expect(rows(result.stdout).get('good.txt')).toMatch(/^good\.txt,email,PASS/)
    expect(result.code).toBe(2)
  })

  it.skipIf(process.platform === 'win32')('a FIFO as --dictionary', () => {
    const cwd = folder('special-dictionary')
    execFileSync('mkfifo', [join(cwd, 'words.txt')])
    const result = run(['--dictionary', 'words.txt', 'good.txt'], cwd)
    expect(result.signal).toBeNull()
    expect(result.stderr).toBe(`corrlint: --dictionary: ${join(cwd, 'words.txt')}: is a named pipe (FIFO), not a regular file — corrlint reads only files (use - for standard input)\n`)
    expect(result.code).toBe(2)
  })
})

describe('sizes in messages', () => {
  it('are exact bytes when small', () => {
    expect(formatSize(10)).toBe('10 bytes')
    expect(formatSize(1)).toBe('1 byte')
    expect(formatSize(10 * 1024)).toBe('10 KB')
    expect(formatSize(5 * 1024 * 1024)).toBe('5.0 MB')
  })

  it('--max-file-size 10 names both sizes in bytes', () => {
    const cwd = folder('size')
    const result = run(['--max-file-size', '10', 'good.txt'], cwd)
    expect(result.stderr).toBe(`corrlint: good.txt: file is too large (${Buffer.byteLength(letter)} bytes; the limit is 10 bytes) — raise it with --max-file-size\n`)
    expect(result.code).toBe(2)
  })
})
