/**
 * The code cache the built CLI runs through (src/cli/code-cache.ts, loaded by bin/corrlint.cjs):
 * written after a run that checked a draft, used by the next, refused when out of date, when it or
 * its folder is a symbolic link or others can write to it, off with NODE_DISABLE_COMPILE_CACHE —
 * and the output the same in every case, including the inputs whose parsers load from dist/bundle/vendor/ on first use.
 */
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {loadBundle} from '../src/cli/code-cache.js'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/corrlint.cjs')
const dir = mkdtempSync(join(tmpdir(), 'corrlint-code-cache-test-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function corrlint(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '', FORCE_COLOR: '0', CORRLINT_TIMING: '1', NODE_DISABLE_COMPILE_CACHE: '', ...env}
  })
  const startup = /^start-up: (.*)$/m.exec(result.stderr)?.[1]
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, startup}
}

/** A tiny bundle in the shape scripts/bundle.mjs writes: the build line, then CommonJS. */
function writeBundle(name: string, body: string, build = '0123456789abcdef'): URL {
  const file = join(dir, name)
  writeFileSync(file, `// corrlint build ${build}\n${body}\n`)
  return pathToFileURL(file)
}

/**
 * Load a bundle in a new process, as bin/corrlint.cjs does, and save its cache: V8 also keeps code
 * it compiled in the same process, so only a new process shows what the cache file does.
 */
function loadInNewProcess(url: URL, cacheDir: string): {state: string; answer: number} {
  // The loader as the build wrote it (Node 20 cannot run the TypeScript).
  const script = `import {loadBundle} from ${JSON.stringify(pathToFileURL(join(root, 'dist/bundle/code-cache.cjs')).href)}
const bundle = loadBundle(new URL(process.argv[1]), {CORRLINT_CODE_CACHE_DIR: process.argv[2]})
bundle.save()
console.log(JSON.stringify({state: bundle.state, answer: bundle.exports.answer}))`
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, url.href, cacheDir], {
    encoding: 'utf8'
  })
  expect(result.stderr).toBe('')
  return JSON.parse(result.stdout) as {state: string; answer: number}
}

