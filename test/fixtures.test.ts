/**
 * Walks every fixture beside its `.expected.json`: the part split, and the verdict of every
 * criterion it names (a criterion that has no rules yet reports "not-checked" and is skipped).
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {presetSettings} from '../src/config/index.js'
import {defaultSettings, lintSource} from '../src/engine/index.js'
import {readSource} from '../src/input/index.js'
import type {Settings} from '../src/types.js'

interface Expected {
  kind?: 'email' | 'letter'
  parts?: Array<{kind: string; lines: [number, number]}>
  criteria?: Record<string, 'pass' | 'fail'>
  findings?: Array<{ruleId: string; line: number; column?: number}>
  settings?: Partial<Settings>
}

const root = new URL('../fixtures/', import.meta.url).pathname

function fixtureFiles(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) continue
    if (name.endsWith('.expected.json') || name.startsWith('.')) continue
    const expected = path.replace(/\.[^.]+$/, '.expected.json')
    if (existsSync(expected)) found.push(path)
  }
  return found
}

const files = fixtureFiles(root)

describe('fixture corpus', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  for (const path of files) {
    const name = path.slice(root.length)
    it(name, async () => {
      const expected = JSON.parse(readFileSync(path.replace(/\.[^.]+$/, '.expected.json'), 'utf8')) as Expected
      // A preset is applied as `--preset NAME` applies it (its rule severities too), then the other settings.
      const base = expected.settings?.preset ? presetSettings(expected.settings.preset) : defaultSettings()
      const report = await lintSource(await readSource(path), {
        ...base,
        ...expected.settings,
        rules: {...base.rules, ...expected.settings?.rules}
      })
      if (expected.kind) expect(report.kind, 'kind').toBe(expected.kind)
      if (expected.parts) {
        const actual = report.parts.map((part) => ({kind: part.kind, lines: [part.start.line, part.end.line]}))
        expect(actual, 'parts').toEqual(expected.parts)
      }
      for (const [criterion, verdict] of Object.entries(expected.criteria ?? {})) {
        const result = report.criteria.find((item) => item.id === criterion)
        if (!result || result.status === 'not-checked') continue
        const findings = report.findings.filter((item) => item.criterion === criterion && item.severity === 'error')
        expect(
          `${criterion}: ${result.status}`,
          findings.map((item) => `${item.start.line}:${item.start.column} ${item.ruleId} ${item.message}`).join('\n')
        ).toBe(`${criterion}: ${verdict}`)
      }
      for (const want of expected.findings ?? []) {
        const criterion = want.ruleId.split('/')[0]
        if (report.criteria.find((item) => item.id === criterion)?.status === 'not-checked') continue
        const hit = report.findings.find(
          (item) =>
            item.ruleId === want.ruleId &&
            item.start.line === want.line &&
            (want.column === undefined || item.start.column === want.column)
        )
        expect(hit, `${want.ruleId} at ${want.line}:${want.column ?? '*'}`).toBeDefined()
      }
    })
  }
})
