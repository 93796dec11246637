/**
 * `--fix` and `--fix-dry-run`: apply the safe single replacements findings carry (src/fix/carry.ts
 * decides which are safe) to the drafts, re-check and apply again (up to MAX_FIX_PASSES), as
 * ESLint does. `--fix` writes a changed file atomically (a temporary file in the same folder,
 * renamed over it, with the file's mode kept); `--fix-dry-run` writes nothing and prints a diff.
 *
 * What is written: plain text and Markdown drafts in UTF-8 (with or without a BOM, which is kept),
 * whose bytes decode and encode back unchanged. Refused, with one line saying so: .docx (a zip of
 * XML: a change in its text is not a change of a text file), .eml (MIME: quoted-printable and
 * base64 parts, where the decoded text is not what is stored), .html (the text corrlint checks is
 * the page without its markup; an editor applies the same fixes through the language server),
 * and files in UTF-16 or another encoding. Nothing else is ever written to a checked file.
 */

import {chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {append} from '../arrays.js'
import {CorrlintError} from '../errors.js'
import {applyFixes, MAX_FIX_PASSES} from '../fix/apply.js'
import {DEFAULT_MAX_BYTES} from '../input/index.js'
import {expandPaths, parseShard} from '../input/paths.js'
import {readRegularFile} from '../input/read.js'
import {checkFile, checkText, formatOf} from '../lsp/check.js'
import {randomHex} from '../text/digest.js'
import type {Finding, Settings} from '../types.js'
import type {BatchFlags} from './batch.js'
import {errorLine} from './output.js'

/** The formats `--fix` writes. */
const WRITABLE = new Set(['text', 'markdown'])

export interface FixOutcome {
  /** Files changed (or that would be, with --fix-dry-run). */
  files: number
  /** Fixes applied. */
  fixes: number
  /** The unified diff of every change (for --fix-dry-run). */
  diff: string
}

export interface FixIO {
  stderr: {write(text: string): unknown}
  cwd: string
}

/** Fix the drafts `paths` name (folders and globs expanded as for a check). */
export async function fixPaths(
  paths: string[],
  flags: BatchFlags,
  io: FixIO,
  settingsFor: (path: string) => Promise<Settings>,
  write: boolean
): Promise<FixOutcome> {
  if (paths.includes('-'))
    throw new CorrlintError('--fix and --fix-dry-run work on files, not standard input: name the draft')
  const named = paths.filter((path) => path !== '-')
  const files = await expandPaths(named, {
    cwd: io.cwd,
    ignorePatterns: flags.ignorePattern,
    ignoreFile: flags.ignore !== false,
    errorOnUnmatched: flags.errorOnUnmatched !== false,
    shard: flags.shard ? parseShard(flags.shard) : undefined
  })
  const outcome: FixOutcome = {files: 0, fixes: 0, diff: ''}
  for (const path of files) {
    const absolute = resolve(io.cwd, path)
    const format = formatOf(path) ?? 'text'
    if (!WRITABLE.has(format)) {
      // Said only of a file that has something to fix; the check that follows reports the rest.
      const fixable = await fixableCount(absolute, await settingsFor(path))
      if (fixable > 0) {
        const counted = `${fixable} ${fixable === 1 ? 'fix' : 'fixes'}`
        io.stderr.write(
          errorLine(
            `${path}: not fixed (${counted}): --fix changes only plain text and Markdown drafts (${format} is left as it is)`
          )
        )
      }
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = readRegularFile(absolute, flags.maxFileSize ?? DEFAULT_MAX_BYTES, path)
    } catch {
      // The check that follows reports why the file cannot be read.
      continue
    }
    const decoded = utf8Text(bytes)
    if (!decoded) {
      io.stderr.write(
        errorLine(`${path}: not fixed: --fix writes only UTF-8 files, and this one is in another encoding`)
      )
      continue
    }
    const settings = await settingsFor(path)
    const {text, fixes} = await fixText(decoded.text, path, settings)
    if (fixes.length === 0) continue
    outcome.files++
    outcome.fixes += fixes.length
    if (write) writeAtomically(absolute, decoded.bom + text, path)
    else outcome.diff += unifiedDiff(path, decoded.text, text)
  }
  return outcome
}

/** Apply fixes to `text` until none is left (or MAX_FIX_PASSES): the fixed text and the fixes applied. */
export async function fixText(
  text: string,
  path: string,
  settings: Settings
): Promise<{text: string; fixes: Finding[]}> {
  const fixes: Finding[] = []
  let current = text
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const report = await checkText(current, path, settings)
    const result = applyFixes(current, report.findings)
    if (result.applied.length === 0) break
    append(fixes, result.applied)
    current = result.text
  }
  return {text: current, fixes}
}

