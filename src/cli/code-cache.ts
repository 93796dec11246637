/**
 * Loads the bundled program (a CommonJS file written by scripts/bundle.mjs) through V8's code
 * cache: the code V8 compiled for it in an earlier run is kept in a file and handed back to V8,
 * which then neither parses nor compiles what the cache holds. Most of a cold start that is not
 * Node's own is compiling the program, and the cache is written after a run that checked a draft,
 * so it holds the code that checking runs too. Node 22.1+ has a module compile cache of its own;
 * this works on every Node corrlint supports, and V8 refuses a cache that belongs to another
 * source, Node or V8 version (then the program is compiled as without one and the cache rewritten).
 *
 * Where: $CORRLINT_CODE_CACHE_DIR, else `corrlint-code-cache-<user id>` in the system's temporary
 * folder (made private to the user). Code read from the cache runs as corrlint's own, so as ssh does
 * for its files, a symbolic link is refused at every step: the folder must be a real directory of
 * this user's that no one else can write to (lstat), and a cache file is opened with O_NOFOLLOW and
 * must be a regular file of this user's that no one else can write to (fstat of the opened file).
 * The cache is keyed by the bundle's absolute path too: V8 keeps the script's name in it, so
 * another checkout's cache of the same build would show that checkout's paths. Nothing is
 * cached when NODE_DISABLE_COMPILE_CACHE is set (Node's own switch for its cache). A cache is about
 * 1 MB; the newest four of each bundle are kept.
 *
 * Built by scripts/bundle.mjs into dist/bundle/code-cache.cjs (for the pool's worker) and, with
 * src/cli/start.ts, into dist/bundle/start.cjs (for bin/corrlint.cjs); only Node's built-in modules.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeSync
} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'
import {readText} from '../read-text.js'

/**
 * What happened to the cache: used; none yet or out of date (then `save()` writes it); not used,
 * because its folder is one others can write to (`untrusted`) or caching is off.
 */
export type CodeCacheState = 'used' | 'missing' | 'rejected' | 'untrusted' | 'off'

export interface LoadedBundle<Exports> {
  exports: Exports
  state: CodeCacheState
  /** Where the cache is (or would be); undefined when caching is off. */
  file?: string
  /** Write the cache for the next run unless it was used in this one (errors are ignored: a cache only buys speed). */
  save(): void
}

/** The first line of every bundle names its build: `// corrlint build <hash>`. */
const BUILD_LINE = /^\/\/ corrlint build ([0-9a-f]{8,64})\r?\n/

/**
 * Run the CommonJS bundle at `url` as Node would `require` it, with the code cache when there is
 * one. `env` decides where the cache lives and whether there is one. `v8Flags` are the V8 flags
 * the caller set at run time (V8 refuses a cache written under other flags, so runs with other
 * flags keep caches of their own instead of overwriting each other's).
 */
