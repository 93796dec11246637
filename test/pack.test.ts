/**
 * The package works from a packed tarball, as `npx corrlint` on a user's machine: `npm pack`,
 * install it into an empty folder as npm would, run it.
 *
 * Offline and with no npm cache (a fresh CI machine has none: `npm install --offline <tarball>`
 * needs every dependency's registry metadata in the cache), the install is done by hand: the
 * tarball is extracted into <tmp>/node_modules/corrlint, the production dependency tree of the
 * tarball's package.json (dependencies, optional and peer dependencies, recursively, resolved as
 * Node resolves them from the repository's node_modules) is copied beside it at the same relative
 * paths, and node_modules/.bin gets the tarball's `bin` links. Copied, not symlinked: Node
 * resolves a symlink to its real path and would then find the repository's dev dependencies, so a
 * dependency wrongly listed under devDependencies would go unnoticed.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, sep} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname

interface Manifest {
  name: string
  bin?: string | Record<string, string>
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, {optional?: boolean}>
}

/**
 * The folders (relative to `base`) of the packages a package at `from` with `manifest` needs at
 * run time, found as Node finds them: `from/node_modules`, then each enclosing node_modules.
 */
function productionTree(base: string, manifest: Manifest, from = ''): string[] {
  const found = new Set<string>()
  const visit = (manifest: Manifest, at: string) => {
    const optional = new Set([
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.entries(manifest.peerDependenciesMeta ?? {})
        .filter(([, meta]) => meta.optional)
        .map(([name]) => name)
    ])
    const names = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {})
    ])
    for (const name of names) {
      const where = locate(base, at, name)
      if (where === undefined) {
        if (optional.has(name)) continue
        throw new Error(`${manifest.name} needs ${name}, which is not installed (run npm ci)`)
      }
      if (found.has(where)) continue
      found.add(where)
      visit(JSON.parse(readFileSync(join(base, where, 'package.json'), 'utf8')) as Manifest, where)
    }
  }
  visit(manifest, from)
  return [...found].sort()
}

/** Where `name` resolves from the package folder `at` (relative to `base`), or undefined. */
function locate(base: string, at: string, name: string): string | undefined {
  let dir = at
  for (;;) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(base, candidate, 'package.json'))) return candidate
    if (dir === '') return undefined
    const enclosing = dir.lastIndexOf(`node_modules${sep}`)
    dir = enclosing <= 0 ? '' : dir.slice(0, enclosing - 1)
  }
}

/** "Install" `tarball` and the production dependencies into `dir`/node_modules, as npm would. */
function install(dir: string, tarball: string): Manifest {
  const modules = join(dir, 'node_modules')
  mkdirSync(modules)
  execFileSync('tar', ['-xzf', tarball, '-C', modules])
  const packageDir = join(modules, 'corrlint')
  renameSync(join(modules, 'package'), packageDir)
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Manifest
  for (const where of productionTree(root, manifest)) {
    const from = join(root, where)
    cpSync(from, join(dir, where), {
      recursive: true,
      filter: (path) => !path.slice(from.length).includes(`${sep}node_modules`)
    })
  }
  const bins = typeof manifest.bin === 'string' ? {[manifest.name]: manifest.bin} : (manifest.bin ?? {})
  mkdirSync(join(modules, '.bin'))
  for (const [name, file] of Object.entries(bins)) {
    chmodSync(join(packageDir, file), 0o755)
    symlinkSync(join('..', 'corrlint', file), join(modules, '.bin', name))
  }
  return manifest
}

