/**
 * Check one file: read it, lint it, fingerprint its findings. Runs in a pool worker (the default
 * export is the task) or in the main thread. Every rule, and the spelling dictionary, is prepared
 * once per thread, since the engine remembers which rules it prepared.
 */
import {resolve} from 'node:path'
import {CorrlintError} from '../errors.js'
import {readSource} from '../input/index.js'
import {relativePath} from '../report/paths.js'
import type {FileReport, Settings, Source} from '../types.js'
import {addFingerprints} from './baseline.js'
import {fatalReport, lintSource} from './index.js'

export interface LintFileOptions {
  /** Paths in fingerprints are relative to this folder (`./a.txt` and `a.txt` are the same file). */
  cwd: string
  /** Largest file to read, in bytes. */
  maxBytes?: number
  /** Keep the original text in the report (formats that show the draft). */
  includeText?: boolean
  /** Set `fingerprint` on every finding (SARIF, baselines). */
  fingerprints?: boolean
}

export interface LintFileTask {
  path: string
  settings: Settings
  options: LintFileOptions
}

/** Lint one file; a file that cannot be read or checked becomes a report with `fatal` set. */
export async function lintFile(path: string, settings: Settings, options: LintFileOptions): Promise<FileReport> {
  return lintRead(path, startRead(path, options), settings, options)
}

/**
 * Lint files in order. The next file is read (synchronously: cheaper for small drafts than the
 * promise API) before the current one is checked, so that the asynchronous part of reading it,
 * if any (loading the .docx, HTML or MIME reader), overlaps the check instead of idling this
 * thread. `each` is called after each file, and awaited.
 */
export async function lintFiles(
  files: ReadonlyArray<{path: string; settings: Settings}>,
  options: LintFileOptions,
  each?: (report: FileReport) => unknown
): Promise<FileReport[]> {
  const reports: FileReport[] = []
  let next = files.length > 0 ? startRead(files[0].path, options) : undefined
  for (let index = 0; index < files.length; index++) {
    const current = next!
    next = index + 1 < files.length ? startRead(files[index + 1].path, options) : undefined
    const report = await lintRead(files[index].path, current, files[index].settings, options)
    reports.push(report)
    await each?.(report)
  }
  return reports
}

type Read = {source: Source} | {error: unknown}

/**
 * Lint a draft read some other way than from a path (standard input), through the same steps as a
 * file: the same fatal report when reading fails, the same fingerprints, so a baseline written from
 * standard input applies to the file and back (with --stdin-filename naming it).
 */
export async function lintReading(path: string, reading: Promise<Source>, settings: Settings, options: LintFileOptions): Promise<FileReport> {
  return lintRead(path, settled(reading), settings, options)
}

/** A read that never rejects: a failure is kept for lintRead to report. */
function settled(reading: Promise<Source>): Promise<Read> {
  return reading.then(
    (source) => ({source}),
    (error: unknown) => ({error})
  )
}

/** Start reading a file; the promise never rejects (a failure is kept for lintRead to report). */
function startRead(path: string, options: LintFileOptions): Promise<Read> {
  // Relative paths are relative to options.cwd; messages and reports keep the path as given.
  return settled(readSource(path, {maxBytes: options.maxBytes, cwd: options.cwd}))
}

async function lintRead(path: string, reading: Promise<Read>, settings: Settings, options: LintFileOptions): Promise<FileReport> {
  try {
    const read = await reading
    if ('error' in read) throw read.error
    const {source} = read
    const report = await lintSource(source, settings, {includeText: options.includeText})
    report.path = path
    if (options.fingerprints) addFingerprints(report, source.original, relativePath(resolve(options.cwd, path), options.cwd))
    return report
  } catch (error) {
    return fatalReport(path, fatalMessage(path, error))
  }
}

/** One line naming the file: the user's problem as it is, anything else as an internal error. */
export function fatalMessage(path: string, error: unknown): string {
  if (error instanceof CorrlintError) return error.message
  const reason = error instanceof Error ? error.message : String(error)
  return `${path}: could not be checked (internal error: ${reason}); please report this with the file if you can share it`
}

/** Several files in one task: fewer messages between threads, and one memory check per batch instead of per file. */
export interface LintBatchTask {
  files: Array<{path: string; settings: Settings}>
  options: LintFileOptions
}

/** The pool's task: one file, or a batch of files checked in order. */
export default async function task(input: LintFileTask | LintBatchTask): Promise<FileReport | FileReport[]> {
  if (!('files' in input)) return lintFile(input.path, input.settings, input.options)
  return lintFiles(input.files, input.options)
}
