/**
 * Fixes: which findings carry one (src/fix/carry.ts), how they are applied (src/fix/apply.ts and
 * src/cli/fix.ts), and `--fix` / `--fix-dry-run` on real files through the program: every fixable
 * rule fixed, good text unchanged, nothing fixed in set-aside parts or over a confidential value,
 * .html, .eml and .docx refused, the file written whole with its BOM and mode.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {fixText, unifiedDiff} from '../src/cli/fix.js'
import {splitDocument} from '../src/document/index.js'
import {defaultSettings} from '../src/engine/index.js'
import {applyFixes} from '../src/fix/apply.js'
import {carryFix} from '../src/fix/carry.js'
import {textSource} from '../src/input/text.js'
import type {Finding} from '../src/types.js'
import {lintText} from './helpers.js'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/corrlint.cjs')

/** A whole reply around `body`, with a salutation and close that match. */
function reply(body: string, close = 'Yours sincerely,'): string {
  return `Dear Mrs Patel,\n\n${body}\n\nIf you have any questions, reply to this email or call us on 0161 496 0000.\n\n${close}\nSam Okafor\nCustomer Service\n`
}

async function fixed(text: string): Promise<{text: string; rules: string[]}> {
  const result = await fixText(text, 'draft.txt', defaultSettings())
  return {text: result.text, rules: [...new Set(result.fixes.map((finding) => finding.ruleId))].sort()}
}

describe('every fixable rule', () => {
  it.each([
    [
      'spelling/dialect',
      'We have moved our service center to a new building on Friday 27 November.',
      'We have moved our service centre to a new building on Friday 27 November.'
    ],
    [
      'spelling/dialect',
      'The center will call you on Friday 27 November.',
      'The centre will call you on Friday 27 November.'
    ],
    [
      'spelling/repeated-word',
      'We will call you on the the morning of Friday 27 November.',
      'We will call you on the morning of Friday 27 November.'
    ],
    [
      'spelling/indefinite-article',
      'The engineer will arrive within a hour of 9am on Friday 27 November.',
      'The engineer will arrive within an hour of 9am on Friday 27 November.'
    ],
    [
      'spelling/indefinite-article',
      'An refund of £20 will reach your account on Friday 27 November.',
      'A refund of £20 will reach your account on Friday 27 November.'
    ],
    [
      'clarity/wordy-phrase',
      'In order to change your delivery date, we will call you on Friday 27 November.',
      'To change your delivery date, we will call you on Friday 27 November.'
    ],
    [
      'clarity/wordy-phrase',
      'We will call you prior to the visit on Friday 27 November.',
      'We will call you before the visit on Friday 27 November.'
    ]
  ])('%s: %s', async (rule, before, after) => {
    const result = await fixed(reply(`Thank you for your letter about your sofa. ${before}`))
    expect(result.text).toBe(reply(`Thank you for your letter about your sofa. ${after}`))
    expect(result.rules).toEqual([rule])
  })

  it('structure/close-matches-salutation: the close that fits the salutation, punctuation kept', async () => {
    const body = 'Thank you for your letter about your sofa. We will call you on Friday 27 November.'
    const result = await fixed(reply(body, 'Yours faithfully,'))
    expect(result.text).toBe(reply(body, 'Yours sincerely,'))
    expect(result.rules).toEqual(['structure/close-matches-salutation'])
    const unnamed = (close: string) => reply(body, close).replace('Dear Mrs Patel,', 'Dear Sir or Madam,')
    expect((await fixed(unnamed('Yours sincerely.'))).text).toBe(unnamed('Yours faithfully.'))
  })

  it('applies several fixes in one sentence, and the ones a first pass uncovers', async () => {
    const result = await fixed(
      reply(
        'Thank you for your letter about the the color of your sofa. In order to arrange a exchange, we will call you on Friday 27 November.'
      )
    )
    expect(result.text).toBe(
      reply(
        'Thank you for your letter about the colour of your sofa. To arrange an exchange, we will call you on Friday 27 November.'
      )
    )
    expect(result.rules).toEqual([
      'clarity/wordy-phrase',
      'spelling/dialect',
      'spelling/indefinite-article',
      'spelling/repeated-word'
    ])
  })

  it('leaves good text unchanged', async () => {
    for (const text of [
      reply(
        'Thank you for your letter about the colour of your sofa. To arrange an exchange, we will call you on Friday 27 November.'
      ),
      reply('Your engineer will arrive within an hour of the start of your slot. It is a useful service.'),
      reply('We had had no word from the courier, so we will call you before the visit on Friday 27 November.'),
      reply('Thank you for your call.', 'Yours sincerely,')
        .replace('Dear Mrs Patel,', 'Hi Sam,')
        .replace('Yours sincerely,', 'Kind regards,')
    ]) {
      expect(await fixed(text)).toEqual({text, rules: []})
    }
  })

  it('spelling/misspelling: its closest word is a suggestion to review, never applied by --fix', async () => {
    const text = reply('Thank you for your letter. We will definately call you on Friday 27 November.')
    const report = await lintText(text)
    const misspelt = report.findings.filter((finding) => finding.ruleId === 'spelling/misspelling')
    const start = text.indexOf('definately')
    expect(misspelt.map((finding) => [finding.fix, finding.suggestions])).toEqual([
      [
        undefined,
        [{desc: 'Replace "definately" with "definitely".', fix: {range: [start, start + 10], text: 'definitely'}}]
      ]
    ])
    expect(await fixed(text)).toEqual({text, rules: []})
  })

  it('offers no fix where a rule has more than one replacement, or none', async () => {
    // "with regard to" → "about" or "regarding"? and a misspelling with no close word.
    const report = await lintText(
      reply('Thank you for your letter. We will call you on Friday 27 November about the zxqvbnm.')
    )
    const misspelt = report.findings.filter((finding) => finding.ruleId === 'spelling/misspelling')
    expect(misspelt).toHaveLength(1)
    expect(misspelt[0].fix).toBeUndefined()
    expect(misspelt[0].suggestions).toBeUndefined()
  })
})

