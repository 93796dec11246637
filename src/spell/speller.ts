/**
 * A spell checker over a precompiled, sorted word list (scripts/build-wordlist.mjs), mirroring what nspell
 * accepts for dictionary-en-gb and dictionary-en, with its own bounded suggestions.
 *
 * `correct` mirrors nspell's `correct` exactly (test/spell-agreement.test.ts): a word is accepted
 * as written; an all-capitals word also as Title case; any word also in lower case. So a lower-case
 * dictionary word is accepted in Title Case and UPPER CASE, never the reverse (`paris` is not
 * `Paris`). Curly apostrophes count as straight ones (the dictionaries' ICONV), and ordinals such as
 * `21st` are accepted by the dictionaries' COMPOUNDRULEs, mirrored below.
 *
 * Suggestions are the project's own (nspell's cost about 285 ms per unknown word): dictionary words
 * within an optimal-string-alignment (Damerau) distance of 2, searched only among words of similar
 * length, ranked by distance, then by cheap signs of the likely intended word (the kind of slip, a
 * short list of the commonest words), and cached per word.
 */

import common from './common-words.json' with {type: 'json'}

/** The dictionaries' two COMPOUNDRULEs (`n*1t`, `n*mp`), which nspell tests unanchored: ordinals. */
const ORDINAL_TEEN = /1\dth/i
const ORDINAL = /[02-9](?:[04-9]th|1st|2nd|3rd)/i

/** Contractions (`hasn't`, `I'm`, `we've`, `they're`, `you'll`, `I'd`), not possessives. */
const CONTRACTION = /(?:n't|'m|'ve|'re|'ll|'d)$/
/** Frequency levels are log10(1 + count) × this, in one byte (`frequencyLevel`). */
const FREQUENCY_SCALE = 20

/** The byte the build writes for a word used `count` times (SUBTLEX): 0 for unused, 20 per power of ten. */
export function frequencyLevel(count: number): number {
  return Math.min(255, Math.round(Math.log10(1 + count) * FREQUENCY_SCALE))
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])
const COMMON = new Set(common.words)

/**
 * A word list written by scripts/build-wordlist.mjs, kept as the file's text with the offsets of
 * its lines: sorted (UTF-16 code unit order), so a look-up is a binary search. Loading is a scan
 * for line ends (a few ms) instead of building a Set of 123,000 strings (about 35 ms).
 */
export class WordList {
  private readonly text: string
  private readonly starts: Uint32Array
  /** Where each entry ends; undefined when the entries are consecutive lines (then each ends where the next starts). */
  private readonly ends: Uint32Array | undefined
  private readonly lastEnd: number
  readonly size: number
  /** Whether the entries' starts came with the list (not found by scanning it). */
  readonly indexed: boolean

