/**
 * Turn what the user typed (files, folders, quoted globs) into the sorted list of drafts to check:
 * folders recursively by known extensions, `--ignore-pattern` and `.corrlintignore` (gitignore
 * syntax) applied, `node_modules` and dot-folders skipped, and optionally one shard of the list.
 */
import {existsSync, readdir, statSync} from 'node:fs'
import {extname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {CorrlintError} from '../errors.js'
import {importModule} from '../import-module.js'
import {isOwnOutput} from './own-output.js'
import {readRegularText} from './read.js'

/** Extensions a folder is searched for: those of every input format (formats.ts). */
export {DRAFT_EXTENSIONS} from './formats.js'

import {DRAFT_EXTENSIONS} from './formats.js'

export interface ExpandOptions {
  /** Patterns and the ignore file are relative to this folder. */
  cwd: string
  /** `--ignore-pattern` values (gitignore syntax). */
  ignorePatterns?: string[]
  /** Read `.corrlintignore` in cwd (default true). */
  ignoreFile?: boolean
  /** A pattern that matches nothing is an error (default true). */
  errorOnUnmatched?: boolean
  /** `--shard i/n`: keep the i-th (1-based) of n disjoint parts. */
  shard?: {index: number; count: number}
  /** Told of each file named outright that the ignore rules leave out (it is not checked). */
  onIgnored?: (path: string) => void
  /** How folders are listed (node:fs `readdir`); tests, which run as root, pass one that fails. */
  readdir?: typeof import('node:fs').readdir
}

const SKIPPED = ['**/node_modules/**']

/**
 * Expand patterns into file paths, each pattern's matches sorted by path, patterns in the order
 * given, without duplicates. Paths are as the user wrote them: a named file as typed, a folder's
 * or glob's files joined to it (relative to cwd unless the pattern was absolute).
 *
 * A folder's or a glob's files leave out corrlint's own reports and baselines (src/input/own-output.ts);
 * a file named outright is always kept.
 *
 * A named file that does not exist, or a named folder with no drafts in it, is kept as it is (the
 * reader reports it as one line and the others are still checked); a glob that matches nothing is
 * an error. With errorOnUnmatched false, all of these are dropped.
 *
 * A file named outright that the ignore rules leave out is dropped and passed to `onIgnored` (as
 * ESLint warns "File ignored because of a matching ignore pattern"); a folder or glob whose every
 * file is ignored is an error, unless errorOnUnmatched is false.
 */
export async function expandPaths(patterns: string[], options: ExpandOptions): Promise<string[]> {
  const cwd = resolve(options.cwd)
  // The commonest call names one or a few files: then the glob and ignore libraries (about 120 KB
  // of code to compile) are not loaded at all.
  const rules = ignoreRules(cwd, options)
  const plain = rules ? undefined : plainFiles(patterns, cwd, options)
  if (plain) return plain
  const {glob, isDynamicPattern} = await importModule<typeof import('tinyglobby')>('tinyglobby')
  const ignored = await ignoreMatcher(cwd, rules)
  const found = new Map<string, string>()
  for (const pattern of patterns) {
    const matched = await expandOne(pattern, cwd, glob, isDynamicPattern, options.readdir ?? readdir)
    if (matched === undefined || (matched.length === 0 && !isDynamicPattern(pattern))) {
      if (options.errorOnUnmatched === false) continue
      if (!isDynamicPattern(pattern)) {
        if (!found.has(resolve(cwd, pattern))) found.set(resolve(cwd, pattern), pattern)
        continue
      }
      throw new CorrlintError(`no file matches "${pattern}" (check the pattern, or pass --no-error-on-unmatched)`)
    }
    const kept = matched.filter((path) => !ignored(resolve(cwd, path)))
    const namedFile = !isDynamicPattern(pattern) && matched.length === 1 && matched[0] === pattern
    if (kept.length === 0 && namedFile) {
      options.onIgnored?.(pattern)
      continue
    }
    if (kept.length === 0 && options.errorOnUnmatched !== false) {
      throw new CorrlintError(`every file matched by "${pattern}" is ignored (by --ignore-pattern or .corrlintignore)`)
    }
    const sorted = kept.map((path) => ({path, key: sortKey(resolve(cwd, path), cwd)})).sort(byKey)
    for (const {path} of sorted) if (!found.has(resolve(cwd, path))) found.set(resolve(cwd, path), path)
  }
  const paths = [...found.values()]
  if (!options.shard) return paths
  const inShard = new Set(
    shardOf(paths.map((path) => ({path, key: sortKey(resolve(cwd, path), cwd)})).sort(byKey), options.shard).map(
      (item) => item.path
    )
  )
  return paths.filter((path) => inShard.has(path))
}

function byKey(a: {key: string}, b: {key: string}): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/** Parse `--shard i/n`. */
export function parseShard(value: string): {index: number; count: number} {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = match ? Number(match[1]) : Number.NaN
  const count = match ? Number(match[2]) : Number.NaN
  if (!match || count < 1 || index < 1 || index > count) {
    throw new CorrlintError(`--shard expects i/n with 1 ≤ i ≤ n (e.g. 2/3), got "${value}"`)
  }
  return {index, count}
}

/**
 * The i-th of n shards: every n-th file of the sorted list, starting at the i-th. Deterministic,
 * disjoint, together the whole list, and each shard gets files from every folder.
 */
export function shardOf<T>(sorted: T[], shard: {index: number; count: number}): T[] {
  return sorted.filter((_, position) => position % shard.count === shard.index - 1)
}

/** The files one pattern names (as the user would write them), or undefined when it names nothing. */
async function expandOne(
  pattern: string,
  cwd: string,
  glob: Glob['glob'],
  isDynamicPattern: Glob['isDynamicPattern'],
  listFolder: typeof readdir
): Promise<string[] | undefined> {
  // The folder walk passes over a folder it cannot list as if it were empty: note each one, and
  // keep it in the list, where the reader reports it as one line (folderProblem) and the run exits 2.
  const unreadable: string[] = []
  const fs = {
    readdir: ((
      path: string,
      options: object,
      callback: (error: NodeJS.ErrnoException | null, entries?: unknown) => void
    ) =>
      listFolder(path, options as {withFileTypes: true}, (error, entries) => {
        if (error) unreadable.push(resolve(String(path)))
        callback(error, entries)
      })) as unknown as typeof readdir
  }
  // How a folder or a glob is walked: files only, no dot-folders or node_modules, links not followed.
  const walk = {dot: false, ignore: SKIPPED, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false, fs}
  // Synchronous: node:fs/promises costs about 1.5 ms of a cold start to load, one stat far less.
  const info = statIfAny(resolve(cwd, pattern))
  if (info?.isFile()) return [pattern]
  if (info?.isDirectory()) {
    const root = resolve(cwd, pattern)
    const files = await glob('**/*', {...walk, cwd: root})
    const drafts = files
      .filter((path) => DRAFT_EXTENSIONS.includes(extname(path).toLowerCase()) && !isOwnOutput(join(root, path)))
      .map((path) => join(pattern, native(path)))
    // The named folder itself unreadable: kept as named, as before (the caller keeps it).
    const below = unreadable.filter((path) => path !== root).map((path) => join(pattern, relative(root, path)))
    return [...drafts, ...below]
  }
  if (!isDynamicPattern(pattern)) return undefined
  const files = await glob(pattern.split(sep).join('/'), {...walk, cwd, absolute: isAbsolute(pattern)})
  const drafts = files.filter((path) => !isOwnOutput(resolve(cwd, path))).map(native)
  for (const path of unreadable) drafts.push(isAbsolute(pattern) ? path : relative(cwd, path) || '.')
  return drafts.length > 0 ? drafts : undefined
}

type Glob = typeof import('tinyglobby')

/**
 * The paths as given when every pattern is an existing file, there is no shard to take and no name
 * repeats (and, as the caller checks, no ignore rules); otherwise undefined, and expandPaths does
 * the full work.
 */
function plainFiles(patterns: string[], cwd: string, options: ExpandOptions): string[] | undefined {
  if (options.shard || patterns.length > 16) return undefined
  const seen = new Set<string>()
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern)
    if (seen.has(path) || !isFile(path)) return undefined
    seen.add(path)
  }
  return [...patterns]
}