describe('the packed package', () => {
  let dir = ''
  let files: string[] = []

  beforeAll(() => {
    if (!existsSync(join(root, 'dist/bundle/corrlint.cjs')))
      throw new Error('no build: run npm run build (npm test does)')
    dir = mkdtempSync(join(tmpdir(), 'corrlint-pack-'))
    // --ignore-scripts: `prepare` would build again; `npm test` has just built (pretest).
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
        cwd: root,
        encoding: 'utf8'
      })
    ) as Array<{
      filename: string
      files: Array<{path: string}>
    }>
    files = packed[0].files.map((file) => file.path).sort()
    const tarball = join(dir, packed[0].filename)
    install(dir, tarball)
    rmSync(tarball)
    writeFileSync(join(dir, 'package.json'), '{"name": "try-corrlint", "private": true}\n')
    return () => rmSync(dir, {recursive: true, force: true})
  })

  it('holds the program, its data, the library entry, the schema and the licence, and nothing else', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'bin/corrlint.cjs',
      'dist/bundle/corrlint.cjs',
      'dist/bundle/start.cjs',
      'dist/bundle/worker.cjs',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'schema/corrlint.schema.json'
    ]) {
      expect(files).toContain(file)
    }
    expect(files.filter((file) => file.startsWith('dist/bundle/vendor/')).length).toBeGreaterThan(0)
    expect(files.filter((file) => file.startsWith('dist/data/words-en-GB.')).length).toBeGreaterThan(0)
    expect(
      files.filter(
        (file) => !/^(?:bin|dist|schema)\//.test(file) && !['package.json', 'README.md', 'LICENSE'].includes(file)
      )
    ).toEqual([])
    expect(files.filter((file) => /^dist\/(?:test|bench|scripts)\/|\.test\.|(?<!\.d)\.ts$/.test(file))).toEqual([])
  })

  it('runs with npx, from the bin npm links', () => {
    writeFileSync(
      join(dir, 'letter.txt'),
      'Dear Mrs Patel,\n\nThank you for your letter about your bill. We will send a corrected bill by Friday 27 November.\n\nYours faithfully,\nSam Okafor\n'
    )
    const result = spawnSync('npx', ['--no-install', 'corrlint', 'letter.txt', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(result.status, result.stderr).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.files[0].criteria.find((c: {id: string}) => c.id === 'structure').status).toBe('fail')
    expect(report.files[0].criteria).toHaveLength(9)
  })

  it('loads the worker thread and the parsers bundled apart (dist/bundle/vendor/) from the installed package', () => {
    mkdirSync(join(dir, 'drafts'))
    const formats = readdirSync(join(root, 'fixtures')).filter((name) => /^fmt-.*\.(?:docx|eml|html)$/.test(name))
    for (const name of formats) copyFileSync(join(root, 'fixtures', name), join(dir, 'drafts', name))
    const batch = spawnSync('npx', ['--no-install', 'corrlint', 'drafts', '--jobs', '2', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8'
    })
    // (npm itself may warn about the machine's npm configuration.)
    expect(batch.stderr.replace(/^npm warn .*\n/gm, '')).toBe('')
    expect([0, 1]).toContain(batch.status)
    const reports = (JSON.parse(batch.stdout) as {files: Array<{path: string; criteria: unknown[]}>}).files
    expect(reports.map((file) => file.path).sort()).toEqual(formats.map((name) => `drafts/${name}`).sort())
    for (const file of reports) expect(file.criteria).toHaveLength(9)
  })

  it('imports as a library with the production dependencies alone', () => {
    // The library entry (dist/src, built by tsc, not bundled) loads with the package's dependencies
    // alone: what is only a data source, a build tool or a benchmark baseline is a dev dependency.
    const script =
      "const {lint} = await import('corrlint'); const report = await lint('Dear Mrs Patel,\\n\\nThank you for your letter.\\n\\nYours sincerely,\\nSam Okafor\\n'); console.log(report.criteria.length)"
    const library = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: dir, encoding: 'utf8'})
    expect(library.stderr).toBe('')
    expect(library.stdout.trim()).toBe('9')
  })
})

describe('productionTree', () => {
  it('finds nested and hoisted packages as Node does, and leaves out what only the repository has', () => {
    const base = mkdtempSync(join(tmpdir(), 'corrlint-tree-'))
    try {
      const write = (path: string, manifest: object) => {
        mkdirSync(join(base, path), {recursive: true})
        writeFileSync(join(base, path, 'package.json'), JSON.stringify(manifest))
      }
      write('node_modules/a', {name: 'a', dependencies: {b: '2', c: '1'}})
      write('node_modules/a/node_modules/b', {name: 'b', dependencies: {c: '1'}})
      write('node_modules/b', {name: 'b'})
      write('node_modules/c', {name: 'c'})
      write('node_modules/@s/d', {
        name: '@s/d',
        peerDependencies: {e: '1'},
        peerDependenciesMeta: {e: {optional: true}}
      })
      write('node_modules/dev-only', {name: 'dev-only'})
      expect(
        productionTree(base, {name: 'x', dependencies: {a: '1', '@s/d': '1'}, optionalDependencies: {missing: '1'}})
      ).toEqual(
        ['node_modules/@s/d', 'node_modules/a', 'node_modules/a/node_modules/b', 'node_modules/c'].map((path) =>
          path.split('/').join(sep)
        )
      )
      expect(() => productionTree(base, {name: 'x', dependencies: {gone: '1'}})).toThrow(
        'x needs gone, which is not installed'
      )
    } finally {
      rmSync(base, {recursive: true, force: true})
    }
  })
})
