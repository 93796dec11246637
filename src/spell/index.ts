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
import {readText} from '../read-text.js'
import type {Dialect, WordLists} from '../types.js'
import {letterMask, Speller, WordList} from './speller.js'

export {
  commonSlip,
  entryMasks,
  frequencyLevel,
  letterMask,
  osa,
  packBlocks,
  prefixBlocks,
  Speller,
  sameUndoubled,
  unpackBlocks,
  WordList
} from './speller.js'

const loaded = new Map<Dialect, Speller>()
let root: string | undefined

/** The speller for `dialect`, read from its word list on first use. */
export function speller(dialect: Dialect): Speller {
  let found = loaded.get(dialect)
  if (!found) {
    const path = wordListPath(dialect)
    const text = readText(path)
    const list = new WordList(text, checkedStarts(readUint32s(path.replace(/\.txt$/, '.index')), text))
    found = new Speller(
      list,
      () => checkedMasks(readUint32s(path.replace(/\.txt$/, '.masks')), list),
      () => readUint32s(path.replace(/\.txt$/, '.blocks')),
      () => readFrequency(path)
    )
    loaded.set(dialect, found)
  }
  return found
}

/**
 * How often each entry of a word list is used (`frequencyLevel`, one byte an entry), written by the
 * build beside the list (words-*.freq; undefined when missing: suggestions then rank without it).
 */
export function readFrequency(listPath: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(listPath.replace(/\.txt$/, '.freq')))
  } catch {
    return undefined
  }
}

let names: WordList | null | undefined

/**
 * Whether `word` is a first name, surname or town of the build's names list (dist/data/names.txt,
 * from humannames and cities-list, lower case, without the en-GB dictionary's lower-case words),
 * read on first use (only when a capitalised unknown word looks like a slip).
 */
export function isKnownName(word: string): boolean {
  if (names === undefined) {
    try {
      const path = join(packageRoot(), 'dist', 'data', 'names.txt')
      const text = readText(path)
      names = new WordList(text, checkedNameStarts(readUint32s(path.replace(/\.txt$/, '.index')), text))
    } catch {
      names = null
    }
  }
  return names?.has(word.toLowerCase().replaceAll('’', "'")) ?? false
}

/** The names list's entry starts when they belong to `text` (its header's count, and lines starting there), else undefined. */
function checkedNameStarts(starts: Uint32Array | undefined, text: string): Uint32Array | undefined {
  const count = /^# corrlint names: (\d+) names/.exec(text.slice(0, 200))
  if (!starts || !count || starts.length !== Number(count[1])) return undefined
  for (let step = 0; step <= 16; step++) {
    const start = starts[Math.min(starts.length - 1, Math.floor((step * starts.length) / 16))]
    if (start === 0 || start >= text.length || text.charCodeAt(start - 1) !== 10) return undefined
  }
  return starts
}

/**
 * The package's own word lists (dist/data), read on first use: what `lintSource` passes by
 * default. The checking core reads no files; a caller with other lists passes its own.
 */
export const packageWordLists: WordLists = {speller, isKnownName}

/** 32-bit numbers written beside a word list at build time, little-endian (undefined when missing). */
function readUint32s(path: string): Uint32Array | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return undefined
  }
  // A Buffer may start anywhere in a shared pool: copy it when it is not aligned for 32-bit reads.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes)
  return new Uint32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / 4))
}

/**
 * Where each entry of `text` starts, when the index belongs to it: as many entries as the header's
 * counts add up to, and lines starting at a spread of them (a stale build, or another byte order,
 * gives undefined and the list is scanned instead, a few milliseconds).
 */
function checkedStarts(starts: Uint32Array | undefined, text: string): Uint32Array | undefined {
  const counts = /^# (\d+) words, (\d+) never suggested .*?, (\d+) ONLYINCOMPOUND/m.exec(text.slice(0, 400))
  if (!starts || !counts || starts.length !== Number(counts[1]) + Number(counts[2]) + Number(counts[3]))
    return undefined
  for (let step = 0; step <= 16; step++) {
    const index = Math.min(starts.length - 1, Math.floor((step * starts.length) / 16))
    const start = starts[index]
    if (start === 0 || start >= text.length || text.charCodeAt(start - 1) !== 10 || text.charCodeAt(start) === 35)
      return undefined
    if (index + 1 < starts.length && text.charCodeAt(starts[index + 1] - 1) !== 10) return undefined
  }
  return starts
}

/**
 * The masks when they belong to `list`: one per entry, and those of a few entries spread over the
 * list as `letterMask` computes them now (a stale build, or another byte order, gives undefined:
 * suggestions are then found without them, the same but more slowly).
 */
function checkedMasks(masks: Uint32Array | undefined, list: WordList): Uint32Array | undefined {
  if (!masks || masks.length !== list.size) return undefined
  for (let step = 0; step <= 16; step++) {
    const index = Math.min(list.size - 1, Math.floor((step * list.size) / 16))
    if (masks[index] !== letterMask(list.source, list.wordStart(index), list.wordEnd(index), true)) return undefined
  }
  return masks
}

/** Where the word list of `dialect` lives (it exists once the package is built). */
export function wordListPath(dialect: Dialect): string {
  const path = join(packageRoot(), 'dist', 'data', `words-${dialect}.txt`)
  if (!existsSync(path))
    throw new Error(`corrlint: the ${dialect} word list is missing (${path}); run \`npm run build\``)
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
    if (parent === dir)
      throw new Error('corrlint: cannot find the package root (package.json named corrlint) above the speller')
    dir = parent
  }
}