describe('where fixes are never made', () => {
  it('not in a quoted earlier message, a signature block or a disclaimer', async () => {
    const text = `Dear Mrs Patel,

Thank you for your reply. We will call you on Friday 27 November.

If you have any questions, reply to this email or call us on 0161 496 0000.

Yours sincerely,
Sam Okafor

-- 
Sam Okafor | the the color team
Warmhome Services Ltd

This email is confidential and intended solely for the the addressee.

On Mon, 23 Nov 2026 at 10:02, Anna Patel <anna@example.com> wrote:
> I definately want a exchange for the the color of my sofa.
`
    expect(await fixed(text)).toEqual({text, rules: []})
  })

  it('not over or beside a confidential value (carryFix)', () => {
    const text = 'Dear Mrs Patel,\n\nYour color code is 4111 1111 1111 1111 today.\n\nYours sincerely,\nSam Okafor\n'
    const doc = splitDocument(textSource(text, 'draft.txt'))
    const card = {start: text.indexOf('4111'), end: text.indexOf(' today')}
    const identity = (value: string) => value
    const color = text.indexOf('color')
    expect(carryFix(doc, {start: color, end: color + 5, text: 'colour'}, [card], identity)).toEqual({
      range: [color, color + 5],
      text: 'colour'
    })
    expect(carryFix(doc, {start: card.start, end: card.start + 4, text: '5555'}, [card], identity)).toBeUndefined()
    expect(carryFix(doc, {start: card.end, end: card.end + 6, text: ' now'}, [card], identity)).toBeUndefined()
    // A fix that would write a confidential value (the masker changes it) is dropped.
    expect(
      carryFix(doc, {start: color, end: color + 5, text: 'colour'}, [], (value) => value.replace('colour', '[masked]'))
    ).toBeUndefined()
  })

  it('not where the original file holds other characters than the text checked (HTML entities)', async () => {
    const report = await lintText(
      '<p>Dear Mrs Patel,</p><p>We will fix the colo&#117;r and the the color of your sofa on Friday 27 November.</p><p>Yours sincerely,<br>Sam Okafor</p>',
      {path: 'reply.html', format: 'html'}
    )
    const fixes = report.findings.filter((finding) => finding.fix).map((finding) => [finding.ruleId, finding.fix!.text])
    expect(fixes).toEqual([
      ['spelling/repeated-word', 'the'],
      ['spelling/dialect', 'colour']
    ])
    const original =
      '<p>Dear Mrs Patel,</p><p>We will fix the colo&#117;r and the the color of your sofa on Friday 27 November.</p><p>Yours sincerely,<br>Sam Okafor</p>'
    const after = applyFixes(original, report.findings).text
    expect(after).toBe(
      '<p>Dear Mrs Patel,</p><p>We will fix the colo&#117;r and the colour of your sofa on Friday 27 November.</p><p>Yours sincerely,<br>Sam Okafor</p>'
    )
  })
})

