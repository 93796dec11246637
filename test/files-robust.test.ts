/**
 * Issues #21 and #22: a broken or special input is one line naming it and the batch goes on; a
 * report or baseline never replaces a draft, is written whole, and is not checked on the next run.
 * The CLI is run from dist/ (`npm run build` first); CORRLINT_BIN runs another build (an older one,
 * to see these tests fail before the fixes).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {binaryKind, decodeBytes, mostlyUtf8} from '../src/input/decode.js'
import {folderProblem} from '../src/input/index.js'
import {looksLikeOwnOutput} from '../src/input/own-output.js'
import {formatSize} from '../src/input/read.js'
import {printable} from '../src/report/paths.js'
import {runInProcess} from './support/cli.js'

const bin = process.env.CORRLINT_BIN ?? new URL('../bin/corrlint.cjs', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'corrlint-files-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const letter = readFileSync(new URL('../fixtures/commit-good-goodwill-payment.txt', import.meta.url), 'utf8')

/** The built program in a process of its own: for special files, whose wrong handling would block a read. */
function run(args: string[], cwd = dir) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', timeout: 30_000})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal}
}

/** The CLI program in this process (test/support/cli.ts), or the build named by CORRLINT_BIN. */
async function check(args: string[], cwd = dir) {
  return process.env.CORRLINT_BIN ? run(args, cwd) : runInProcess(args, {cwd})
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
  return new Map(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => [line.split(',')[0], line])
  )
}

describe('a broken named path is one line and the batch goes on', () => {
  it('a symbolic-link loop', async () => {
    const cwd = folder('loop')
    symlinkSync('loop2', join(cwd, 'loop1'))
    symlinkSync('loop1', join(cwd, 'loop2'))
    const result = await check(['loop1', 'good.txt', '--format', 'csv'], cwd)
    expect(result.stderr).toBe('corrlint: loop1: is a symbolic link that loops back on itself\n')
    expect(rows(result.stdout).get('good.txt')).toMatch(/^good\.txt,email,PASS/)
    expect(result.code).toBe(2)
  })

  it('a path through a file (ENOTDIR) and a name too long (ENAMETOOLONG)', async () => {
    const cwd = folder('names')
    const long = `${'a'.repeat(300)}.txt`
    const result = await check(['good.txt/x.txt', long, 'good.txt', '--format', 'csv'], cwd)
    expect(result.stderr.split('\n')).toEqual([
      'corrlint: good.txt/x.txt: a part of the path is a file, not a folder (check the path)',
      `corrlint: ${long}: the path is too long for the system (check the path)`,
      ''
    ])
    expect(rows(result.stdout).get('good.txt')).toMatch(/^good\.txt,email,PASS/)
    expect(result.code).toBe(2)
  })

  it('an unreadable folder says so, not "no drafts in it"', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'})
    expect(
      folderProblem('/x', () => {
        throw denied
      })
    ).toBe('is a folder that cannot be read (permission denied) — check its permissions')
    expect(folderProblem('/x', () => [])).toMatch(/^is a folder with no drafts in it/)
  })

  it.skipIf(process.getuid?.() === 0)(
    'an unreadable folder, for real (skipped as root, where chmod does not stop a read)',
    async () => {
      const cwd = folder('denied')
      mkdirSync(join(cwd, 'locked'))
      execFileSync('chmod', ['000', join(cwd, 'locked')])
      const result = await check(['locked', 'good.txt', '--format', 'csv'], cwd)
      execFileSync('chmod', ['755', join(cwd, 'locked')])
      expect(result.stderr).toBe(
        'corrlint: locked: is a folder that cannot be read (permission denied) — check its permissions\n'
      )
      expect(result.code).toBe(2)
    }
  )
})

