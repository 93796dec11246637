/**
 * Check many files on all cores: a tinypool of worker threads, each running `lintFile`. Reports
 * come back in input order whatever order the files finish in; a file that fails becomes a fatal
 * report and the others carry on. One file, `--jobs 1` or a handful of files run in this thread,
 * where starting workers would cost more than it saves.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import type {FileReport, Settings} from '../types.js'
import {fatalReport} from './index.js'
import {fatalMessage, lintFile, type LintFileOptions, type LintFileTask} from './worker.js'

export interface CheckFilesOptions extends LintFileOptions {
  /** Worker threads to use (default: the number of cores). */
  jobs?: number
  /** Called after each file, in finishing order. */
  onProgress?: (done: number, total: number) => void
  /** The worker module to run (default: the compiled worker.js found by `workerFile`). */
  worker?: string
}

/** With fewer files than this, the pool is not worth starting. */
export const MIN_FILES_FOR_POOL = 6

/** The number of cores, as `--jobs` defaults to it. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism())
}

/**
 * Lint every file; reports in the order of `paths`. `settings` is one for all files, or a function
 * giving each file its own (a config beside each draft); it runs in this thread, before the file is
 * handed to a worker, so a bad config fails the run here.
 */
export async function checkFiles(
  paths: string[],
  settings: Settings | ((path: string) => Settings | Promise<Settings>),
  options: CheckFilesOptions
): Promise<FileReport[]> {
  const settingsFor = typeof settings === 'function' ? settings : () => settings
  const {jobs = defaultJobs(), onProgress, worker: workerOverride, ...lintOptions} = options
  const threads = Math.min(jobs, paths.length)
  const worker = threads > 1 && paths.length >= MIN_FILES_FOR_POOL ? (workerOverride ?? workerFile()) : undefined
  let done = 0
  const finished = (report: FileReport) => {
    onProgress?.(++done, paths.length)
    return report
  }
  if (!worker) {
    const reports: FileReport[] = []
    for (const path of paths) reports.push(finished(await lintFile(path, await settingsFor(path), lintOptions)))
    return reports
  }
  // Loaded from node_modules, never bundled: tinypool starts its own entry file beside its code.
  const tinypool = 'tinypool'
  const {Tinypool} = (await import(tinypool)) as typeof import('tinypool')
  const pool = new Tinypool({filename: worker, minThreads: threads, maxThreads: threads, idleTimeout: 1000})
  // A worker that cannot start fails its tasks (below); without a listener it would end the process.
  pool.on('error', () => {})
  try {
    const perFile = await Promise.all(paths.map(async (path) => settingsFor(path)))
    return await Promise.all(
      paths.map(async (path, index) => {
        const task: LintFileTask = {path, settings: perFile[index], options: lintOptions}
        try {
          return finished((await pool.run(task)) as FileReport)
        } catch (error) {
          // The worker itself failed (e.g. out of memory): this file is reported, the rest go on.
          return finished(fatalReport(path, fatalMessage(path, error)))
        }
      })
    )
  } finally {
    await pool.destroy()
  }
}

/**
 * The compiled worker module: beside this file when built (dist/src/engine/ from tsc; the bundle's
 * worker.js sits one folder above its chunks), else the build's copy when running from src/ under
 * vitest. Undefined when there is none: the files are then checked in this thread.
 */
export function workerFile(): string | undefined {
  const candidates = ['./worker.js', '../worker.js', '../../dist/src/engine/worker.js']
  for (const candidate of candidates) {
    const path = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(path)) return path
  }
  return undefined
}
