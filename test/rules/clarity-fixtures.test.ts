/**
 * False alarms are the worst defect: the good fixtures (whole, realistic messages) must have no
 * clarity error and very few clarity warnings.
 */
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/clarity/index.js'
import {defaultSettings, lintSource} from '../../src/engine/index.js'
import {readSource} from '../../src/input/index.js'

const root = new URL('../../fixtures/', import.meta.url).pathname

function goodFixtures(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...goodFixtures(path))
    else if (/good/.test(name) && !name.endsWith('.json') && !name.startsWith('.')) found.push(path)
  }
  return found
}

describe('clarity on the good fixtures', () => {
  const files = goodFixtures(root)

  it('has good fixtures to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(15)
  })

  it('reports no clarity error and under 5 warnings per 1,000 words', async () => {
    let words = 0
    const warnings: string[] = []
    for (const path of files) {
      const report = await lintSource(await readSource(path), defaultSettings(), {rules})
      words += report.facts.words
      const name = path.slice(root.length)
      expect(
        report.findings
          .filter((finding) => finding.severity === 'error')
          .map((finding) => `${name} ${finding.ruleId} ${finding.message}`)
      ).toEqual([])
      for (const finding of report.findings) warnings.push(`${name}:${finding.start.line} ${finding.ruleId}`)
    }
    expect(words).toBeGreaterThan(1500)
    expect((warnings.length * 1000) / words, warnings.join('\n')).toBeLessThan(5)
  })
})