describe('a file named outright but ignored', () => {
  it('is left out with a note on standard error, and the others are checked as usual', async () => {
    const cwd = folder('ignored-named')
    writeFileSync(join(cwd, 'other.txt'), letter)
    const result = await check(['good.txt', 'other.txt', '--ignore-pattern', 'good.txt', '--format', 'csv'], cwd)
    expect(result.stderr).toBe(
      'corrlint: good.txt: not checked, it is ignored (by --ignore-pattern or .corrlintignore)\n'
    )
    expect([...rows(result.stdout).keys()]).toEqual(['other.txt'])
    expect(result.code).toBe(0)
  })

  it('by .corrlintignore too; with nothing left to check, one line and exit 2', async () => {
    const cwd = folder('ignored-only')
    writeFileSync(join(cwd, '.corrlintignore'), 'good.txt\n')
    const result = await check(['good.txt', '--format', 'csv'], cwd)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'corrlint: nothing to check: "good.txt" is ignored (by --ignore-pattern or .corrlintignore)\n'
    })
    // --no-ignore reads no .corrlintignore: the file is checked.
    expect((await check(['good.txt', '--no-ignore', '--format', 'csv'], cwd)).stdout).toMatch(/^good\.txt,email,PASS/m)
  })

  it('a folder or glob whose every file is ignored is still an error, as in ESLint', async () => {
    const cwd = folder('ignored-glob')
    const result = await check(['*.txt', '--ignore-pattern', '*.txt'], cwd)
    expect(result.stderr).toBe(
      'corrlint: every file matched by "*.txt" is ignored (by --ignore-pattern or .corrlintignore)\n'
    )
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
    expect(result.stderr).toBe(
      `corrlint: --dictionary: ${join(cwd, 'words.txt')}: is a named pipe (FIFO), not a regular file — corrlint reads only files (use - for standard input)\n`
    )
    expect(result.code).toBe(2)
  })
})

describe('sizes in messages', () => {
  it('are exact bytes when small', async () => {
    expect(formatSize(10)).toBe('10 bytes')
    expect(formatSize(1)).toBe('1 byte')
    expect(formatSize(10 * 1024)).toBe('10 KB')
    expect(formatSize(5 * 1024 * 1024)).toBe('5.0 MB')
  })

  it('--max-file-size 10 names both sizes in bytes', async () => {
    const cwd = folder('size')
    const result = await check(['--max-file-size', '10', 'good.txt'], cwd)
    expect(result.stderr).toBe(
      `corrlint: good.txt: file is too large (${Buffer.byteLength(letter)} bytes; the limit is 10 bytes) — raise it with --max-file-size\n`
    )
    expect(result.code).toBe(2)
  })
})

describe('a report or baseline never replaces a draft', () => {
  const cases: Array<[string, string[], string]> = [
    [
      'the draft itself',
      ['d.txt', '-o', 'd.txt'],
      'd.txt: --output would overwrite a draft being checked — write the report to another file'
    ],
    [
      'a symbolic link to it',
      ['d.txt', '-o', 'sym.txt'],
      'sym.txt: --output would overwrite a draft being checked (it is d.txt, which is being checked) — write the report to another file'
    ],
    [
      'a hard link to it',
      ['d.txt', '-o', 'hard.txt'],
      'hard.txt: --output would overwrite a draft being checked (it is d.txt, which is being checked) — write the report to another file'
    ],
    [
      'a draft in a checked folder',
      ['sub', '-o', 'sub/good.txt'],
      'sub/good.txt: --output would overwrite a draft being checked — write the report to another file'
    ],
    [
      'a draft matched by a checked glob',
      ['*.txt', '-o', 'e.txt'],
      'e.txt: --output would overwrite a draft being checked — write the report to another file'
    ],
    [
      'the baseline over a draft',
      ['e.txt', '--write-baseline', 'e.txt'],
      'e.txt: --write-baseline would overwrite a draft being checked — write the baseline to another file'
    ],
    [
      'report and baseline in one file',
      ['d.txt', '-o', 'r.json', '--write-baseline', 'r.json'],
      'r.json: --output and --write-baseline name the same file — give each its own file'
    ]
  ]
  for (const [name, args, message] of cases) {
    it(`refuses ${name}, before anything is written`, async () => {
      const cwd = folder(`refuse-${name.replaceAll(' ', '-')}`)
      for (const draft of ['d.txt', 'e.txt']) writeFileSync(join(cwd, draft), letter)
      symlinkSync('d.txt', join(cwd, 'sym.txt'))
      linkSync(join(cwd, 'd.txt'), join(cwd, 'hard.txt'))
      mkdirSync(join(cwd, 'sub'))
      writeFileSync(join(cwd, 'sub', 'good.txt'), letter)
      const result = await check(args, cwd)
      expect(result.stderr).toBe(`corrlint: ${message}\n`)
      expect(result.stdout).toBe('')
      expect(result.code).toBe(2)
      for (const draft of ['d.txt', 'e.txt', 'sub/good.txt'])
        expect(readFileSync(join(cwd, draft), 'utf8')).toBe(letter)
      expect(existsSync(join(cwd, 'r.json'))).toBe(false)
    })
  }
})

