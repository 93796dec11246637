import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import retextEnglish from 'retext-english'
import retextProfanities from 'retext-profanities'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a build script, plain JavaScript
import {unpackedCuss, writeProfanitiesModule} from '../scripts/profanities-en.mjs'

type Plugin = (options?: object) => (tree: unknown, file: VFile) => void

/** Every message a plugin gives on `text`, as comparable strings. */
function messages(plugin: Plugin, text: string, options: object): string[] {
  const tree = unified().use(retextEnglish).parse(text)
  const file = new VFile({value: text})
  plugin(options)(tree, file)
  return file.messages.map(
    (message) =>
      `${message.place && 'start' in message.place ? message.place.start.offset : ''} ${message.ruleId} ${message.reason}`
  )
}

describe('retext-profanities with its word list expanded at build time', () => {
  it('finds exactly what the stock plugin finds, for every word it knows, singular and plural', async () => {
    const words: string[] = Object.keys(unpackedCuss() as Record<string, number>)
    expect(words.length).toBeGreaterThan(2000)
    const generated = writeProfanitiesModule(
      join(mkdtempSync(join(tmpdir(), 'corrlint-profanities-')), 'retext-profanities-en.js')
    ) as string
    const precomputed = ((await import(pathToFileURL(generated).href)) as {default: Plugin}).default
    const stock = retextProfanities as unknown as Plugin
    const text = words.map((word) => `Then ${word} came.`).join(' ')
    for (const options of [{}, {sureness: 1, ignore: ['hell', 'butt']}]) {
      const expected = messages(stock, text, options)
      expect(expected.length).toBeGreaterThan(1000)
      expect(messages(precomputed, text, options)).toEqual(expected)
    }
  })
})