  /**
   * `starts`, when given, is where each entry starts (written at build time beside the list, so that
   * loading is not a scan of 1.2 MB): the entries are then the consecutive lines from the first.
   */
  constructor(text: string, starts?: Uint32Array) {
    this.text = text
    this.lastEnd = text.endsWith('\n') ? text.length - 1 : text.length
    this.indexed = starts !== undefined
    if (starts) {
      this.starts = starts
      this.ends = undefined
      this.size = starts.length
      return
    }
    let count = 0
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
    const found = new Uint32Array(count + 1)
    const ends = new Uint32Array(count + 1)
    let size = 0
    let start = 0
    while (start < text.length) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      if (end > start && text.charCodeAt(start) !== 35 /* # */) {
        found[size] = start
        ends[size] = end
        size++
      }
      start = end + 1
    }
    this.starts = found
    this.ends = ends
    this.size = size
  }

  /** Where each entry starts, for the build to write beside the list. */
  entryStarts(): Uint32Array {
    return this.starts.slice(0, this.size)
  }

  /** Lookups already made: business drafts repeat most of their words (bounded: cleared when full). */
  private readonly kinds = new Map<string, 0 | 1 | 2 | 3>()

  /** 0: absent; 1: a word; 2: a word never suggested (!); 3: only in compounds (~). */
  kind(word: string): 0 | 1 | 2 | 3 {
    let kind = this.kinds.get(word)
    if (kind === undefined) {
      if (this.kinds.size >= 50_000) this.kinds.clear()
      this.kinds.set(word, (kind = this.lookup(word)))
    }
    return kind
  }

  private lookup(word: string): 0 | 1 | 2 | 3 {
    let low = 0
    let high = this.size - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = this.compare(word, middle)
      if (order === 0) return this.mark(middle)
      if (order < 0) high = middle - 1
      else low = middle + 1
    }
    return 0
  }

  /** The first entry at or after `key` in the list's order (`size` when there is none). */
  lowerBound(key: string): number {
    let low = 0
    let high = this.size
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.compare(key, middle) > 0) low = middle + 1
      else high = middle
    }
    return low
  }

  /** The index of the entry `word` (as written), or -1. */
  indexOf(word: string): number {
    const index = this.lowerBound(word)
    return index < this.size && this.compare(word, index) === 0 ? index : -1
  }

  /** Words accepted as written. */
  has(word: string): boolean {
    const kind = this.kind(word)
    return kind === 1 || kind === 2
  }

  /** Every accepted word, and whether it may be suggested. */
  *entries(): Generator<[word: string, suggest: boolean]> {
    for (let index = 0; index < this.size; index++) {
      const mark = this.mark(index)
      if (mark === 3) continue
      yield [this.text.slice(this.starts[index] + (mark === 1 ? 0 : 1), this.wordEnd(index)), mark === 1]
    }
  }

  /** The file's text, and where entry `index`'s word starts and ends in it (for scans without copies). */
  get source(): string {
    return this.text
  }

  wordStart(index: number): number {
    return this.starts[index] + (this.mark(index) === 1 ? 0 : 1)
  }

  wordEnd(index: number): number {
    return this.ends ? this.ends[index] : index + 1 < this.size ? this.starts[index + 1] - 1 : this.lastEnd
  }

  /**
   * The length of entry `index` when it may be suggested (a word, not NOSUGGEST, not only in
   * compounds), else -1: one call for both in the suggestion scan.
   */
  suggestableLength(index: number): number {
    const start = this.starts[index]
    const first = this.text.charCodeAt(start)
    if (first === 33 || first === 126) return -1
    return this.wordEnd(index) - start
  }

  private mark(index: number): 1 | 2 | 3 {
    const first = this.text.charCodeAt(this.starts[index])
    return first === 33 /* ! */ ? 2 : first === 126 /* ~ */ ? 3 : 1
  }

  /** `word` against entry `index`, by UTF-16 code units (the order the builder sorted in). */
  private compare(word: string, index: number): number {
    const start = this.starts[index] + (this.mark(index) === 1 ? 0 : 1)
    const length = this.wordEnd(index) - start
    const shared = Math.min(word.length, length)
    for (let offset = 0; offset < shared; offset++) {
      const difference = word.charCodeAt(offset) - this.text.charCodeAt(start + offset)
      if (difference !== 0) return difference
    }
    return word.length - length
  }
}

export class Speller {
  readonly list: WordList
  /** Suggestable entries by length, built on the first suggestion. */
  private prefixBlocks?: Block[]
  private readonly suggestions = new Map<string, string[]>()
  /** Each entry's `letterMask` (folded), read on the first suggestion; undefined when there is none. */
  private masks?: Uint32Array | null
  private readonly loadMasks?: () => Uint32Array | undefined
  private readonly loadBlocks?: () => Uint32Array | undefined
  private readonly loadFrequency?: () => Uint8Array | undefined
  /** How often each entry is used, as `frequencyLevel` (one byte an entry), read on first use; null when there is none. */
  private levels?: Uint8Array | null

  /**
   * `loadMasks` gives the entries' letter masks (written at build time beside the word list): with
   * them, most words of the list are ruled out with two bit counts instead of an edit distance.
   * Without them the suggestions are the same, found more slowly. `loadBlocks` gives the list's
   * prefix blocks as `packBlocks` writes them at build time (computed on first use without them).
   * `loadFrequency` gives how often words are used (the build's frequency list): among equally close
   * words, the commoner one is suggested first (`hotspt` → `hotshot` only when nothing commoner is as close).
   */
  constructor(
    list: WordList,
    loadMasks?: () => Uint32Array | undefined,
    loadBlocks?: () => Uint32Array | undefined,
    loadFrequency?: () => Uint8Array | undefined
  ) {
    this.list = list
    this.loadMasks = loadMasks
    this.loadBlocks = loadBlocks
    this.loadFrequency = loadFrequency
  }