describe('reports and baselines are written whole', () => {
  it('replaces an old report by renaming a finished file over it, leaving no temporary file', async () => {
    const cwd = folder('atomic')
    writeFileSync(join(cwd, 'report.json'), 'old report')
    // A second name for the old report: written in place, it would change too; renamed over, it keeps the old text.
    linkSync(join(cwd, 'report.json'), join(cwd, 'old-name.json'))
    const result = await check(
      ['good.txt', '-f', 'json', '-o', 'report.json', '--write-baseline', 'baseline.json'],
      cwd
    )
    expect(result.code).toBe(0)
    expect(readFileSync(join(cwd, 'old-name.json'), 'utf8')).toBe('old report')
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')).files[0].path).toBe('good.txt')
    expect(JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')).corrlintBaseline).toBe(1)
    expect(readdirSync(cwd).sort()).toEqual(['baseline.json', 'good.txt', 'old-name.json', 'report.json'])
  })

  it('creates missing folders for the report', async () => {
    const cwd = folder('mkdir')
    const result = await check(['good.txt', '-o', 'sub/deeper/r.html', '-f', 'html'], cwd)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(readFileSync(join(cwd, 'sub/deeper/r.html'), 'utf8')).toMatch(/^<!doctype html>/)
  })

  it('says in one line when the folder cannot be made', async () => {
    const cwd = folder('no-mkdir')
    const result = await check(['good.txt', '-o', 'good.txt/r.html'], cwd)
    expect(result.stderr).toBe(
      'corrlint: good.txt/r.html: --output: cannot create the folder good.txt (a part of the path is a file, not a folder: check the path)\n'
    )
    expect(result.code).toBe(2)
  })

  it('says in one line when the report is a folder', async () => {
    const cwd = folder('is-folder')
    mkdirSync(join(cwd, 'out'))
    const result = await check(['good.txt', '-o', 'out'], cwd)
    expect(result.stderr).toBe('corrlint: out: --output: cannot write the file (it is a folder: name a file)\n')
    expect(result.code).toBe(2)
    expect(readdirSync(cwd).sort()).toEqual(['good.txt', 'out'])
  })
})

describe('a report or baseline in a checked folder is not checked on the next run', () => {
  const formats: Array<[string, string]> = [
    ['stylish', 'report.txt'],
    ['markdown', 'report.md'],
    ['html', 'report.html'],
    ['csv', 'report.txt'],
    ['github', 'annotations.txt'],
    ['github (a warning)', 'annotations.txt'],
    ['junit', 'junit.txt'],
    ['json', 'report.text'],
    ['sarif', 'report.markdown']
  ]
  for (const [label, name] of formats) {
    const format = label.split(' ')[0]
    it(`${label} written as ${name}`, async () => {
      const cwd = folder(`own-${label.replace(/\W+/g, '-')}`)
      // A clean run's GitHub annotations are one ::debug:: line in a file (nothing on standard
      // output); a run with a warning has an annotation line.
      const warned = letter.replace('\n\nKind regards', ' Please note that the offer stands.\n\nKind regards')
      if (label === 'github (a warning)') writeFileSync(join(cwd, 'good.txt'), warned)
      // Twice: the second run finds the first run's report in the folder and replaces it.
      for (let round = 0; round < 2; round++) expect((await check(['.', '-f', format, '-o', name], cwd)).code).toBe(0)
      const next = await check(['.', '-f', 'csv'], cwd)
      expect([...rows(next.stdout).keys()]).toEqual(['good.txt'])
      expect(next.code).toBe(0)
      // Named outright, it is checked like any file.
      expect((await check([name, '-f', 'csv'], cwd)).stdout).toContain(`${name},`)
    })
  }

  it('a baseline given a draft extension', async () => {
    const cwd = folder('own-baseline')
    expect((await check(['.', '--write-baseline', 'baseline.txt'], cwd)).code).toBe(0)
    const next = await check(['*.txt', '-f', 'csv'], cwd)
    expect([...rows(next.stdout).keys()]).toEqual(['good.txt'])
    expect(next.code).toBe(0)
  })

  it('no fixture (a real draft) looks like a report', async () => {
    const fixtures = new URL('../fixtures/', import.meta.url)
    const drafts = readdirSync(fixtures, {withFileTypes: true})
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.json'))
      .map((entry) => entry.name)
    expect(drafts.length).toBeGreaterThan(50)
    for (const name of drafts)
      expect([name, looksLikeOwnOutput(readFileSync(new URL(name, fixtures), 'utf8').slice(0, 1024))]).toEqual([
        name,
        false
      ])
  })
})

describe('decoding: binary over the whole file, UTF-8 with a few bad bytes stays UTF-8', () => {
  const utf8Letter =
    'Dear Zoë,\n\nThank you for your letter about the café’s bill of €45. We will refund it by Friday.\n\nKind regards,\nSam\n'

  it('a NUL byte after the first 8 KB is binary', async () => {
    const bytes = Buffer.concat([
      Buffer.from(letter),
      Buffer.from('x'.repeat(9000)),
      Buffer.from([0]),
      Buffer.from('more\n')
    ])
    expect(binaryKind(bytes)).toBe('a binary file (it contains NUL bytes)')
    const cwd = folder('late-nul')
    writeFileSync(join(cwd, 'late-nul.txt'), bytes)
    const result = await check(['late-nul.txt', 'good.txt', '--format', 'csv'], cwd)
    expect(result.stderr).toBe(
      'corrlint: late-nul.txt: cannot check a binary file (it contains NUL bytes); corrlint reads .txt, .md, .eml, .html and .docx\n'
    )
    expect(rows(result.stdout).get('good.txt')).toMatch(/^good\.txt,email,PASS/)
    expect(result.code).toBe(2)
  })

  it('one invalid byte in a UTF-8 file: UTF-8, the bad byte as U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from(utf8Letter), Buffer.from([0xff]), Buffer.from('\n')])
    expect(decodeBytes(bytes)).toBe(`${utf8Letter}\ufffd\n`)
  })

  it('a truncated character at the end of a UTF-8 file', async () => {
    const bytes = Buffer.from(`${utf8Letter}€`).subarray(0, -1)
    expect(decodeBytes(bytes)).toBe(`${utf8Letter}\ufffd`)
  })

  it('a real Windows-1252 file (curly quotes, euro, accents) is still Windows-1252', async () => {
    const cp1252 = Buffer.from([
      ...Buffer.from('Dear Zo'),
      0xeb,
      ...Buffer.from(',\n\nThe caf'),
      0xe9,
      0x92,
      ...Buffer.from('s bill of '),
      0x80,
      ...Buffer.from('45 is '),
      0x93,
      ...Buffer.from('refunded'),
      0x94,
      ...Buffer.from('.\n')
    ])
    expect(decodeBytes(cp1252)).toBe('Dear Zoë,\n\nThe café’s bill of €45 is “refunded”.\n')
  })

  it('a Windows-1252 file with a single high byte is Windows-1252', async () => {
    expect(decodeBytes(Buffer.from([...Buffer.from('We'), 0x92, ...Buffer.from('ll call you.\n')]))).toBe(
      'We’ll call you.\n'
    )
  })

  it('counts sequences, not bytes', async () => {
    expect(mostlyUtf8(Buffer.from([0xc3, 0xa9, 0xff]))).toBe(false)
    expect(mostlyUtf8(Buffer.from([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xff]))).toBe(true)
    // Overlong forms and surrogates are not valid UTF-8.
    expect(mostlyUtf8(Buffer.from([0xe0, 0x80, 0x80, 0xed, 0xa0, 0x80]))).toBe(false)
  })
})

