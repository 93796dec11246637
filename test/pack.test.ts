/**
 * The package works from a packed tarball, as `npx corrlint` on a user's machine: `npm pack`,
 * install it into an empty folder (offline, from the npm cache that `npm ci` filled), run it.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, it, onTestFinished} from 'vitest'

const root = new URL('..', import.meta.url).pathname

it('installs from `npm pack` and runs with npx', {timeout: 240_000}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-pack-'))
  onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {cwd: root, encoding: 'utf8'}).trim().split('\n').pop()!
  writeFileSync(join(dir, 'package.json'), '{"name": "try-corrlint", "private": true}\n')
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, tarball)], {cwd: dir, stdio: 'pipe'})
  writeFileSync(
    join(dir, 'letter.txt'),
    'Dear Mrs Patel,\n\nThank you for your letter about your bill. We will send a corrected bill by Friday 27 November.\n\nYours faithfully,\nSam Okafor\n'
  )
  const result = spawnSync('npx', ['--no-install', 'corrlint', 'letter.txt', '--format', 'json'], {cwd: dir, encoding: 'utf8'})
  expect(result.status, result.stderr).toBe(1)
  const report = JSON.parse(result.stdout)
  expect(report.files[0].criteria.find((c: {id: string}) => c.id === 'structure').status).toBe('fail')
  expect(report.files[0].criteria).toHaveLength(9)
})