describe('loadBundle', () => {
  const body =
    'exports.answer = 6 * 7; exports.filename = __filename; exports.load = (specifier) => __corrlintImport(specifier)'

  it('runs the bundle as CommonJS, with an importer for what it loads on first use', async () => {
    const cacheDir = join(dir, 'unit-cache')
    const url = writeBundle('unit.cjs', body)
    const loaded = loadBundle<{answer: number; filename: string; load(specifier: string): Promise<unknown>}>(url, {
      CORRLINT_CODE_CACHE_DIR: cacheDir
    })
    expect(loaded.exports.answer).toBe(42)
    expect(loaded.exports.filename).toBe(join(dir, 'unit.cjs'))
    expect(loaded.state).toBe('missing')
    // Named by the build, a hash of the bundle's path, Node's version and architecture, and a hash of Node's flags when there are any.
    expect(loaded.file!.startsWith(join(cacheDir, 'unit.cjs-0123456789abcdef-'))).toBe(true)
    expect(loaded.file!.slice(join(cacheDir, 'unit.cjs-0123456789abcdef-').length)).toMatch(
      new RegExp(`^[0-9a-f]{8}-${process.version.replace(/\./g, '\\.')}-${process.arch}`)
    )
    expect(loaded.file).toMatch(/-v[\d.]+-\w+(?:-[0-9a-f]{8})?\.bin$/)
    expect(((await loaded.exports.load('node:path')) as typeof import('node:path')).sep).toBe('/')
    loaded.save()
    // Private to the user.
    expect(statSync(loaded.file!).mode & 0o777).toBe(0o600)
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700)
  })

  it('writes the cache on save() and uses it in the next process', () => {
    const cacheDir = join(dir, 'next-cache')
    const url = writeBundle('next.cjs', body)
    expect(loadInNewProcess(url, cacheDir)).toEqual({state: 'missing', answer: 42})
    expect(loadInNewProcess(url, cacheDir)).toEqual({state: 'used', answer: 42})
  })

  it('refuses a cache that does not fit the code, and writes it again', () => {
    const cacheDir = join(dir, 'rejected-cache')
    const url = writeBundle('rejected.cjs', body)
    expect(loadInNewProcess(url, cacheDir)).toEqual({state: 'missing', answer: 42})
    const [written] = readdirSync(cacheDir)
    writeFileSync(join(cacheDir, written), 'not a code cache')
    expect(loadInNewProcess(url, cacheDir)).toEqual({state: 'rejected', answer: 42})
    expect(loadInNewProcess(url, cacheDir)).toEqual({state: 'used', answer: 42})
  })

  it('keeps one cache per build: a new build never reads an old build’s cache', () => {
    const cacheDir = join(dir, 'builds-cache')
    expect(loadInNewProcess(writeBundle('builds.cjs', body, 'aaaaaaaaaaaaaaaa'), cacheDir).state).toBe('missing')
    expect(loadInNewProcess(writeBundle('builds.cjs', 'exports.answer = 43', 'bbbbbbbbbbbbbbbb'), cacheDir)).toEqual({
      state: 'missing',
      answer: 43
    })
    expect(readdirSync(cacheDir)).toHaveLength(2)
  })

  it('keeps the newest four caches of a bundle, and those of other bundles', () => {
    const cacheDir = join(dir, 'prune-cache')
    mkdirSync(cacheDir, {mode: 0o700})
    const old = ['1', '2', '3', '4', '5'].map((build, index) => {
      const path = join(cacheDir, `pruned.cjs-${build.repeat(16)}-v20.0.0-x64.bin`)
      writeFileSync(path, '')
      utimesSync(path, 1_000_000 + index, 1_000_000 + index)
      return path
    })
    writeFileSync(join(cacheDir, 'other.cjs-1111111111111111-v20.0.0-x64.bin'), '')
    const loaded = loadBundle(writeBundle('pruned.cjs', body), {CORRLINT_CODE_CACHE_DIR: cacheDir})
    loaded.save()
    const kept = readdirSync(cacheDir).sort()
    expect(kept).toEqual(
      [loaded.file!, ...old.slice(2), join(cacheDir, 'other.cjs-1111111111111111-v20.0.0-x64.bin')]
        .map((path) => path.slice(cacheDir.length + 1))
        .sort()
    )
  })

  it('keeps a cache apart for each set of Node flags (V8 refuses a cache made under other flags)', () => {
    const url = writeBundle('flags.cjs', body)
    const cacheDir = join(dir, 'flags-cache')
    const plain = loadBundle(url, {CORRLINT_CODE_CACHE_DIR: cacheDir}).file
    const flagged = loadBundle(url, {CORRLINT_CODE_CACHE_DIR: cacheDir, NODE_OPTIONS: '--max-old-space-size=512'}).file
    const other = loadBundle(url, {CORRLINT_CODE_CACHE_DIR: cacheDir, NODE_OPTIONS: '--max-old-space-size=1024'}).file
    expect(new Set([plain, flagged, other]).size).toBe(3)
    expect(loadBundle(url, {CORRLINT_CODE_CACHE_DIR: cacheDir, NODE_OPTIONS: '--max-old-space-size=512'}).file).toBe(
      flagged
    )
  })

  it('does not read or write a cache in a folder others can write to', () => {
    const cacheDir = join(dir, 'shared-cache')
    mkdirSync(cacheDir)
    chmodSync(cacheDir, 0o777)
    const url = writeBundle('shared.cjs', body)
    const loaded = loadBundle(url, {CORRLINT_CODE_CACHE_DIR: cacheDir})
    expect(loaded.state).toBe('untrusted')
    loaded.save()
    expect(readdirSync(cacheDir)).toEqual([])
  })

  it('refuses a cache file that is a symbolic link, even to a file of its own (anyone could rewrite a world-writable target)', () => {
    const cacheDir = join(dir, 'linked-file-cache')
    const url = writeBundle('linked-file.cjs', body)
    expect(loadInNewProcess(url, cacheDir)).toEqual({state: 'missing', answer: 42})
    const [written] = readdirSync(cacheDir)
    const elsewhere = join(dir, 'world-writable.bin')
    renameSync(join(cacheDir, written), elsewhere)
    chmodSync(elsewhere, 0o666)
    symlinkSync(elsewhere, join(cacheDir, written))
    expect(loadInNewProcess(url, cacheDir)).toEqual({state: 'untrusted', answer: 42})
    // Not rewritten through the link either.
    expect(lstatSync(join(cacheDir, written)).isSymbolicLink()).toBe(true)
  })

  it('refuses a cache file others can write to', () => {
    const cacheDir = join(dir, 'writable-file-cache')
    const url = writeBundle('writable-file.cjs', body)
    expect(loadInNewProcess(url, cacheDir).state).toBe('missing')
    const [written] = readdirSync(cacheDir)
    chmodSync(join(cacheDir, written), 0o666)
    expect(loadInNewProcess(url, cacheDir)).toEqual({state: 'untrusted', answer: 42})
  })

  it('refuses a cache folder that is a symbolic link, and writes or prunes nothing where it points', () => {
    const target = join(dir, 'planted-target')
    mkdirSync(target, {mode: 0o700})
    writeFileSync(join(target, 'planted.cjs-0000000000000000-v20.0.0-x64.bin'), 'someone else’s file')
    const cacheDir = join(dir, 'planted-link')
    symlinkSync(target, cacheDir)
    const url = writeBundle('planted.cjs', body)
    expect(loadInNewProcess(url, cacheDir)).toEqual({state: 'untrusted', answer: 42})
    expect(readdirSync(target)).toEqual(['planted.cjs-0000000000000000-v20.0.0-x64.bin'])
  })

  it('keeps a cache apart for each copy of a bundle: a cache never carries another checkout’s paths', () => {
    const cacheDir = join(dir, 'checkouts-cache')
    mkdirSync(join(dir, 'checkout-a'))
    mkdirSync(join(dir, 'checkout-b'))
    const first = writeBundle('checkout-a/same.cjs', body)
    const second = writeBundle('checkout-b/same.cjs', body)
    expect(loadInNewProcess(first, cacheDir).state).toBe('missing')
    expect(loadInNewProcess(second, cacheDir).state).toBe('missing')
    expect(loadInNewProcess(second, cacheDir).state).toBe('used')
    expect(readdirSync(cacheDir)).toHaveLength(2)
    expect(loadBundle(first, {CORRLINT_CODE_CACHE_DIR: cacheDir}).file).not.toBe(
      loadBundle(second, {CORRLINT_CODE_CACHE_DIR: cacheDir}).file
    )
  })

  it('is off with NODE_DISABLE_COMPILE_CACHE, and on when it is empty or 0', () => {
    const url = writeBundle('off.cjs', body)
    const cacheDir = join(dir, 'off-cache')
    const off = loadBundle(url, {CORRLINT_CODE_CACHE_DIR: cacheDir, NODE_DISABLE_COMPILE_CACHE: '1'})
    expect(off.state).toBe('off')
    expect(off.file).toBeUndefined()
    off.save()
    expect(() => statSync(cacheDir)).toThrow()
    expect(loadBundle(url, {CORRLINT_CODE_CACHE_DIR: cacheDir, NODE_DISABLE_COMPILE_CACHE: '0'}).state).toBe('missing')
    expect(loadBundle(url, {CORRLINT_CODE_CACHE_DIR: cacheDir, NODE_DISABLE_COMPILE_CACHE: ''}).state).toBe('missing')
  })

  it('ignores a cache it cannot write (a cache only buys speed)', () => {
    const blocker = join(dir, 'a-file')
    writeFileSync(blocker, '')
    const loaded = loadBundle(writeBundle('blocked.cjs', body), {CORRLINT_CODE_CACHE_DIR: join(blocker, 'cache')})
    expect(loaded.state).toBe('missing')
    expect(() => loaded.save()).not.toThrow()
  })
})

