/**
 * `npm test` builds first only when the build is stale (scripts/build-if-stale.mjs as pretest):
 * a source newer than the last complete build's stamp, or no build output, means a build.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, it, onTestFinished} from 'vitest'

const root = new URL('..', import.meta.url).pathname

/** A project folder whose `npm run build` only records that it ran. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-stale-'))
  onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
  mkdirSync(join(dir, 'scripts'))
  mkdirSync(join(dir, 'src'))
  cpSync(join(root, 'scripts', 'build-if-stale.mjs'), join(dir, 'scripts', 'build-if-stale.mjs'))
  writeFileSync(join(dir, 'src', 'index.ts'), 'export {}\n')
  const build = "require('fs').appendFileSync('built.log', 'built\\\\n'); require('fs').mkdirSync('dist/bundle', {recursive: true}); require('fs').mkdirSync('dist/src', {recursive: true}); require('fs').writeFileSync('dist/bundle/corrlint.cjs', ''); require('fs').writeFileSync('dist/src/index.js', '')"
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'p', scripts: {build: `node -e "${build}" && node scripts/build-if-stale.mjs --stamp`}}))
  const pretest = () => spawnSync(process.execPath, [join(dir, 'scripts', 'build-if-stale.mjs')], {cwd: dir, encoding: 'utf8'})
  const builds = () => spawnSync('sh', ['-c', 'cat built.log 2>/dev/null | wc -l'], {cwd: dir, encoding: 'utf8'}).stdout.trim()
  return {dir, pretest, builds}
}

it('builds when never built, then not again until a source changes or the output is gone', () => {
  const {dir, pretest, builds} = project()
  expect(pretest().status).toBe(0)
  expect(builds()).toBe('1')
  expect(pretest().stdout).toContain('dist/ is up to date')
  expect(builds()).toBe('1')
  const later = new Date(Date.now() + 5_000)
  utimesSync(join(dir, 'src', 'index.ts'), later, later)
  expect(pretest().status).toBe(0)
  expect(builds()).toBe('2')
  rmSync(join(dir, 'dist'), {recursive: true})
  expect(pretest().status).toBe(0)
  expect(builds()).toBe('3')
})