/** How many findings of a file carry a fix (0 when it cannot be read or checked: the check says why). */
async function fixableCount(path: string, settings: Settings): Promise<number> {
  try {
    return (await checkFile(path, settings)).findings.filter((finding) => finding.fix).length
  } catch {
    return 0
  }
}

/**
 * The file's text when its bytes are UTF-8 that encodes back to the same bytes (no stray bytes, no
 * lone `\r` line ends the reader would turn into `\n`); with the BOM it had, to write back.
 */
function utf8Text(bytes: Uint8Array): {text: string; bom: string} | undefined {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(body)
  } catch {
    return undefined
  }
  if (/\r(?!\n)/.test(text) || text.includes('\0')) return undefined
  if (!Buffer.from(text, 'utf8').equals(Buffer.from(body))) return undefined
  return {text, bom: hasBom ? '\ufeff' : ''}
}

/** Write `text` over the file at `path` in one step, keeping its mode; never half a file. */
function writeAtomically(path: string, text: string, shown: string): void {
  let target = path
  try {
    target = realpathSync(path)
  } catch {
    // Written where named.
  }
  const mode = statSync(target).mode & 0o7777
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomHex()}.tmp`)
  try {
    writeFileSync(temporary, text, {flag: 'wx', mode})
    chmodSync(temporary, mode)
    renameSync(temporary, target)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // Never created, or gone already.
    }
    throw new CorrlintError(`--fix: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, shown)
  }
}

/** A unified diff of two texts, one hunk per run of changed lines with two lines of context. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const ops = lineOps(before.split('\n'), after.split('\n'))
  const context = 2
  const out = [`--- ${path}`, `+++ ${path}`]
  let at = 0
  while (at < ops.length) {
    if (ops[at].kind === ' ') {
      at++
      continue
    }
    const start = Math.max(0, at - context)
    let end = at
    // One hunk for changes closer together than twice the context.
    for (let k = at; k < ops.length && k - end <= context * 2; k++) if (ops[k].kind !== ' ') end = k
    end = Math.min(ops.length - 1, end + context)
    const hunk = ops.slice(start, end + 1)
    const aCount = hunk.filter((op) => op.kind !== '+').length
    const bCount = hunk.filter((op) => op.kind !== '-').length
    out.push(`@@ -${hunk[0].ai + 1},${aCount} +${hunk[0].bi + 1},${bCount} @@`)
    for (const op of hunk) out.push(`${op.kind}${op.line}`)
    at = end + 1
  }
  return `${out.join('\n')}\n`
}

interface LineOp {
  kind: ' ' | '-' | '+'
  line: string
  /** Line index in the old and the new text where this line is (or would be). */
  ai: number
  bi: number
}

/**
 * The lines kept, removed and added. Fixes rarely change the number of lines (a doubled word split
 * over two does): the common head and tail are kept, and the rest compared by a longest common
 * subsequence when it is small, or shown as replaced when it is not.
 */
function lineOps(a: string[], b: string[]): LineOp[] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const ops: LineOp[] = []
  for (let k = 0; k < head; k++) ops.push({kind: ' ', line: a[k], ai: k, bi: k})
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  if (midA.length === midB.length || midA.length * midB.length > 1_000_000) {
    // Line for line: each changed line as removed then added.
    const pairs = Math.max(midA.length, midB.length)
    for (let k = 0; k < pairs; k++) {
      if (k < midA.length && k < midB.length && midA[k] === midB[k])
        ops.push({kind: ' ', line: midA[k], ai: head + k, bi: head + k})
      else {
        if (k < midA.length) ops.push({kind: '-', line: midA[k], ai: head + k, bi: head + Math.min(k, midB.length)})
        if (k < midB.length) ops.push({kind: '+', line: midB[k], ai: head + Math.min(k + 1, midA.length), bi: head + k})
      }
    }
  } else {
    const table = Array.from({length: midA.length + 1}, () => new Array<number>(midB.length + 1).fill(0))
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        table[i][j] = midA[i] === midB[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1])
      }
    }
    let i = 0
    let j = 0
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j])
        ops.push({kind: ' ', line: midA[i++], ai: head + i - 1, bi: head + j++})
      else if (j < midB.length && (i === midA.length || table[i][j + 1] >= table[i + 1][j]))
        ops.push({kind: '+', line: midB[j++], ai: head + i, bi: head + j - 1})
      else ops.push({kind: '-', line: midA[i++], ai: head + i - 1, bi: head + j})
    }
  }
  for (let k = tail; k > 0; k--) ops.push({kind: ' ', line: a[a.length - k], ai: a.length - k, bi: b.length - k})
  return ops
}