describe('control characters in file names are escaped where a terminal shows them', () => {
  const evil = 'x\u001b[2J\u001b[31mevil.txt'
  const shown = 'x\\x1b[2J\\x1b[31mevil.txt'

  it('escapes C0, C1 and bidirectional controls, and nothing else', async () => {
    expect(printable(evil)).toBe(shown)
    expect(printable('a\u009bb\u202ec\td\ne')).toBe('a\\x9bb\\u202ec\\x09d\\x0ae')
    expect(printable('Zoë’s “letter” (draft) C:\\drafts\\a.txt')).toBe('Zoë’s “letter” (draft) C:\\drafts\\a.txt')
  })

  it.skipIf(process.platform === 'win32')(
    'in the stylish, markdown and github reports and on standard error, not in JSON',
    () => {
      const cwd = folder('control')
      writeFileSync(join(cwd, evil), letter)
      const stylish = run([evil, '--color'], cwd)
      expect(stylish.stdout.split('\n')[0]).toBe(`\u001b[4m${shown}\u001b[24m  \u001b[2m(email)\u001b[22m`)
      for (const format of ['stylish', 'markdown', 'github'])
        expect(run([evil, '-f', format], cwd).stdout).not.toContain('\u001b[2J')
      expect(run([evil, '-f', 'markdown'], cwd).stdout).toContain(`\`${shown}\``)
      const fatal = run([evil, '--max-file-size', '10'], cwd)
      expect(fatal.stderr).toBe(
        `corrlint: ${shown}: file is too large (${Buffer.byteLength(letter)} bytes; the limit is 10 bytes) — raise it with --max-file-size\n`
      )
      expect(fatal.stdout).toContain(`✖ could not be checked: ${shown}: file is too large`)
      expect(JSON.parse(run([evil, '-f', 'json'], cwd).stdout).files[0].path).toBe(evil)
    }
  )
})

