/** The README shows what corrlint really prints: its generated sections match the built program. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a build script, plain JavaScript
import {render, sections} from '../scripts/readme.mjs'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('has the current --help, example output and benchmark figures (run `npm run readme` after changing them)', () => {
    const content = sections() as Record<string, string>
    expect(content.OPTIONS).toContain('--format <name>')
    expect(content.OUTPUT).toContain('FAIL  Structure')
    for (const name of Object.keys(content)) {
      const only = {[name]: content[name]}
      expect(render(readme, only), `README section ${name} is stale: run npm run readme`).toBe(readme)
    }
  })
})
