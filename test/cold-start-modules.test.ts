/**
 * What a cold start loads of Node's own modules (issue 23's benchmark). node:crypto, node:tty (with
 * node:net) and node:fs/promises cost 1.5 to 6 ms each to load on the reference machines, and a run
 * that checks a draft into a file or a pipe needs none of them: they load on first use (a
 * fingerprint, a file written, a terminal). The shims that make chalk and lilconfig lazy about
 * them (scripts/bundle-shims/) are tested here too.
 */
import {spawnSync} from 'node:child_process'
import {closeSync, mkdtempSync, openSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname
const require = createRequire(import.meta.url)
const dir = mkdtempSync(join(tmpdir(), 'corrlint-cold-modules-'))

/** Node's built-in modules a run of the built program loaded, beyond those an empty script loads. */
function modulesLoaded(args: string[]): string[] {
  const preload = join(dir, 'report-modules.cjs')
  writeFileSync(
    preload,
    `const before = new Set(process.moduleLoadList)
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'modules.json'))}, JSON.stringify(process.moduleLoadList.filter((name) => !before.has(name) && name.startsWith('NativeModule ')).map((name) => name.slice(13)))))`
  )
  // Standard output and error into files: for a pipe, Node itself loads node:net (process.stdout).
  const out = openSync(join(dir, 'out.txt'), 'w')
  const errors = openSync(join(dir, 'errors.txt'), 'w')
  let result: ReturnType<typeof spawnSync>
  try {
    result = spawnSync(process.execPath, ['-r', preload, join(root, 'bin/corrlint.cjs'), ...args], {
      cwd: dir,
      env: {...process.env, CORRLINT_CODE_CACHE_DIR: join(dir, 'cache')},
      stdio: ['ignore', out, errors]
    })
  } finally {
    closeSync(out)
    closeSync(errors)
  }
  expect(result.status, readFileSync(join(dir, 'errors.txt'), 'utf8')).toBe(1)
  return JSON.parse(readFileSync(join(dir, 'modules.json'), 'utf8')) as string[]
}

describe('a cold start', () => {
  it('checks a draft into a file without loading crypto, tty, net, fs/promises or worker threads', () => {
    const loaded = modulesLoaded([join(root, 'fixtures/complaint-reply-flawed-blaming.txt')])
    for (const name of [
      'crypto',
      'tty',
      'net',
      'fs/promises',
      'internal/fs/promises',
      'worker_threads',
      'child_process'
    ])
      expect(loaded, name).not.toContain(name)
  })

  it('still loads crypto when a report with fingerprints is written', () => {
    const loaded = modulesLoaded(['--format', 'sarif', join(root, 'fixtures/complaint-reply-flawed-blaming.txt')])
    expect(loaded).toContain('crypto')
  })
})

describe('the bundle shims', () => {
  it('answer isatty as node:tty does for a file, a pipe and /dev/null', () => {
    const shim = require('../scripts/bundle-shims/tty-isatty.cjs') as {isatty(fd: number): boolean}
    const tty = require('node:tty') as {isatty(fd: number): boolean}
    const file = openSync(join(dir, 'plain.txt'), 'w')
    const devNull = openSync('/dev/null', 'r')
    try {
      for (const fd of [file, devNull, 0, 1, 2]) expect(shim.isatty(fd), `fd ${fd}`).toBe(tty.isatty(fd))
      expect(shim.isatty(file)).toBe(false)
      expect(shim.isatty(devNull)).toBe(false)
      // A descriptor that is not open: false, as node:tty says.
      expect(shim.isatty(9999)).toBe(false)
    } finally {
      closeSync(file)
      closeSync(devNull)
    }
  })

  it('give lilconfig node:fs, with fs.promises loaded only when used', async () => {
    const check = spawnSync(
      process.execPath,
      [
        '-e',
        `const shim = require(${JSON.stringify(join(root, 'scripts/bundle-shims/fs-lazy-promises.cjs'))})
const loaded = () => process.moduleLoadList.includes('NativeModule internal/fs/promises')
const before = loaded()
const same = shim.readFileSync === require('node:fs').readFileSync && typeof shim.existsSync === 'function'
shim.promises.readFile(${JSON.stringify(join(root, 'package.json'))}, 'utf8').then((text) => {
  console.log(JSON.stringify({before, same, after: loaded(), read: text.includes('corrlint')}))
})`
      ],
      {encoding: 'utf8'}
    )
    expect(JSON.parse(check.stdout)).toEqual({before: false, same: true, after: true, read: true})
  })
})
