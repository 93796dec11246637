/**
 * The worker pool. Under vitest the TypeScript worker is bundled with esbuild into a temporary
 * module first (worker threads cannot load .ts), so the test runs today's code, not a stale build.
 */
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {build} from 'esbuild'
import {Tinypool} from 'tinypool'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {defaultSettings} from '../src/engine/settings.js'
import {checkFiles, closePool, defaultJobs, FILES_PER_THREAD} from '../src/pipeline/pool.js'
import {lintFile} from '../src/pipeline/worker.js'

const root = new URL('..', import.meta.url).pathname
const fixtures = join(root, 'fixtures')
// Inside the project (not the system temp folder), so the bundled worker finds the package's data
// files (the spelling word lists) the way an installed one does.
mkdirSync(join(root, 'node_modules/.cache'), {recursive: true})
const scratch = mkdtempSync(join(root, 'node_modules/.cache/corrlint-pool-'))
const worker = join(scratch, 'worker.mjs')
const failingWorker = join(scratch, 'failing-worker.mjs')
const brokenWorker = join(scratch, 'broken-worker.mjs')
let paths: string[]

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'src/pipeline/worker.ts')],
    outfile: worker,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: {
      js: "import {createRequire as __corrlintCreateRequire} from 'node:module'; const require = __corrlintCreateRequire(import.meta.url);"
    },
    logLevel: 'error'
  })
  writeFileSync(failingWorker, "export default async function () { throw new Error('worker crashed') }\n")
  writeFileSync(brokenWorker, 'export default async function ( {\n')
  const drafts = readdirSync(fixtures)
    .filter((name) => /\.(txt|eml|md|html|docx)$/.test(name))
    .sort()
    .slice(0, 14)
    .map((name) => join(fixtures, name))
  // A long draft first, so it finishes after shorter ones started later; a missing file in the middle.
  const long = join(scratch, 'long.txt')
  writeFileSync(
    long,
    `Dear Mr Khan,\n\n${'Thank you for your letter about order ORD-35034. We will refund the charge by Friday. '.repeat(400)}\n\nYours sincerely,\nAnna Reid\n`
  )
  paths = [long, ...drafts.slice(0, 7), join(scratch, 'missing.txt'), ...drafts.slice(7)]
}, 60_000)
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

const settings = defaultSettings()

describe('checkFiles', () => {
  it('gives the same reports in input order in workers as in this thread, and reports a missing file without stopping', async () => {
    const progress: Array<[number, number]> = []
    const inThread = await checkFiles(paths, settings, {cwd: root, jobs: 1, fingerprints: true})
    const pooled = await checkFiles(paths, settings, {
      cwd: root,
      jobs: 2,
      fingerprints: true,
      worker,
      onProgress: (done, total) => progress.push([done, total])
    })
    expect(pooled.map((report) => report.path)).toEqual(paths)
    expect(pooled).toEqual(inThread)
    expect(progress).toEqual(paths.map((_, index) => [index + 1, paths.length]))
    const missing = pooled[8]
    expect(missing.fatal).toMatch(/missing\.txt/)
    expect(pooled.filter((report) => report.fatal)).toHaveLength(1)
    expect(pooled[0].findings.every((finding) => /^[0-9a-f]{32}$/.test(finding.fingerprint ?? ''))).toBe(true)
  }, 120_000)

  it('checks the files of a crashed worker in this thread: every file still gets its real report', async () => {
    const inThread = await checkFiles(paths, settings, {cwd: root, jobs: 1})
    const reports = await checkFiles(paths, settings, {cwd: root, jobs: 2, worker: failingWorker})
    expect(reports).toEqual(inThread)
  }, 60_000)

  it('does not hang when the worker module cannot even load', async () => {
    const reports = await checkFiles(paths, settings, {cwd: root, jobs: 3, worker: brokenWorker})
    expect(reports.map((report) => report.path)).toEqual(paths)
    expect(reports.filter((report) => report.fatal)).toHaveLength(1)
  }, 60_000)

  it('shuts down when a worker reports an error while the pool is closing', async () => {
    const pool = new Tinypool({filename: brokenWorker, minThreads: 1, maxThreads: 1})
    pool.on('error', () => {})
    const [thread] = pool.threads as unknown as Array<{thread: NodeJS.EventEmitter}>
    const closing = closePool(pool)
    // What a worker whose module fails to load just then does; tinypool 2.2 threw a TypeError here.
    expect(() => thread.thread.emit('error', new Error('cannot load'))).not.toThrow()
    await expect(closing).resolves.toBeUndefined()
  })

  it('checks a handful of files in this thread, without starting workers', async () => {
    // The failing worker would turn every report fatal if it were used.
    const reports = await checkFiles(paths.slice(1, 4), settings, {cwd: root, jobs: 4, worker: failingWorker})
    expect(reports.some((report) => report.fatal)).toBe(false)
  })

  it('gives each file its own settings when asked', async () => {
    const seen: string[] = []
    const reports = await checkFiles(
      paths.slice(1, 9),
      (path) => {
        seen.push(path)
        return {...settings, criteria: path.endsWith('.md') ? {structure: false} : {}}
      },
      {cwd: root, jobs: 2, worker}
    )
    expect(seen.sort()).toEqual(paths.slice(1, 9).sort())
    for (const report of reports.filter((item) => !item.fatal)) {
      const tone = report.criteria.find((result) => result.id === 'structure')?.status
      if (report.path.endsWith('.md')) expect(tone).toBe('not-checked')
      else expect(tone).not.toBe('not-checked')
    }
  }, 60_000)

  it('defaults to one thread per FILES_PER_THREAD files, at most one per core', () => {
    const cores = availableParallelism()
    expect(defaultJobs(0)).toBe(1)
    expect(defaultJobs(FILES_PER_THREAD - 1)).toBe(1)
    expect(defaultJobs(2 * FILES_PER_THREAD)).toBe(Math.min(2, cores))
    expect(defaultJobs(1000 * FILES_PER_THREAD)).toBe(cores)
  })
})

describe('lintFile', () => {
  it('reports an unreadable file as fatal with one line naming it', async () => {
    const report = await lintFile(join(scratch, 'nowhere.txt'), settings, {cwd: scratch})
    expect(report.fatal).toContain('nowhere.txt')
    expect(report.fatal).not.toContain('\n')
    expect(report.criteria.every((result) => result.status === 'not-checked')).toBe(true)
  })
})
