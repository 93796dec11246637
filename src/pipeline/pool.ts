/**
 * Check many files on several cores: this thread and a tinypool of worker threads (one fewer than
 * `--jobs`), each taking batches of files in turn. Reports come back in input order whatever order
 * the files finish in; a file that cannot be read becomes a fatal report and the others carry on;
 * a worker that fails (a broken install, a crash) hands its work back to this thread. One file,
 * `--jobs 1` or a handful of files run in this thread alone, where starting workers would cost
 * more than it saves; without `--jobs`, a worker starts only for every FILES_PER_THREAD files.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {importModule} from '../import-module.js'
import type {FileReport, Settings} from '../types.js'
import {type LintBatchTask, type LintFileOptions, lintFiles} from './worker.js'

export interface CheckFilesOptions extends LintFileOptions {
  /** Threads to use (default: `defaultJobs`, by the number of files and cores). */
  jobs?: number
  /** Called after each file, in finishing order. */
  onProgress?: (done: number, total: number) => void
  /** The worker module to run (default: the compiled worker.js found by `workerFile`). */
  worker?: string
}

/** With fewer files than this, the pool is not worth starting. */
export const MIN_FILES_FOR_POOL = 6

/**
 * Files a thread must have to check before another is worth starting: a worker thread loads the
 * program and compiles its hot code again (about 0.4 s of CPU), which a thread's share of the files
 * must earn back. Measured on the 2-core reference machines (issue 10), --jobs 2 against --jobs 1:
 * 20 drafts 370 vs 280 ms, 50 drafts 450 vs 340 ms, 150 drafts 700 vs 610 ms, 300 drafts 1060 vs
 * 880 ms, 500 drafts even, 2,000 drafts 2.99 vs 3.43 s.
 */
export const FILES_PER_THREAD = 250

/**
 * The threads `--jobs` defaults to for `files` files: one per FILES_PER_THREAD files, at most one
 * per core. (A single thread of corrlint already keeps more than one core busy: V8 compiles and
 * collects garbage on threads of its own.)
 */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD)))
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
  const {jobs = defaultJobs(paths.length), onProgress, worker: workerOverride, ...lintOptions} = options
  const threads = Math.min(jobs, paths.length)
  const worker = threads > 1 && paths.length >= MIN_FILES_FOR_POOL ? (workerOverride ?? workerFile()) : undefined
  let done = 0
  const finished = (report: FileReport) => {
    onProgress?.(++done, paths.length)
    return report
  }
  if (!worker) {
    const files = await Promise.all(paths.map(async (path) => ({path, settings: await settingsFor(path)})))
    return lintFiles(files, lintOptions, finished)
  }
  // Loaded from node_modules, never bundled: tinypool starts its own entry file beside its code.
  const {Tinypool} = await importModule<typeof import('tinypool')>('tinypool')
  // This thread is one of the `threads`: it checks batches too, so --jobs 2 starts one worker, not
  // two (each worker holds its own copy of the rules and dictionaries: about 60 MB).
  const workers = threads - 1
  // A young generation of 16 MB per worker (V8's default here is larger): less peak memory than
  // the default, and than 8 MB, where a draft's objects outlive more scavenges and are promoted.
  // 500 drafts at --jobs 2 (medians of 9): 8 MB 1210 ms and 175 MB, 16 MB 1170 ms and 150 MB,
  // default 1150 ms and 166 MB; 2,000 drafts: 8 MB 4.25 s and 204 MB, 16 MB 3.52 s and 181 MB.
  const pool = new Tinypool({
    filename: worker,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    resourceLimits: {maxYoungGenerationSizeMb: 16}
  })
  // A worker that fails (cannot load, crashes, runs out of memory) makes the pool emit 'error', and
  // tinypool then leaves later tasks pending for ever: race every task against that event.
  let broken = false
  const failed = new Promise<never>((_, reject) =>
    pool.on('error', (error: unknown) => {
      broken = true
      reject(error)
    })
  )
  failed.catch(() => {})
  try {
    const perFile = await Promise.all(paths.map(async (path) => settingsFor(path)))
    const batchHere = async (indexes: number[]): Promise<FileReport[]> =>
      lintFiles(
        indexes.map((index) => ({path: paths[index], settings: perFile[index]})),
        lintOptions,
        async (report) => {
          finished(report)
          // Let the workers' finished batches be collected and new ones handed out between files.
          await new Promise((resolve) => setImmediate(resolve))
        }
      )
    const batchInPool = async (indexes: number[]): Promise<FileReport[]> => {
      const task: LintBatchTask = {
        files: indexes.map((index) => ({path: paths[index], settings: perFile[index]})),
        options: lintOptions
      }
      try {
        return ((await Promise.race([pool.run(task), failed])) as FileReport[]).map(finished)
      } catch {
        // lintFile never throws, so this is the worker itself failing: stop using the pool, and
        // check this batch (and, through this thread's lane, the rest) here.
        broken = true
        return batchHere(indexes)
      }
    }
    const size = batchSize(paths.length, threads)
    const batches: number[][] = []
    for (let start = 0; start < paths.length; start += size)
      batches.push(paths.slice(start, start + size).map((_, offset) => start + offset))
    // Each lane takes the next batch when it is free, so fast and slow lanes share the work.
    const results: FileReport[][] = new Array(batches.length)
    let next = 0
    const lane = async (run: (indexes: number[]) => Promise<FileReport[]>, pooled: boolean) => {
      while (next < batches.length && !(pooled && broken)) {
        const batch = next++
        results[batch] = await run(batches[batch])
      }
    }
    await Promise.all([...Array.from({length: workers}, () => lane(batchInPool, true)), lane(batchHere, false)])
    return results.flat()
  } finally {
    await closePool(pool)
  }
}

type Pool = InstanceType<typeof import('tinypool').Tinypool>

/**
 * Shut the pool down. tinypool 2.2 waits for each worker's exit with `events.once(wrapper,
 * 'exit')`, but its worker wrapper has no `removeListener`: a worker that reports an error while it
 * is being stopped (a module that fails to load just then) made `once` throw a TypeError from
 * inside the worker's event, an uncaught exception that ended the run (CI of stop 28). Give the
 * wrapper the method `once` needs, and ignore the error: the files were already checked, here if
 * not in the worker.
 */
export async function closePool(pool: Pool): Promise<void> {
  for (const thread of pool.threads as unknown as Array<Record<string, unknown>>) {
    const inner = thread.thread as NodeJS.EventEmitter | undefined
    if (typeof thread.removeListener !== 'function' && typeof inner?.removeListener === 'function') {
      thread.removeListener = inner.removeListener.bind(inner)
    }
  }
  await pool.destroy().catch(() => {})
}

/**
 * Files per task: enough tasks for every thread to stay busy to the end (about eight each), at
 * most 16 files each, so a slow file does not hold up a long batch.
 */
export function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(16, Math.floor(files / (threads * 8))))
}

/**
 * The compiled worker module: beside this file when built (dist/src/pipeline/ from tsc; the bundle's
 * worker.js beside corrlint.cjs in dist/bundle/), else the build's copy when running from src/
 * under vitest. Undefined when there is none: the files are then checked in this thread.
 */
export function workerFile(): string | undefined {
  const candidates = ['./worker.js', '../../dist/src/pipeline/worker.js']
  for (const candidate of candidates) {
    const path = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(path)) return path
  }
  return undefined
}