  /**
   * About how often `word` (any case) is used per 51 million words of subtitles (SUBTLEX; the
   * build keeps it to a fifth of a power of ten), 0 when it is not in the list or rare.
   */
  frequency(word: string): number {
    const lower = word.toLowerCase()
    // The entry as written, in lower case, or a name's (`Wednesday`, `California`): all have their lower case's count.
    let index = this.list.indexOf(word)
    if (index === -1) index = this.list.indexOf(lower)
    if (index === -1) index = this.list.indexOf(lower.charAt(0).toUpperCase() + lower.slice(1))
    const level = index === -1 ? 0 : this.level(index)
    return level === 0 ? 0 : Math.round(10 ** (level / FREQUENCY_SCALE) - 1)
  }

  /** The frequency level of entry `index` (`frequencyLevel` of its lower case), 0 without the build's levels. */
  private level(index: number): number {
    if (this.levels === undefined) {
      const levels = this.loadFrequency?.()
      this.levels = levels && levels.length === this.list.size ? levels : null
    }
    return this.levels?.[index] ?? 0
  }

  /** Whether nspell would accept `value` (same case rules, conversions and compound rules). */
  correct(value: string): boolean {
    let normal = value.trim()
    if (normal === '') return false
    if (normal.includes('’')) normal = normal.replaceAll('’', "'")
    if (this.exact(normal)) return true
    if (normal.toUpperCase() === normal) {
      const title = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (this.exact(title)) return true
    }
    const lower = normal.toLowerCase()
    return lower !== normal && this.exact(lower)
  }

  private exact(value: string): boolean {
    const kind = this.list.kind(value)
    if (kind === 1 || kind === 2) return true
    if (kind === 3) return false
    return ORDINAL_TEEN.test(value) || ORDINAL.test(value)
  }

  /** Whether suggestions use the build's letter masks (loading them on first use). */
  usesMasks(): boolean {
    return this.loadedMasks() !== null
  }

  private loadedMasks(): Uint32Array | null {
    if (this.masks === undefined) {
      const masks = this.loadMasks?.()
      this.masks = masks && masks.length >= this.list.size ? masks : null
    }
    return this.masks
  }

  /**
   * Up to `limit` dictionary words close to `word` (distance ≤ 2), best first, in the case of
   * `word` (Title or UPPER case when it is). Empty when nothing is close. Cached per word.
   */
  suggest(word: string, limit = 3): string[] {
    const key = `${limit}\u0000${word}`
    const cached = this.suggestions.get(key)
    if (cached) return cached
    const found = this.search(word.replaceAll('’', "'")).slice(0, limit)
    this.suggestions.set(key, found)
    return found
  }

