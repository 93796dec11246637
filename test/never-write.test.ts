/**
 * corrlint never writes to the files it checks: run over a copy of the fixture folder in every
 * format, then every input's bytes and mtime are unchanged and nothing new appears beside them.
 * Only `--output FILE` writes, and only that file.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, it, onTestFinished} from 'vitest'
import {formatters} from '../src/report/index.js'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/corrlint.cjs')

function snapshot(dir: string): Map<string, {bytes: string; mtime: number}> {
  const files = new Map<string, {bytes: string; mtime: number}>()
  for (const name of readdirSync(dir, {recursive: true}) as string[]) {
    const path = join(dir, name)
    const stat = statSync(path)
    if (stat.isFile()) files.set(name, {bytes: readFileSync(path).toString('base64'), mtime: stat.mtimeMs})
  }
  return files
}

it('never writes beside or into the checked files, in any format', {timeout: 180_000}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-never-write-'))
  onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
  cpSync(join(root, 'fixtures'), dir, {recursive: true})
  const inputs = (readdirSync(dir) as string[]).filter((name) => /\.(?:txt|md|eml|html?|docx)$/.test(name))
  expect(inputs.length).toBeGreaterThan(0)
  const before = snapshot(dir)
  // Every draft once (JSON), then one draft of each kind in each other format: the drafts are read
  // the same way whatever the format, and only the report differs.
  const oneOfEach = [...new Map(inputs.map((name) => [name.slice(name.lastIndexOf('.')), name])).values()]
  for (const format of Object.keys(formatters)) {
    const named = format === 'json' ? inputs : oneOfEach
    const result = spawnSync(process.execPath, [bin, ...named, '--format', format], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    })
    expect([0, 1], `${format}: ${result.stderr}`).toContain(result.status)
  }
  expect(snapshot(dir)).toEqual(before)
  // --fix-dry-run shows the fixes and writes nothing either.
  const dryRun = spawnSync(process.execPath, [bin, ...inputs, '--fix-dry-run'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  expect(dryRun.status, dryRun.stderr).toBe(0)
  expect(dryRun.stdout).toContain('+++ ')
  expect(snapshot(dir)).toEqual(before)

  const outDir = mkdtempSync(join(tmpdir(), 'corrlint-output-'))
  onTestFinished(() => rmSync(outDir, {recursive: true, force: true}))
  const result = spawnSync(
    process.execPath,
    [bin, ...oneOfEach, '--format', 'json', '--output', join(outDir, 'report.json')],
    {cwd: dir, encoding: 'utf8'}
  )
  expect([0, 1]).toContain(result.status)
  expect(result.stdout).toBe('')
  expect(readdirSync(outDir)).toEqual(['report.json'])
  expect(snapshot(dir)).toEqual(before)
})
