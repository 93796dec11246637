/**
 * Bad input, generated here rather than committed: each file gives either a correct report or one
 * clear line naming the file and the problem with exit 2 — never a stack trace, a hang or a crash —
 * and in a batch the other files are still checked. The program runs in this process
 * (test/support/cli.ts); standard input past its limit and the batch run the built program.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runInProcess} from './support/cli.js'
import {makeZip} from './support/zip.js'

const bin = new URL('../bin/corrlint.cjs', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'corrlint-bad-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const letter =
  'Dear Mrs Patel,\n\nThank you for your letter about your bill. We will send a corrected bill by Friday 27 November.\n\nYours sincerely,\nSam Okafor\n'

/** The program in this process, JSON out. */
function run(args: string[]) {
  return runInProcess([...args, '--format', 'json'], {cwd: dir})
}

/** The built program in a process of its own: a hang would show as a signal. */
function spawned(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal}
}

function eml(
  body: string,
  headers = 'From: Sam <sam@example.com>\nTo: Anita <anita@example.org>\nSubject: Your bill for October\n'
) {
  return `${headers}MIME-Version: 1.0\n${body}`
}

function nestedMultipart(depth: number): string {
  let part = `Content-Type: text/plain; charset=utf-8\n\n${letter}`
  for (let level = 0; level < depth; level++) {
    part = `Content-Type: multipart/mixed; boundary="b${level}"\n\n--b${level}\n${part}\n--b${level}--\n`
  }
  return eml(part)
}

/** name → [content, what must happen]. 'report' means exit 0 or 1 with a report for the file. */
const cases: Record<string, {content: Buffer | string; expect: 'report' | RegExp}> = {
  'empty.txt': {content: '', expect: 'report'},
  'whitespace.txt': {content: ' \n\t\n   \n', expect: 'report'},
  'image.txt': {
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    expect: /PNG image|binary/i
  },
  'nul.txt': {
    content: Buffer.concat([Buffer.from('Dear Sam,\n'), Buffer.alloc(64), Buffer.from('Kind regards\n')]),
    expect: /binary/i
  },
  'invalid-utf8.txt': {
    content: Buffer.concat([Buffer.from(letter), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]),
    expect: 'report'
  },
  'utf16le-bom.txt': {
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letter, 'utf16le')]),
    expect: 'report'
  },
  'utf16be-bom.txt': {
    content: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(letter, 'utf16le').swap16()]),
    expect: 'report'
  },
  'utf16le-no-bom.txt': {content: Buffer.from(letter, 'utf16le'), expect: 'report'},
  'utf16be-no-bom.txt': {content: Buffer.from(letter, 'utf16le').swap16(), expect: 'report'},
  'latin1.txt': {content: Buffer.from(letter.replace('bill', 'café bill £5'), 'latin1'), expect: 'report'},
  'one-long-line.txt': {content: `Dear Sam, ${'we will call you tomorrow and '.repeat(36_000)}\n`, expect: 'report'},
  'broken-boundary.eml': {
    content: eml(`Content-Type: multipart/alternative; boundary="xyz"\n\n--abc\nContent-Type: text/plain\n\n${letter}`),
    expect: 'report'
  },
  'unterminated-headers.eml': {
    content: 'From: Sam <sam@example.com>\nSubject: Your bill\nTo: anita@exa',
    expect: 'report'
  },
  'nested-100.eml': {content: nestedMultipart(100), expect: 'report'},
  'not-a-zip.docx': {content: 'This is plain text pretending to be a Word document.', expect: /not a valid \.docx/i},
  'nested-10000.html': {
    content: `<html><body>${'<div>'.repeat(10_000)}<p>Dear Sam,</p><p>Your refund is approved.</p>${'</div>'.repeat(10_000)}</body></html>`,
    expect: 'report'
  }
}

