/**
 * Turn what the user typed (files, folders, quoted globs) into the sorted list of drafts to check:
 * folders recursively by known extensions, `--ignore-pattern` and `.corrlintignore` (gitignore
 * syntax) applied, `node_modules` and dot-folders skipped, and optionally one shard of the list.
 */
import {existsSync, readFileSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import {extname, isAbsolute, relative, resolve, sep} from 'node:path'
import ignore from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
import {CorrlintError} from '../errors.js'

/** Extensions a folder is searched for. */
export const DRAFT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.eml', '.html', '.htm', '.docx']

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
}

const SKIPPED = ['**/node_modules/**']

/** Expand patterns into absolute file paths, sorted by their path relative to cwd, without duplicates. */
export async function expandPaths(patterns: string[], options: ExpandOptions): Promise<string[]> {
  const cwd = resolve(options.cwd)
  const ignored = ignoreMatcher(cwd, options)
  const found = new Map<string, string>()
  for (const pattern of patterns) {
    const matched = await expandOne(pattern, cwd)
    if (matched === undefined) {
      if (options.errorOnUnmatched === false) continue
      throw new CorrlintError(`no such file, folder or match: "${pattern}" (check the path, or pass --no-error-on-unmatched)`)
    }
    const kept = matched.filter((path) => !ignored(path))
    if (kept.length === 0 && options.errorOnUnmatched !== false) {
      throw new CorrlintError(
        matched.length === 0
          ? `"${pattern}" contains no drafts (${DRAFT_EXTENSIONS.join(' ')})`
          : `every file matched by "${pattern}" is ignored (by --ignore-pattern or .corrlintignore)`
      )
    }
    for (const path of kept) found.set(path, sortKey(path, cwd))
  }
  const sorted = [...found].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([path]) => path)
  return options.shard ? shardOf(sorted, options.shard) : sorted
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

/** The files one pattern names, or undefined when it names nothing at all. */
async function expandOne(pattern: string, cwd: string): Promise<string[] | undefined> {
  const absolute = resolve(cwd, pattern)
  const info = await stat(absolute).catch(() => undefined)
  if (info?.isFile()) return [absolute]
  if (info?.isDirectory()) {
    const files = await glob('**/*', {cwd: absolute, absolute: true, dot: false, ignore: SKIPPED, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false})
    return files.map(native).filter((path) => DRAFT_EXTENSIONS.includes(extname(path).toLowerCase()))
  }
  if (!isDynamicPattern(pattern)) return undefined
  const files = await glob(pattern.split(sep).join('/'), {cwd, absolute: true, dot: false, ignore: SKIPPED, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false})
  return files.length > 0 ? files.map(native) : undefined
}

/** A predicate for files excluded by --ignore-pattern or .corrlintignore (gitignore rules, relative to cwd). */
function ignoreMatcher(cwd: string, options: ExpandOptions): (path: string) => boolean {
  const matcher = ignore()
  let any = false
  const file = resolve(cwd, '.corrlintignore')
  if (options.ignoreFile !== false && existsSync(file)) {
    matcher.add(readFileSync(file, 'utf8'))
    any = true
  }
  if (options.ignorePatterns && options.ignorePatterns.length > 0) {
    matcher.add(options.ignorePatterns)
    any = true
  }
  if (!any) return () => false
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
