/**
 * The speller for a dialect, loaded once per process (per worker thread) and only when asked for:
 * the spelling rules call `speller(dialect)` from their `prepare`, so a run without the spelling
 * criterion never reads a word list.
 *
 * The word lists are built at build time (scripts/build-wordlist.mjs) into `dist/data/` of the
 * package. The package root is found by walking up from this module to the folder whose
 * package.json is named `corrlint`: the code runs from dist/bundle/chunks/*.js (the bundled CLI),
 * dist/src/spell/*.js (the library, built by tsc) and src/spell/*.ts (tests).
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Dialect} from '../types.js'
import {Speller, WordList} from './speller.js'

export {Speller, WordList, commonSlip, osa} from './speller.js'

const loaded = new Map<Dialect, Speller>()
let root: string | undefined

/** The speller for `dialect`, read from its word list on first use. */
export function speller(dialect: Dialect): Speller {
  let found = loaded.get(dialect)
  if (!found) {
    found = new Speller(new WordList(readFileSync(wordListPath(dialect), 'utf8')))
    loaded.set(dialect, found)
  }
  return found
}

/** Where the word list of `dialect` lives (it exists once the package is built). */
export function wordListPath(dialect: Dialect): string {
  const path = join(packageRoot(), 'dist', 'data', `words-${dialect}.txt`)
  if (!existsSync(path)) throw new Error(`corrlint: the ${dialect} word list is missing (${path}); run \`npm run build\``)
  return path
}

function packageRoot(): string {
  if (root) return root
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string}).name === 'corrlint') return (root = dir)
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error('corrlint: cannot find the package root (package.json named corrlint) above the speller')
    dir = parent
  }
}
