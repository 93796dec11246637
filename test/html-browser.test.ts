/**
 * Opens the HTML report in headless Chromium (Debian's `chromium`, where installed) and checks
 * that every finding is highlighted in the rendered page. Keeps a screenshot in test/.artefacts/.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it, onTestFinished} from 'vitest'

const root = new URL('..', import.meta.url).pathname
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path)
)
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars'
]

if (!chromium)
  console.warn(
    'html-browser.test: skipped — Debian chromium is not installed (apt-get install chromium); .ci/run installs it where it can.'
  )

describe.skipIf(!chromium)('html report in a browser', () => {
  it('renders every finding highlighted', {timeout: 120_000}, () => {
    const dir = mkdtempSync(join(tmpdir(), 'corrlint-html-'))
    onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
    const output = join(dir, 'report.html')
    const fixtures = readdirSync(join(root, 'fixtures'))
      .filter((name) => /\.(?:txt|md)$/.test(name))
      .map((name) => join(root, 'fixtures', name))
    const run = spawnSync(
      process.execPath,
      [join(root, 'bin/corrlint.cjs'), ...fixtures, '--format', 'html', '--output', output],
      {encoding: 'utf8'}
    )
    expect([0, 1]).toContain(run.status)
    const json = spawnSync(process.execPath, [join(root, 'bin/corrlint.cjs'), ...fixtures, '--format', 'json'], {
      encoding: 'utf8'
    })
    const report = JSON.parse(json.stdout) as {files: Array<{findings: unknown[]}>}
    const findings = report.files.reduce((sum, file) => sum + file.findings.length, 0)

    const profile = mkdtempSync(join(tmpdir(), 'corrlint-chromium-'))
    onTestFinished(() => rmSync(profile, {recursive: true, force: true}))
    const dom = execFileSync(chromium!, [...flags, `--user-data-dir=${profile}`, '--dump-dom', `file://${output}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    const anchors = new Set(dom.match(/id="f\d+-\d+"/g) ?? [])
    expect(anchors.size).toBe(findings)
    expect(dom).toContain('<mark class=')
    if (fixtures.length > 1) expect(dom).toContain('Class summary')

    const artefacts = join(root, 'test/.artefacts')
    mkdirSync(artefacts, {recursive: true})
    execFileSync(
      chromium!,
      [
        ...flags,
        `--user-data-dir=${profile}`,
        '--window-size=1280,1800',
        `--screenshot=${join(artefacts, 'report.png')}`,
        `file://${output}`
      ],
      {stdio: 'ignore'}
    )
    expect(existsSync(join(artefacts, 'report.png'))).toBe(true)
  })
})
