/**
 * The package works from a packed tarball, as `npx corrlint` on a user's machine: `npm pack`,
 * install it into an empty folder (offline, from the npm cache that `npm ci` filled), run it.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, rmSync} from 'node:fs'
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
  // A folder of every format, at --jobs 2: the parsers bundled apart (dist/bundle/vendor/) and
  // the worker thread load from the installed package too.
  mkdirSync(join(dir, 'drafts'))
  const formats = readdirSync(join(root, 'fixtures')).filter((name) => /^fmt-.*\.(?:docx|eml|html)$/.test(name))
  for (const name of formats) copyFileSync(join(root, 'fixtures', name), join(dir, 'drafts', name))
  const batch = spawnSync('npx', ['--no-install', 'corrlint', 'drafts', '--jobs', '2', '--format', 'json'], {cwd: dir, encoding: 'utf8'})
  // (npm itself may warn about the machine's npm configuration.)
  expect(batch.stderr.replace(/^npm warn .*\n/gm, '')).toBe('')
  expect([0, 1]).toContain(batch.status)
  const files = (JSON.parse(batch.stdout) as {files: Array<{path: string; criteria: unknown[]}>}).files
  expect(files.map((file) => file.path).sort()).toEqual(formats.map((name) => `drafts/${name}`).sort())
  for (const file of files) expect(file.criteria).toHaveLength(9)
  // The library entry (dist/src, built by tsc, not bundled) loads with the package's dependencies
  // alone: what is only a data source, a build tool or a benchmark baseline is a dev dependency.
  const script = "const {lint} = await import('corrlint'); const report = await lint('Dear Mrs Patel,\\n\\nThank you for your letter.\\n\\nYours sincerely,\\nSam Okafor\\n'); console.log(report.criteria.length)"
  const library = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: dir, encoding: 'utf8'})
  expect(library.stderr).toBe('')
  expect(library.stdout.trim()).toBe('9')
})
