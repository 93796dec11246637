/**
 * What bin/corrlint.cjs runs: set V8's flags for the run, load the bundled program through the code
 * cache (code-cache.ts), and run it. Built by scripts/bundle.mjs into dist/bundle/start.cjs, with
 * Node's built-in modules only: it runs before the program is loaded, so it must stay small.
 */
import {statSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {loadBundle} from './code-cache.js'

/**
 * Runs no bigger than this (in files and bytes) are "small" (`isSmallRun`). The files stay below
 * the pool's threshold (MIN_FILES_FOR_POOL in src/pipeline/pool.ts): a small run never starts a
 * worker thread. Measured on the 2-core reference machines (issue 10), V8's optimising compiler
 * starts to pay for itself at about 100 KB of drafts in one run: one draft cold 144 -> 134 ms
 * without it, three drafts 150 -> 140 ms, a 64 KB letter 290 -> 280 ms; a 1 MB letter 1.7 -> 2.7 s.
 */
export const SMALL_RUN_FILES = 5
export const SMALL_RUN_BYTES = 64 * 1024

/** The V8 flags corrlint sets for every run. */
export const RUN_FLAGS = [
  // V8 first compiles a regular expression to bytecode and, once it has run, again to machine
  // code; corrlint's patterns run on every sentence, so compile them to machine code at once (for
  // the whole process, worker threads included: about 5 ms of a cold start and 7% of a batch).
  '--no-regexp-tier-up',
  // A run is short: inlining makes the optimising compiler (on background threads, one set per
  // worker) cost more than its faster code earns back within it. Without it: 500 drafts at --jobs 2
  // 14% faster and 16% less CPU, 2,000 drafts at --jobs 1 9% faster, the 1 MB letter the same.
  '--no-turbo-inlining'
]

/**
 * Added for a small run: no optimising compiler at all. In a run of one draft it finishes its
 * work as the program ends (and Node waits for it before exiting), on the second core the program
 * would otherwise have to itself.
 */
export const SMALL_RUN_FLAGS = ['--no-opt']

type Stat = (path: string) => {isFile(): boolean; isDirectory(): boolean; size: number}

/**
 * Whether the command line names a small amount of text to check: at most SMALL_RUN_FILES files of
 * SMALL_RUN_BYTES in all, no folder, glob or standard input, and no --watch. Read before the
 * program is loaded (the flags must be set first), so without parsing the options: an argument
 * that is not an existing path (an option's value such as `json`) counts for nothing, and one that
 * is (a config file) counts as text. Only speed depends on the answer, never a result.
 */
export function isSmallRun(args: readonly string[], stat: Stat = statSync): boolean {
  let files = 0
  let bytes = 0
  // A language server lives for hours and checks as the user types: it wants the optimising compiler.
  if (args[0] === 'lsp' || args.includes('--stdio')) return false
  for (const arg of args) {
    if (arg === '-w' || arg === '--watch') return false
    // Standard input may be of any size.
    if (arg === '-') return false
    if (arg.startsWith('-')) continue
    if (/[*?[\]{}]/.test(arg)) return false
    let stats: ReturnType<Stat>
    try {
      stats = stat(arg)
    } catch {
      continue
    }
    if (stats.isDirectory()) return false
    if (!stats.isFile()) continue
    files++
    bytes += stats.size
    if (files > SMALL_RUN_FILES || bytes > SMALL_RUN_BYTES) return false
  }
  return true
}

/** The V8 flags for a run with these arguments. */
export function v8FlagsFor(args: readonly string[], stat?: Stat): string[] {
  return isSmallRun(args, stat) ? [...RUN_FLAGS, ...SMALL_RUN_FLAGS] : [...RUN_FLAGS]
}

interface Program {
  run(argv: string[], startup?: string): Promise<void>
  checkedDrafts(): boolean
}

/** Run the program bundled at `bundleFile` with `argv` (as process.argv). */
export function start(bundleFile: string, argv: string[] = process.argv): Promise<void> {
  const flags = v8FlagsFor(argv.slice(2))
  // For the whole process, worker threads included, and before any code is compiled.
  for (const flag of flags) setFlagsFromString(flag)
  const bundle = loadBundle<Program>(pathToFileURL(bundleFile), process.env, flags)
  // Written once a draft has been checked, so the cache holds the code that checks drafts.
  process.once('exit', () => {
    try {
      if (bundle.exports.checkedDrafts()) bundle.save()
    } catch {
      // A cache only buys speed.
    }
  })
  const notes = {
    used: `code cache used (${bundle.file})`,
    missing: `no code cache yet; written at exit to ${bundle.file}`,
    rejected: `code cache out of date; written again at exit to ${bundle.file}`,
    untrusted: `code cache not used: it or its folder is a symbolic link, or not private to you (${bundle.file})`,
    off: 'code cache off (NODE_DISABLE_COMPILE_CACHE)'
  }
  return bundle.exports.run(argv, `${notes[bundle.state]}; V8 ${flags.join(' ')}`)
}
