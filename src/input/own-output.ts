/**
 * Recognise corrlint's own reports and baselines by how they begin, so a folder walk or a glob
 * does not check a report written into the folder it checks (a second run would then fail on the
 * first run's report). Only the first bytes are read. A file named outright is always checked.
 */
import {closeSync, constants, openSync, readSync} from 'node:fs'

const HEAD_BYTES = 1024
/** One buffer for every file of a walk: the reads are synchronous, one at a time. */
const head = Buffer.alloc(HEAD_BYTES)

/** How each report format (and a baseline) starts; a draft a person wrote does not start like these. */
const OWN_OUTPUT: RegExp[] = [
  // baseline (--write-baseline)
  /^\{\s*"corrlintBaseline"\s*:/,
  // json: {"version": …, "files": [{"path": …
  /^\{\s*"version"\s*:\s*"[^"]*"\s*,\s*"files"\s*:\s*\[/,
  // markdown
  /^## corrlint\r?\n\r?\n\d+ files? checked/,
  // html
  /^<!doctype html>[\s\S]*<meta name="generator" content="corrlint /i,
  // junit
  /^<\?xml[^>]*>\s*<testsuites name="corrlint"/,
  // csv
  /^file,kind,Structure,/,
  // github (and its file when there was nothing to report: src/cli/index.ts, reportFileText)
  /^::(?:error|warning|notice) [^\n]*title=corrlint/,
  /^::debug::corrlint: \d+ files? checked, nothing to report/,
  // stylish: a path line, then the file's "Read as:" line or its reason for not being checked
  /^[^\n]*\n {2}(?:Read as: |✖ could not be checked: )/
]

/** SARIF, which other tools write too: the schema corrlint names, and corrlint as the tool. */
const SARIF_SCHEMA = /^\{\s*"\$schema"\s*:\s*"https:\/\/json\.schemastore\.org\/sarif-[\d.]+\.json"/
const SARIF_TOOL = /"driver"\s*:\s*\{\s*"name"\s*:\s*"corrlint"/

/** Whether the text at the start of a file is one of corrlint's reports or baselines. */
export function looksLikeOwnOutput(head: string): boolean {
  const text = head.replace(/^\ufeff/, '')
  return OWN_OUTPUT.some((pattern) => pattern.test(text)) || (SARIF_SCHEMA.test(text) && SARIF_TOOL.test(text))
}

/** Whether the file at `path` is one of corrlint's reports or baselines (false when it cannot be read: the reader reports that). */
export function isOwnOutput(path: string): boolean {
  let fd: number | undefined
  try {
    // Without blocking: a FIFO with a draft's name must not hang the walk (the reader refuses it).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const length = readSync(fd, head, 0, HEAD_BYTES, 0)
    return looksLikeOwnOutput(head.toString('utf8', 0, length))
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