export function loadBundle<Exports>(
  url: URL,
  env: Record<string, string | undefined> = process.env,
  v8Flags: readonly string[] = []
): LoadedBundle<Exports> {
  const file = fileURLToPath(url)
  const source = readText(file)
  const build = BUILD_LINE.exec(source)?.[1]
  const cacheFile =
    build && !disabled(env)
      ? join(
          cacheDir(env),
          `${basename(file)}-${build}-${fnv1a(file)}-${process.version}-${process.arch}${flagsKey(env, v8Flags)}.bin`
        )
      : undefined
  let cachedData: Buffer | undefined
  let folder = cacheFile ? trust(dirname(cacheFile)) : 'absent'
  if (cacheFile && folder === 'trusted') {
    const read = readPrivateFile(cacheFile)
    if (read === 'untrusted') folder = 'untrusted'
    else cachedData = read
  }
  // import() cannot run in code that came from a cache (Node 20): the bundle imports through
  // `__corrlintImport` (src/import-module.ts), which imports from this module instead.
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __corrlintImport) {${source}\n})`,
    {filename: file, cachedData}
  )
  const module = {exports: {} as Exports}
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file), (specifier: string) =>
    importFor(specifier, url)
  )
  const state: CodeCacheState = !cacheFile
    ? 'off'
    : folder === 'untrusted'
      ? 'untrusted'
      : !cachedData
        ? 'missing'
        : script.cachedDataRejected
          ? 'rejected'
          : 'used'
  return {
    exports: module.exports,
    state,
    file: cacheFile,
    save() {
      if (!cacheFile || state === 'used' || state === 'untrusted') return
      const temporary = `${cacheFile}.${process.pid}.tmp`
      try {
        mkdirSync(dirname(cacheFile), {recursive: true, mode: 0o700})
        if (trust(dirname(cacheFile)) !== 'trusted') return
        // Written under another name and renamed, so a run starting meanwhile never reads half a file.
        // A new file (O_EXCL), never through a link (O_NOFOLLOW); rename replaces a link at
        // cacheFile itself, never its target.
        const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, 0o600)
        try {
          const data = script.createCachedData()
          for (let written = 0; written < data.length; ) written += writeSync(fd, data, written)
        } finally {
          closeSync(fd)
        }
        renameSync(temporary, cacheFile)
        prune(dirname(cacheFile), basename(file))
      } catch {
        try {
          unlinkSync(temporary)
        } catch {
          // Nothing was written.
        }
      }
    }
  }
}

/** Caches of one bundle kept (of other builds, Node versions or flags): the newest, about 1 MB each. */
const KEEP = 4

/** Remove all but the newest KEEP caches of the bundle named `name` (those of earlier builds pile up). */
function prune(dir: string, name: string): void {
  const caches = readdirSync(dir)
    .filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.bin'))
    .map((entry) => ({path: join(dir, entry), time: lstatSync(join(dir, entry)).mtimeMs}))
    .sort((a, b) => b.time - a.time)
  for (const {path} of caches.slice(KEEP)) unlinkSync(path)
}

declare const __CORRLINT_VENDOR__: Record<string, string> | undefined

/** Packages the build bundled into vendor/ (scripts/bundle.mjs defines the list); others as they are. */
function importFor(specifier: string, bundle: URL): Promise<unknown> {
  const vendored = typeof __CORRLINT_VENDOR__ === 'object' ? __CORRLINT_VENDOR__[specifier] : undefined
  return import(vendored ? new URL(vendored, bundle).href : specifier)
}

/**
 * V8 refuses a cache made under other V8 flags (`node --max-old-space-size=…`, NODE_OPTIONS, or
 * those set at run time: `v8Flags`, from src/cli/start.ts): runs with and without them would each
 * replace the other's. They get a cache each, named by a hash.
 */
function flagsKey(env: Record<string, string | undefined>, v8Flags: readonly string[]): string {
  const flags = [...process.execArgv, env.NODE_OPTIONS ?? '', ...v8Flags].join('\u0000')
  return flags === '' ? '' : `-${fnv1a(flags)}`
}

/** FNV-1a, 32 bits, in hex: enough to tell a few paths or sets of flags apart (node:crypto costs a few ms to load). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

function disabled(env: Record<string, string | undefined>): boolean {
  const value = env.NODE_DISABLE_COMPILE_CACHE
  return value !== undefined && value !== '' && value !== '0'
}

function cacheDir(env: Record<string, string | undefined>): string {
  if (env.CORRLINT_CODE_CACHE_DIR) return env.CORRLINT_CODE_CACHE_DIR
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : 'user'
  return join(tmpdir(), `corrlint-code-cache-${user}`)
}

/** O_NOFOLLOW where the system has it (not on Windows, whose temporary folder is the user's own). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0

/**
 * Only a real folder of this user's that no one else can write to — not a symbolic link, whoever
 * it points to: another user could plant the folder's name as a link to a folder of their
 * choosing. (On Windows, where there are no such modes, the user's temporary folder is private.)
 */
function trust(dir: string): 'trusted' | 'untrusted' | 'absent' {
  let stats: ReturnType<typeof lstatSync>
  try {
    stats = lstatSync(dir)
  } catch {
    return 'absent'
  }
  if (!stats.isDirectory()) return 'untrusted'
  return ownedPrivately(stats) ? 'trusted' : 'untrusted'
}

/**
 * The cache file's bytes; undefined when there is none; `untrusted` for a link, or a file that is
 * not this user's or that others can write to (checked on the opened file, so it cannot be swapped
 * between the check and the read).
 */
function readPrivateFile(path: string): Buffer | 'untrusted' | undefined {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW)
  } catch (error) {
    // ELOOP: the name is a symbolic link.
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'untrusted' : undefined
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile() || !ownedPrivately(stats)) return 'untrusted'
    return readFileSync(fd)
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

function ownedPrivately(stats: Stats): boolean {
  if (typeof process.getuid !== 'function') return true
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0
}