describe('applyFixes', () => {
  const finding = (start: number, end: number, text: string): Finding => ({
    ruleId: 'spelling/dialect',
    criterion: 'spelling',
    severity: 'error',
    message: '',
    start: {offset: start, line: 1, column: start + 1},
    end: {offset: end, line: 1, column: end + 1},
    fix: {range: [start, end], text}
  })

  it('applies fixes in order and leaves overlapping or touching ones for the next pass', () => {
    expect(applyFixes('a color center', [finding(8, 14, 'centre'), finding(2, 7, 'colour')]).text).toBe(
      'a colour centre'
    )
    const result = applyFixes('abcdef', [finding(0, 3, 'X'), finding(2, 4, 'Y'), finding(3, 5, 'Z')])
    expect(result.text).toBe('Xdef')
    expect(result.applied).toHaveLength(1)
    expect(applyFixes('abc', [finding(2, 9, 'X')]).applied).toEqual([])
  })

  it('writes a unified diff of the changed lines', () => {
    expect(unifiedDiff('a.txt', 'one\ntwo\nthree\nfour\nfive\nsix\n', 'one\ntwo\nTHREE\nfour\nfive\nsix\n')).toBe(
      '--- a.txt\n+++ a.txt\n@@ -1,5 +1,5 @@\n one\n two\n-three\n+THREE\n four\n five\n'
    )
  })
})

describe('corrlint --fix and --fix-dry-run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-fix-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: dir, encoding: 'utf8'})
  const flawed = reply(
    'Thank you for your letter about the the color of your sofa. We will call you on Friday 27 November.'
  )
  const good = reply('Thank you for your letter about the colour of your sofa. We will call you on Friday 27 November.')

  it('--fix-dry-run prints a diff and writes nothing', () => {
    writeFileSync(join(dir, 'dry.txt'), flawed)
    const before = statSync(join(dir, 'dry.txt')).mtimeMs
    const result = run('dry.txt', '--fix-dry-run')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(unifiedDiff('dry.txt', flawed, good))
    expect(result.stderr).toBe('corrlint: --fix-dry-run: 2 fixes in 1 file (nothing written)\n')
    expect(readFileSync(join(dir, 'dry.txt'), 'utf8')).toBe(flawed)
    expect(statSync(join(dir, 'dry.txt')).mtimeMs).toBe(before)
  })

  it('--fix writes the fixed text whole, keeps the BOM and mode, and reports what is left', () => {
    writeFileSync(join(dir, 'fix.md'), `\ufeff${flawed}`)
    chmodSync(join(dir, 'fix.md'), 0o640)
    const result = run('fix.md', '--fix', '--format', 'json')
    expect(result.stderr).toBe('corrlint: --fix: 2 fixes in 1 file\n')
    expect(result.status).toBe(0)
    expect(readFileSync(join(dir, 'fix.md'), 'utf8')).toBe(`\ufeff${good}`)
    expect(statSync(join(dir, 'fix.md')).mode & 0o777).toBe(0o640)
    const report = JSON.parse(result.stdout) as {files: Array<{findings: unknown[]}>}
    expect(report.files[0].findings).toEqual([])
    // Nothing left behind beside it.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('--fix leaves a good draft untouched (same bytes and time)', () => {
    writeFileSync(join(dir, 'good.txt'), good)
    const before = statSync(join(dir, 'good.txt')).mtimeMs
    const result = run('good.txt', '--fix')
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(statSync(join(dir, 'good.txt')).mtimeMs).toBe(before)
  })

  it('refuses .html, .eml, other encodings and standard input, and still reports them', () => {
    writeFileSync(join(dir, 'page.html'), `<p>${flawed.replace(/\n/g, '<br>')}</p>`)
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(flawed.replace('Patel', 'Pat\u00e9l'), 'latin1'))
    const mail = `From: sam@example.com\nTo: anna@example.com\nSubject: Your sofa\nContent-Type: text/plain\n\n${flawed}`
    writeFileSync(join(dir, 'mail.eml'), mail)
    const result = run('page.html', 'latin1.txt', 'mail.eml', '--fix', '--format', 'json')
    expect(result.stderr).toContain(
      'page.html: not fixed (2 fixes): --fix changes only plain text and Markdown drafts (html is left as it is)'
    )
    expect(result.stderr).toMatch(
      /mail\.eml: not fixed \(\d fixes?\): --fix changes only plain text and Markdown drafts \(eml is left as it is\)/
    )
    expect(readFileSync(join(dir, 'mail.eml'), 'utf8')).toBe(mail)
    expect(result.stderr).toContain('latin1.txt: not fixed: --fix writes only UTF-8 files')
    expect(result.status).toBe(1)
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe(`<p>${flawed.replace(/\n/g, '<br>')}</p>`)
    // A file of another format with nothing to fix is not mentioned.
    writeFileSync(join(dir, 'good.html'), `<p>${good.replace(/\n/g, '<br>')}</p>`)
    expect(run('good.html', '--fix').stderr).toBe('')
    const stdin = spawnSync(process.execPath, [bin, '-', '--fix'], {cwd: dir, encoding: 'utf8', input: flawed})
    expect(stdin.status).toBe(2)
    expect(stdin.stderr).toContain('work on files, not standard input')
  })
})
