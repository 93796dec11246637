/**
 * The pool's task (pool.ts): check a batch of files through the pipeline (index.ts) in a worker
 * thread. Every rule, and the spelling dictionary, is prepared once per thread, since the engine
 * remembers which rules it prepared.
 */
import type {FileReport, Settings} from '../types.js'
import {fileInput, type LintFileOptions, lintDraft, lintDrafts} from './index.js'

export type {LintFileOptions} from './index.js'

export interface LintFileTask {
  path: string
  settings: Settings
  options: LintFileOptions
}

/** Several files in one task: fewer messages between threads, and one memory check per batch instead of per file. */
export interface LintBatchTask {
  files: Array<{path: string; settings: Settings}>
  options: LintFileOptions
}

/** Lint one file; a file that cannot be read or checked becomes a report with `fatal` set. */
export async function lintFile(path: string, settings: Settings, options: LintFileOptions): Promise<FileReport> {
  return lintDraft(fileInput(path, options), settings, options)
}

/** Lint files in order (the pipeline's `lintDrafts` over files). */
export async function lintFiles(
  files: ReadonlyArray<{path: string; settings: Settings}>,
  options: LintFileOptions,
  each?: (report: FileReport) => unknown
): Promise<FileReport[]> {
  return lintDrafts(
    files.map(({path, settings}) => ({input: fileInput(path, options), settings})),
    options,
    each
  )
}

/** The pool's task: one file, or a batch of files checked in order. */
export default async function task(input: LintFileTask | LintBatchTask): Promise<FileReport | FileReport[]> {
  if (!('files' in input)) return lintFile(input.path, input.settings, input.options)
  return lintFiles(input.files, input.options)
}
