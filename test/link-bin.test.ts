/**
 * `npm ci` in a clone links the package's own command into node_modules/.bin (package.json's
 * `prepare` runs scripts/link-bin.mjs), so the README's first command, `npm ci && npx corrlint …`,
 * runs the build that is there instead of npx installing the checkout into its cache again.
 */
import {spawnSync} from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {expect, it, onTestFinished} from 'vitest'

const root = new URL('..', import.meta.url).pathname

it('prepare links bin/corrlint.cjs as node_modules/.bin/corrlint, replacing a stale link', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
    bin: Record<string, string>
  }
  expect(manifest.scripts.prepare).toMatch(/node scripts\/link-bin\.mjs/)
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-link-'))
  onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
  mkdirSync(join(dir, 'scripts'))
  mkdirSync(join(dir, 'bin'))
  mkdirSync(join(dir, 'node_modules', '.bin'), {recursive: true})
  copyFileSync(join(root, 'scripts', 'link-bin.mjs'), join(dir, 'scripts', 'link-bin.mjs'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'corrlint', bin: manifest.bin}))
  writeFileSync(join(dir, 'bin', 'corrlint.cjs'), "console.log('here')\n")
  writeFileSync(join(dir, 'node_modules', '.bin', 'corrlint'), 'stale')
  const result = spawnSync(process.execPath, [join(dir, 'scripts', 'link-bin.mjs')], {encoding: 'utf8'})
  expect(result.stderr).toBe('')
  const link = join(dir, 'node_modules', '.bin', 'corrlint')
  expect(readlinkSync(link)).toBe('../../bin/corrlint.cjs')
  expect(realpathSync(link)).toBe(realpathSync(resolve(dir, 'bin', 'corrlint.cjs')))
})

it('links nothing where there is no node_modules (an installed package, not a clone)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-link-'))
  onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
  mkdirSync(join(dir, 'scripts'))
  copyFileSync(join(root, 'scripts', 'link-bin.mjs'), join(dir, 'scripts', 'link-bin.mjs'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'corrlint', bin: {corrlint: 'bin/corrlint.cjs'}}))
  const result = spawnSync(process.execPath, [join(dir, 'scripts', 'link-bin.mjs')], {encoding: 'utf8'})
  expect(result.status).toBe(0)
  expect(() => readlinkSync(join(dir, 'node_modules', '.bin', 'corrlint'))).toThrow()
})

it('the clone itself has the link after npm ci, pointing at this checkout', () => {
  expect(realpathSync(join(root, 'node_modules', '.bin', 'corrlint'))).toBe(
    realpathSync(join(root, 'bin', 'corrlint.cjs'))
  )
})
