/**
 * One pipeline for every draft, file or standard input alike:
 *
 *   read (read.ts) → decode (decode.ts) → split → check → decide (the engine's `lintSource`,
 *   src/engine: pure) → fingerprint (baseline.ts) → [run] baseline (baseline.ts) → report (report.ts)
 *
 * A stage that fails marks that draft fatal (a report with `fatal` set and every criterion not
 * checked) and the run goes on. The per-draft stages run here, in the CLI's thread or a pool worker
 * (pool.ts, worker.ts); the run-wide ones in src/cli/batch.ts.
 */
import {resolve} from 'node:path'
import {fatalReport, lintSource} from '../engine/index.js'
import {CorrlintError} from '../errors.js'
import {relativePath} from '../report/paths.js'
import type {FileReport, Settings, Source} from '../types.js'
import {addFingerprints} from './baseline.js'
import {decode} from './decode.js'
import type {DraftInput} from './read.js'

export {bytesInput, type DraftInput, fileInput} from './read.js'

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

/** A draft read and decoded, or why it could not be: never a rejected promise. */
export type Decoded = {source: Source} | {error: unknown}

/**
 * Start the read and decode stages of a draft. A file is read at once (synchronously), so that
 * the asynchronous part of decoding it, if any (loading the .docx, HTML or MIME reader), overlaps
 * whatever runs next; the promise never rejects.
 */
export function startDraft(input: DraftInput): Promise<Decoded> {
  try {
    const bytes = input.read()
    const source =
      bytes instanceof Uint8Array ? decode(bytes, input.path) : bytes.then((read) => decode(read, input.path))
    return source.then(
      (decoded) => ({source: decoded}),
      (error: unknown) => ({error})
    )
  } catch (error) {
    return Promise.resolve({error})
  }
}

/** The remaining stages of a draft: check it (split, check, decide) and fingerprint its findings. */
export async function finishDraft(
  path: string,
  decoding: Promise<Decoded>,
  settings: Settings,
  options: LintFileOptions
): Promise<FileReport> {
  try {
    const decoded = await decoding
    if ('error' in decoded) throw decoded.error
    const {source} = decoded
    const report = await lintSource(source, settings, {includeText: options.includeText})
    report.path = path
    if (options.fingerprints)
      addFingerprints(report, source.original, relativePath(resolve(options.cwd, path), options.cwd))
    return report
  } catch (error) {
    return fatalReport(path, fatalMessage(path, error))
  }
}

/** Every stage of one draft; a failing stage gives a fatal report, never an exception. */
export async function lintDraft(input: DraftInput, settings: Settings, options: LintFileOptions): Promise<FileReport> {
  return finishDraft(input.path, startDraft(input), settings, options)
}

/**
 * Lint drafts in order. The next draft is read before the current one is checked (see
 * `startDraft`). `each` is called after each draft, and awaited.
 */
export async function lintDrafts(
  drafts: ReadonlyArray<{input: DraftInput; settings: Settings}>,
  options: LintFileOptions,
  each?: (report: FileReport) => unknown
): Promise<FileReport[]> {
  const reports: FileReport[] = []
  let next = drafts.length > 0 ? startDraft(drafts[0].input) : undefined
  for (let index = 0; index < drafts.length; index++) {
    const current = next!
    next = index + 1 < drafts.length ? startDraft(drafts[index + 1].input) : undefined
    const report = await finishDraft(drafts[index].input.path, current, drafts[index].settings, options)
    reports.push(report)
    await each?.(report)
  }
  return reports
}

/** One line naming the file: the user's problem as it is, anything else as an internal error. */
export function fatalMessage(path: string, error: unknown): string {
  if (error instanceof CorrlintError) return error.message
  const reason = error instanceof Error ? error.message : String(error)
  return `${path}: could not be checked (internal error: ${reason}); please report this with the file if you can share it`
}