describe('the built CLI through the code cache', () => {
  // Every input whose parser is bundled apart (vendor/): a folder with a YAML config (tinyglobby,
  // ignore, yaml), .docx (mammoth), .eml (postal-mime), HTML (rehype-parse), a key (secretlint);
  // more than six files at --jobs 2, so the worker thread runs through its own cache.
  const inputs = [
    'fixtures/org',
    'fixtures/fmt-complaint-response.docx',
    'fixtures/fmt-html-only.eml',
    'fixtures/fmt-gmail-reply.html',
    'fixtures/conf-message-flawed-secrets.txt',
    '--format',
    'json',
    '--jobs',
    '2'
  ]

  it('writes the cache after checking drafts, uses it next time, and the report is the same each way', () => {
    const cacheDir = join(dir, 'cli-cache')
    const env = {CORRLINT_CODE_CACHE_DIR: cacheDir}
    const first = corrlint(inputs, env)
    expect(first.startup).toMatch(
      /^no code cache yet; written at exit to .*corrlint\.cjs-[0-9a-f]{16}-[0-9a-f]{8}-v[\d.]+-\w+(?:-[0-9a-f]{8})?\.bin; V8 --no-regexp-tier-up --no-turbo-inlining$/
    )
    const written = readdirSync(cacheDir).sort()
    expect(written).toHaveLength(2)
    expect(written[0]).toMatch(/^corrlint\.cjs-/)
    expect(written[1]).toMatch(/^worker\.cjs-/)
    const second = corrlint(inputs, env)
    expect(second.startup).toMatch(/^code cache used \(/)
    const off = corrlint(inputs, {...env, NODE_DISABLE_COMPILE_CACHE: '1'})
    expect(off.startup).toBe('code cache off (NODE_DISABLE_COMPILE_CACHE); V8 --no-regexp-tier-up --no-turbo-inlining')
    const report = JSON.parse(off.stdout) as {files: Array<{path: string}>}
    expect(report.files.length).toBeGreaterThanOrEqual(8)
    expect(off.code).toBe(1)
    for (const run of [first, second]) {
      expect(run.code).toBe(off.code)
      expect(run.stdout).toBe(off.stdout)
    }
    // The key is found, and masked, whichever way the program was loaded.
    expect(second.stdout).toContain('"ruleId": "confidentiality/secret"')
  })

  it('keeps one cache for small runs (no optimising compiler) and one for the others, each used in turn', () => {
    const cacheDir = join(dir, 'small-cache')
    const env = {CORRLINT_CODE_CACHE_DIR: cacheDir}
    const draft = ['fixtures/org/reading-level.txt', '--format', 'json']
    const folder = ['fixtures/org', '--format', 'json', '--jobs', '1']
    expect(corrlint(draft, env).startup).toMatch(
      /^no code cache yet; .*; V8 --no-regexp-tier-up --no-turbo-inlining --no-opt$/
    )
    expect(corrlint(folder, env).startup).toMatch(/^no code cache yet; .*; V8 --no-regexp-tier-up --no-turbo-inlining$/)
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('corrlint.cjs-'))).toHaveLength(2)
    // Taking turns, neither run refuses (and rewrites) the other's cache.
    const small = corrlint(draft, env)
    const large = corrlint(folder, env)
    expect(small.startup).toMatch(/^code cache used \(.*--no-opt$/)
    expect(large.startup).toMatch(/^code cache used \(.*--no-turbo-inlining$/)
    expect(corrlint(draft, env).startup).toMatch(/^code cache used \(/)
    // The flags change the speed, never the report.
    const one = JSON.parse(small.stdout) as {files: Array<{path: string}>}
    const all = JSON.parse(large.stdout) as {files: Array<{path: string}>}
    expect(all.files.find((file) => file.path.endsWith('reading-level.txt'))).toEqual(one.files[0])
  })

  it('runs bundles of one-byte text (non-ASCII characters escaped: Node reads and V8 scans them faster)', () => {
    for (const name of ['corrlint.cjs', 'worker.cjs']) {
      const text = readFileSync(join(root, 'dist/bundle', name), 'utf8')
      expect(text.length).toBeGreaterThan(100_000)
      expect(text.match(/[^\x00-\x7f]/g)).toBeNull()
    }
  })

  it('writes no cache for a run that checks nothing', () => {
    const cacheDir = join(dir, 'version-cache')
    const {stdout} = corrlint(['--version'], {CORRLINT_CODE_CACHE_DIR: cacheDir})
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/)
    expect(() => readdirSync(cacheDir)).toThrow()
  })
})