describe('other files corrlint reads are bounded too', () => {
  it.skipIf(process.platform === 'win32')('a FIFO as --baseline or as .corrlintignore', () => {
    const cwd = folder('special-baseline')
    execFileSync('mkfifo', [join(cwd, 'baseline.json')])
    const baseline = run(['good.txt', '--baseline', 'baseline.json'], cwd)
    expect(baseline.signal).toBeNull()
    expect(baseline.stderr).toBe(
      'corrlint: baseline.json: is a named pipe (FIFO), not a regular file — corrlint reads only files (use - for standard input)\n'
    )
    expect(baseline.code).toBe(2)
    execFileSync('mkfifo', [join(cwd, '.corrlintignore')])
    const ignore = run(['good.txt'], cwd)
    expect(ignore.signal).toBeNull()
    expect(ignore.stderr).toBe(
      'corrlint: .corrlintignore: is a named pipe (FIFO), not a regular file — corrlint reads only files (use - for standard input)\n'
    )
    expect(ignore.code).toBe(2)
  })
})

describe('what counts as a report', () => {
  it('needs more than a heading or a word', async () => {
    expect(looksLikeOwnOutput('## corrlint\n\nWe started using corrlint for our letters.\n')).toBe(false)
    expect(looksLikeOwnOutput('## corrlint\n\n3 files checked: 2 passed every criterion, 1 error, 0 warnings.\n')).toBe(
      true
    )
    expect(looksLikeOwnOutput('Dear Ann,\n\nRead as: the attached letter.\n')).toBe(false)
    expect(looksLikeOwnOutput('::debug::corrlint: 3 files checked, nothing to report\n')).toBe(true)
    expect(looksLikeOwnOutput('::debug::corrlint is great\n')).toBe(false)
    expect(
      looksLikeOwnOutput(
        '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "runs": [{"tool": {"driver": {"name": "other"}}}]'
      )
    ).toBe(false)
  })
})