  private search(word: string): string[] {
    const lower = word.toLowerCase()
    // Very long tokens are not misspelt words; bound the work.
    if (lower.length < 2 || lower.length > 40) return []
    const capitalised = word.charAt(0) !== lower.charAt(0)
    const upper = word.length > 1 && word === word.toUpperCase()
    const scored = new Map<string, number>()
    const text = this.list.source
    const w0 = lower.charCodeAt(0)
    const w1 = lower.charCodeAt(1)
    const shortest = Math.max(1, lower.length - 2)
    const longest = lower.length + 2
    const masks = this.loadedMasks()
    const wordMask = letterMask(lower, 0, lower.length, false)
    // A slip rarely changes both of the first two letters (`rhe`, `hte` and `ccount` keep one of
    // them, shifted or not): only blocks of words whose first or second letter is one of the
    // word's first two are candidates. Cuts the scan ~5×, with no index beyond the blocks.
    for (const block of this.blocks()) {
      if (block.first !== w0 && block.first !== w1 && block.second !== w0 && block.second !== w1) continue
      for (let index = block.low; index < block.high; index++) {
        // Two edits bring in at most two letters the word lacks, and take out at most two it has
        // (tested first: it rules out most entries, before any look at the list's text).
        // (Written out, with no calls: in a fresh process this loop runs in V8's interpreter.)
        if (masks) {
          let extra = masks[index] & ~wordMask
          extra &= extra - 1
          extra &= extra - 1
          if (extra !== 0) continue
          let missing = wordMask & ~masks[index]
          missing &= missing - 1
          missing &= missing - 1
          if (missing !== 0) continue
        }
        const length = this.list.suggestableLength(index)
        if (length < shortest || length > longest) continue
        const start = this.list.wordStart(index)
        if (hasDigit(text, start, start + length)) continue
        // Compare against the list's text in place; copy only the few words that come close.
        if (osaRange(lower, text, start, length, 2, true) > 2) continue
        const candidate = text.slice(start, start + length)
        const candidateLower = candidate.toLowerCase()
        if (candidateLower === lower) {
          // Only the case differs (`paris` for `Paris`): the best suggestion there is.
          if (candidate !== word) keep(scored, candidate, 0)
          continue
        }
        const distance = osa(lower, candidateLower, 2)
        if (distance > 2) continue
        let score = distance * 10
        const properNoun = candidate !== candidateLower
        // A lower-case word in running text is rarely meant as a name.
        if (properNoun && !capitalised) score += 6
        if (candidateLower.charAt(0) !== lower.charAt(0)) score += 3
        score += weaknessOfEdit(lower, candidateLower)
        // Two letters left single or doubled (`embarased`, `comitee`): the commonest two-edit misspelling.
        if (distance === 2 && sameUndoubled(lower, candidateLower)) score -= 8
        if (COMMON.has(candidateLower)) score -= 5
        // Among equally close words the commoner is likelier meant: up to 4 (a tenth of an edit).
        score -= Math.min(4, this.level(index) / FREQUENCY_SCALE)
        // Shorter words are more common, and a closer length is a likelier slip.
        score += Math.abs(candidateLower.length - lower.length) * 0.5 + candidateLower.length * 0.01
        if (candidateLower.includes("'") !== lower.includes("'")) {
          // A contraction written without its apostrophe (`hasnt`, `dosent`) is closer than it looks:
          // the apostrophe counts as no edit.
          // (Not a possessive: `familys` is `families` more often than `family's`.)
          const bare =
            CONTRACTION.test(candidateLower) && !lower.includes("'") ? candidateLower.replaceAll("'", '') : undefined
          const bareDistance = bare === undefined ? distance : osa(lower, bare, 2)
          score += bareDistance < distance ? (bareDistance - distance) * 10 - 1 : 2
        }
        keep(scored, candidate, score)
      }
    }
    const ranked = [...scored].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    const out: string[] = []
    const seen = new Set<string>()
    for (const [candidate] of ranked) {
      const shown = upper
        ? candidate.toUpperCase()
        : capitalised && candidate === candidate.toLowerCase()
          ? capitalise(candidate)
          : candidate
      if (seen.has(shown) || shown === word) continue
      seen.add(shown)
      out.push(shown)
    }
    return out
  }

  /** The list's prefix blocks (`prefixBlocks`): as the build wrote them, else found now. */
  private blocks(): Block[] {
    if (this.prefixBlocks) return this.prefixBlocks
    const packed = this.loadBlocks?.()
    this.prefixBlocks = (packed && unpackBlocks(packed, this.list)) ?? prefixBlocks(this.list)
    return this.prefixBlocks
  }
}

/**
 * The list cut into blocks of words that share their first two letters (`ab…`, `Ab…`), with
 * those letters case-folded: found by jumping through the sorted list with binary searches (about
 * 1,500 blocks; 1 ms when the code is warm, about 9 ms in a fresh process, so the build writes
 * them beside the list: `packBlocks`).
 */
export function prefixBlocks(list: WordList): Block[] {
  const blocks: Block[] = []
  const text = list.source
  for (let low = 0; low < list.size; ) {
    const [first, second] = blockLetters(list, low)
    const start = list.wordStart(low)
    // A one-letter word is its own block; otherwise the block runs to the first word past the prefix.
    const high = second === -1 ? low + 1 : Math.max(low + 1, list.lowerBound(`${text.slice(start, start + 2)}\uffff`))
    blocks.push({first, second, low, high})
    low = high
  }
  return blocks
}