beforeAll(() => {
  for (const [name, item] of Object.entries(cases)) writeFileSync(join(dir, name), item.content)
  writeFileSync(join(dir, 'good.txt'), letter)
  writeFileSync(
    join(dir, 'zip-bomb.docx'),
    makeZip([
      {name: '[Content_Types].xml', data: Buffer.from('<Types/>')},
      // Past the 64 MB limit (src/input/docx.ts) by enough to tell.
      {name: 'word/document.xml', data: Buffer.alloc(80 * 1024 * 1024, 0x20)}
    ])
  )
  mkdirSync(join(dir, 'folder.txt'))
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'))
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'))
  // Past the default --max-file-size of 5 MB.
  writeFileSync(join(dir, 'six-mb.txt'), Buffer.alloc(6 * 1024 * 1024, 'We will call you tomorrow. '))
  writeFileSync(join(dir, 'secret.txt'), letter)
  chmodSync(join(dir, 'secret.txt'), 0o000)
})

function expectOneLineNaming(stderr: string, name: string, pattern: RegExp) {
  const lines = stderr.trim().split('\n')
  expect(lines, stderr).toHaveLength(1)
  expect(lines[0]).toContain(name)
  expect(lines[0]).toMatch(pattern)
  expect(stderr).not.toMatch(/\n\s+at |Error:/)
}

describe('bad input', () => {
  for (const [name, item] of Object.entries(cases)) {
    it(name, async () => {
      const {code, stdout, stderr} = await run([name])
      expect(stderr).not.toMatch(/\n\s+at /)
      if (item.expect === 'report') {
        expect([0, 1], stderr).toContain(code)
        const [file] = JSON.parse(stdout).files
        expect(file.path).toBe(name)
        expect(file.fatal).toBeUndefined()
      } else if (code === 2) {
        expectOneLineNaming(stderr, name, item.expect)
      } else {
        expect([0, 1]).toContain(code)
        expect(JSON.parse(stdout).files[0].path).toBe(name)
      }
    })
  }

  it.each([
    ['missing.txt', /not found|no such file/i],
    ['folder.txt', /folder with no drafts/i],
    ['loop-a.txt', /symbolic link|loop|cannot be read/i],
    ['six-mb.txt', /too large.*--max-file-size/i],
    ['zip-bomb.docx', /would expand to \d+ MB/i]
  ])('%s: one clear line, exit 2', async (name, pattern) => {
    const {code, stderr} = await run([name])
    expect(code).toBe(2)
    expectOneLineNaming(stderr, name, pattern)
  })

  it.skipIf(process.getuid?.() === 0)('an unreadable file: one clear line, exit 2', async () => {
    const {code, stderr} = await run(['secret.txt'])
    expect(code).toBe(2)
    expectOneLineNaming(stderr, 'secret.txt', /permission/i)
  })

  it('standard input past the size limit: one clear line, exit 2, without reading it all', () => {
    const result = spawnSync(
      process.execPath,
      [bin, '-', '--stdin-filename', 'piped.txt', '--max-file-size', '1000', '--format', 'json'],
      {
        cwd: dir,
        encoding: 'utf8',
        input: 'Dear Sam,\n\n' + 'We will call you. '.repeat(200),
        timeout: 60_000
      }
    )
    expect(result.status).toBe(2)
    expectOneLineNaming(result.stderr, 'piped.txt', /standard input is too large.*--max-file-size/i)
  })

  it('checks the other files of a batch when some are broken', () => {
    const {code, stdout, signal} = spawned(['missing.txt', 'image.txt', 'not-a-zip.docx', 'good.txt', 'folder.txt'])
    expect(signal, 'no hang').toBeNull()
    expect(code).toBe(2)
    const files = JSON.parse(stdout).files as Array<{
      path: string
      fatal?: string
      criteria: Array<{id: string; status: string}>
    }>
    expect(files.map((file) => file.path)).toEqual([
      'missing.txt',
      'image.txt',
      'not-a-zip.docx',
      'good.txt',
      'folder.txt'
    ])
    const good = files.find((file) => file.path === 'good.txt')!
    expect(good.fatal).toBeUndefined()
    expect(good.criteria.find((c) => c.id === 'structure')?.status).toBe('pass')
  })
})
