/**
 * The project's own code is linted and formatted (Biome, configured once in biome.json): `npm run
 * format` writes the formatting, `npm run lint` shows what is wrong. This test fails `npm test`
 * (and so CI) on a lint error or an unformatted file, with Biome's report as the message.
 */
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname

it('biome ci finds no lint error and no unformatted file', () => {
  const result = spawnSync(join(root, 'node_modules/.bin/biome'), ['ci', '--colors=off', '.'], {
    cwd: root,
    encoding: 'utf8'
  })
  expect(result.error).toBeUndefined()
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
})