/**
 * Whether `path` is an existing file. Any error (not only ENOENT: also ELOOP, ENOTDIR,
 * ENAMETOOLONG, EACCES) means "not a plain file here": the full expansion then keeps the path as
 * named, and the reader reports it as one line while the other files are still checked.
 */
function isFile(path: string): boolean {
  return statIfAny(path)?.isFile() ?? false
}

/** `.corrlintignore` (read once) and `--ignore-pattern`, or undefined when there are none. */
interface IgnoreRules {
  fileText?: string
  patterns: string[]
}

/** A FIFO or a device named .corrlintignore is refused rather than read for ever. */
const MAX_IGNORE_FILE_BYTES = 5 * 1024 * 1024

function ignoreRules(cwd: string, options: ExpandOptions): IgnoreRules | undefined {
  const file = resolve(cwd, '.corrlintignore')
  const fileText =
    options.ignoreFile !== false && existsSync(file)
      ? readRegularText(file, MAX_IGNORE_FILE_BYTES, '.corrlintignore')
      : undefined
  const patterns = options.ignorePatterns ?? []
  return fileText !== undefined || patterns.length > 0 ? {fileText, patterns} : undefined
}

/** A predicate for files excluded by --ignore-pattern or .corrlintignore (gitignore rules, relative to cwd). */
async function ignoreMatcher(cwd: string, rules: IgnoreRules | undefined): Promise<(path: string) => boolean> {
  if (!rules) return () => false
  const {default: ignore} = await importModule<{default: typeof import('ignore')}>('ignore')
  const matcher = ignore()
  if (rules.fileText !== undefined) matcher.add(rules.fileText)
  if (rules.patterns.length > 0) matcher.add(rules.patterns)
  return (path) => {
    const shown = relative(cwd, path)
    // gitignore rules only speak about paths inside the folder they live in.
    if (shown === '' || shown.startsWith('..') || isAbsolute(shown)) return false
    return matcher.ignores(shown.split(sep).join('/'))
  }
}

/** Sort by the path as reports show it, so the order (and the shards) are the same on every machine. */
function sortKey(path: string, cwd: string): string {
  const shown = relative(cwd, path)
  return (shown.startsWith('..') || isAbsolute(shown) ? path : shown).split(sep).join('/')
}

function native(path: string): string {
  return sep === '/' ? path : path.split('/').join(sep)
}

/** The path's stats; undefined when it does not exist or cannot be read. */
function statIfAny(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