/** The case-folded first and second letters of entry `index` (-1 for the second of a one-letter word): its block's. */
function blockLetters(list: WordList, index: number): [first: number, second: number] {
  const text = list.source
  const start = list.wordStart(index)
  const length = list.wordEnd(index) - start
  return [foldCode(text.charCodeAt(start)), length < 2 ? -1 : foldCode(text.charCodeAt(start + 1))]
}

/** Blocks as 32-bit numbers, two a block: where it starts, and its first letter (high 16 bits) and second (low 16; 0xffff for none). */
export function packBlocks(blocks: Block[]): Uint32Array {
  const packed = new Uint32Array(blocks.length * 2)
  blocks.forEach((block, at) => {
    packed[at * 2] = block.low
    packed[at * 2 + 1] = ((block.first << 16) | (block.second & 0xffff)) >>> 0
  })
  return packed
}

/**
 * Blocks from `packBlocks`, when they belong to `list`: starting at 0, in order, each block's
 * letters those of its first and last words (a stale build gives undefined: they are found again).
 */
export function unpackBlocks(packed: Uint32Array, list: WordList): Block[] | undefined {
  if (packed.length === 0 || packed.length % 2 !== 0 || packed[0] !== 0) return undefined
  const blocks: Block[] = []
  for (let at = 0; at < packed.length; at += 2) {
    const low = packed[at]
    const high = at + 2 < packed.length ? packed[at + 2] : list.size
    if (high <= low || high > list.size) return undefined
    const letters = packed[at + 1]
    const second = letters & 0xffff
    blocks.push({first: letters >>> 16, second: second === 0xffff ? -1 : second, low, high})
  }
  // Spot checks, as for the masks: the letters of a spread of blocks' first and last entries.
  for (let step = 0; step <= 16; step++) {
    const block = blocks[Math.min(blocks.length - 1, Math.floor((step * blocks.length) / 16))]
    for (const index of [block.low, block.high - 1]) {
      const [first, second] = blockLetters(list, index)
      if (first !== block.first || second !== block.second) return undefined
    }
  }
  return blocks
}

/**
 * Which kinds of character `text` has from `start` to `end`, as bits: one per letter a–z, one for
 * the apostrophe, one for digits and one for anything else; with `fold`, each character lower-cased
 * as the edit distance compares it. Words within two edits of each other differ in at most two
 * kinds each way (every insertion or substitution brings in at most one kind, every deletion or
 * substitution takes out at most one, a swap none): a necessary condition, so a cheap first test.
 */
export function letterMask(text: string, start: number, end: number, fold: boolean): number {
  let mask = 0
  for (let at = start; at < end; at++) {
    const code = fold ? foldCode(text.charCodeAt(at)) : text.charCodeAt(at)
    mask |=
      code >= 97 && code <= 122
        ? 1 << (code - 97)
        : code === 39
          ? 1 << 26
          : code >= 48 && code <= 57
            ? 1 << 27
            : 1 << 28
  }
  return mask
}

/** The masks of every entry of `list`, in its order (what the build writes beside the word list). */
export function entryMasks(list: WordList): Uint32Array {
  const masks = new Uint32Array(list.size)
  const text = list.source
  for (let index = 0; index < list.size; index++)
    masks[index] = letterMask(text, list.wordStart(index), list.wordEnd(index), true)
  return masks
}

/** Entries `low` to `high` (exclusive) of a word list, sharing a case-folded first and second letter. */
export interface Block {
  first: number
  second: number
  low: number
  high: number
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

function keep(scored: Map<string, number>, word: string, score: number): void {
  const before = scored.get(word)
  if (before === undefined || score < before) scored.set(word, score)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/**
 * Whether `candidate` is one of the commonest slips away from `word` (both lower case): two letters
 * swapped, one vowel for another, or a doubled letter, a missing or extra vowel.
 */
export function commonSlip(word: string, candidate: string): boolean {
  // A consonant left out (-1) is common too, but names often are a consonant away from a word.
  return osa(word, candidate, 1) === 1 && weaknessOfEdit(word, candidate) < -1
}

/** Whether two words are the same once every doubled letter is written once (`comitee`, `committee`). */
export function sameUndoubled(a: string, b: string): boolean {
  return undouble(a) === undouble(b)
}

function undouble(word: string): string {
  let out = ''
  for (let index = 0; index < word.length; index++) if (word[index] !== word[index - 1]) out += word[index]
  return out
}

/**
 * A small bonus (negative) or malus for the kind of slip: a vowel for a vowel (`definately`),
 * two letters swapped (`recieve`) or a doubled/undoubled letter (`occured`) are the commonest
 * misspellings; other substitutions are likelier typos of another word.
 */
function weaknessOfEdit(word: string, candidate: string): number {
  if (word.length === candidate.length) {
    const diffs: number[] = []
    for (let index = 0; index < word.length && diffs.length <= 2; index++)
      if (word[index] !== candidate[index]) diffs.push(index)
    if (
      diffs.length === 2 &&
      diffs[1] === diffs[0] + 1 &&
      word[diffs[0]] === candidate[diffs[1]] &&
      word[diffs[1]] === candidate[diffs[0]]
    )
      return -4
    if (diffs.every((index) => VOWELS.has(word[index]) && VOWELS.has(candidate[index]))) return -3
    return 0
  }
  // One letter more or less: a doubled letter is the commonest case.
  const [long, short] = word.length > candidate.length ? [word, candidate] : [candidate, word]
  if (long.length === short.length + 1) {
    let index = 0
    while (index < short.length && long[index] === short[index]) index++
    if (index > 0 && long[index] === long[index - 1]) return -3
    if (VOWELS.has(long[index])) return -1.5
    // A letter left out (`wich` for `which`) is commoner than one typed in by mistake.
    if (long === candidate) return -1
  }
  return 0
}

/**
 * Optimal string alignment distance between `a` and `b`, or `max + 1` as soon as it must exceed
 * `max`. Linear in the lengths for a fixed `max` (only a band of the table is filled).
 */
export function osa(a: string, b: string, max: number): number {
  return osaRange(a, b, 0, b.length, max, false)
}

/**
 * `osa` between `a` and the `m` characters of `b` from `offset`, with `b`'s letters lower-cased
 * when `fold` is set (comparing with a word list's text in place, without copying each word).
 */
function osaRange(a: string, b: string, offset: number, m: number, max: number, fold: boolean): number {
  const n = a.length
  if (Math.abs(n - m) > max) return max + 1
  const big = max + 1
  if (rows[0].length < m + 1) for (let index = 0; index < 3; index++) rows[index] = new Int32Array(m + 8)
  let previous2 = rows[0]
  let previous = rows[1]
  let current = rows[2]
  for (let j = 0; j <= m; j++) {
    previous2[j] = big
    previous[j] = j <= max ? j : big
  }
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(m, i + max)
    current.fill(big, 0, m + 1)
    current[0] = i <= max ? i : big
    let rowMin = current[0]
    const ai = a.charCodeAt(i - 1)
    for (let j = from; j <= to; j++) {
      const bj = fold ? foldCode(b.charCodeAt(offset + j - 1)) : b.charCodeAt(offset + j - 1)
      let value = previous[j - 1] + (ai === bj ? 0 : 1)
      if (previous[j] + 1 < value) value = previous[j] + 1
      if (current[j - 1] + 1 < value) value = current[j - 1] + 1
      if (
        i > 1 &&
        j > 1 &&
        ai === (fold ? foldCode(b.charCodeAt(offset + j - 2)) : b.charCodeAt(offset + j - 2)) &&
        a.charCodeAt(i - 2) === bj &&
        previous2[j - 2] + 1 < value
      )
        value = previous2[j - 2] + 1
      current[j] = value > big ? big : value
      if (current[j] < rowMin) rowMin = current[j]
    }
    if (rowMin > max) return big
    const spare = previous2
    previous2 = previous
    previous = current
    current = spare
  }
  return previous[m] > max ? big : previous[m]
}

/** Lower case of one UTF-16 code unit (itself when lower-casing would change the length). */
function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  return lowerCode(code)
}

const lowered = new Map<number, number>()
function lowerCode(code: number): number {
  let found = lowered.get(code)
  if (found === undefined) {
    const lower = String.fromCharCode(code).toLowerCase()
    found = lower.length === 1 ? lower.charCodeAt(0) : code
    lowered.set(code, found)
  }
  return found
}

/** Reused rows of the distance table (the speller runs on one thread at a time). */
const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]
