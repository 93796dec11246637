/**
 * A spell checker over a precompiled word list (scripts/build-wordlist.mjs), mirroring what nspell
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
 * length, ranked by distance, then by cheap signs of the likely intended word, and cached per word.
 */

/** The dictionaries' two COMPOUNDRULEs (`n*1t`, `n*mp`), which nspell tests unanchored: ordinals. */
const ORDINAL_TEEN = /1\dth/i
const ORDINAL = /[02-9](?:[04-9]th|1st|2nd|3rd)/i

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])

export interface SpellerData {
  /** Words accepted as written (including NOSUGGEST ones). */
  words: Set<string>
  /** Words in the dictionary only as parts of compounds: never accepted on their own. */
  onlyInCompound: Set<string>
  /** Words accepted but never suggested. */
  noSuggest: Set<string>
}

/** Parse a word list written by scripts/build-wordlist.mjs. */
export function parseWordList(text: string): SpellerData {
  const words = new Set<string>()
  const onlyInCompound = new Set<string>()
  const noSuggest = new Set<string>()
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (end > start) {
      const first = text.charCodeAt(start)
      if (first === 35 /* # */) {
        // comment
      } else if (first === 126 /* ~ */) {
        onlyInCompound.add(text.slice(start + 1, end))
      } else if (first === 33 /* ! */) {
        const word = text.slice(start + 1, end)
        words.add(word)
        noSuggest.add(word)
      } else {
        words.add(text.slice(start, end))
      }
    }
    start = end + 1
  }
  return {words, onlyInCompound, noSuggest}
}

export class Speller {
  readonly words: Set<string>
  private readonly onlyInCompound: Set<string>
  private readonly noSuggest: Set<string>
  /** Suggestable words by length, built on the first suggestion. */
  private byLength?: string[][]
  private readonly suggestions = new Map<string, string[]>()

  constructor(data: SpellerData) {
    this.words = data.words
    this.onlyInCompound = data.onlyInCompound
    this.noSuggest = data.noSuggest
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
    if (this.words.has(value)) return true
    if (this.onlyInCompound.has(value)) return false
    return ORDINAL_TEEN.test(value) || ORDINAL.test(value)
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
    const buckets = this.buckets()
    const capitalised = word.charAt(0) !== lower.charAt(0)
    const upper = word.length > 1 && word === word.toUpperCase()
    const scored = new Map<string, number>()
    for (let length = Math.max(1, lower.length - 2); length <= lower.length + 2; length++) {
      for (const candidate of buckets[length] ?? []) {
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
        // Shorter words are more common, and a closer length is a likelier slip.
        score += Math.abs(candidateLower.length - lower.length) * 0.5 + candidateLower.length * 0.01
        if (candidateLower.includes("'") !== lower.includes("'")) score += 2
        keep(scored, candidate, score)
      }
    }
    const ranked = [...scored].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    const out: string[] = []
    const seen = new Set<string>()
    for (const [candidate] of ranked) {
      const shown = upper ? candidate.toUpperCase() : capitalised && candidate === candidate.toLowerCase() ? capitalise(candidate) : candidate
      if (seen.has(shown) || shown === word) continue
      seen.add(shown)
      out.push(shown)
    }
    return out
  }

  private buckets(): string[][] {
    if (this.byLength) return this.byLength
    const buckets: string[][] = []
    for (const word of this.words) {
      if (this.noSuggest.has(word) || /\d/.test(word)) continue
      ;(buckets[word.length] ??= []).push(word)
    }
    this.byLength = buckets
    return buckets
  }
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
  return osa(word, candidate, 1) === 1 && weaknessOfEdit(word, candidate) < 0
}

/**
 * A small bonus (negative) or malus for the kind of slip: a vowel for a vowel (`definately`),
 * two letters swapped (`recieve`) or a doubled/undoubled letter (`occured`) are the commonest
 * misspellings; other substitutions are likelier typos of another word.
 */
function weaknessOfEdit(word: string, candidate: string): number {
  if (word.length === candidate.length) {
    const diffs: number[] = []
    for (let index = 0; index < word.length && diffs.length <= 2; index++) if (word[index] !== candidate[index]) diffs.push(index)
    if (diffs.length === 2 && diffs[1] === diffs[0] + 1 && word[diffs[0]] === candidate[diffs[1]] && word[diffs[1]] === candidate[diffs[0]]) return -4
    if (diffs.every((index) => VOWELS.has(word[index]) && VOWELS.has(candidate[index]))) return -3
    return 0
  }
  // One letter more or less: a doubled letter is the commonest case.
  const [long, short] = word.length > candidate.length ? [word, candidate] : [candidate, word]
  if (long.length === short.length + 1) {
    let index = 0
    while (index < short.length && long[index] === short[index]) index++
    if (index > 0 && long[index] === long[index - 1]) return -3
    if (VOWELS.has(long[index])) return -1
  }
  return 0
}

/**
 * Optimal string alignment distance between `a` and `b`, or `max + 1` as soon as it must exceed
 * `max`. Linear in the lengths for a fixed `max` (only a band of the table is filled).
 */
export function osa(a: string, b: string, max: number): number {
  const n = a.length
  const m = b.length
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
      const bj = b.charCodeAt(j - 1)
      let value = previous[j - 1] + (ai === bj ? 0 : 1)
      if (previous[j] + 1 < value) value = previous[j] + 1
      if (current[j - 1] + 1 < value) value = current[j - 1] + 1
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && previous2[j - 2] + 1 < value) value = previous2[j - 2] + 1
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

/** Reused rows of the distance table (the speller runs on one thread at a time). */
const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]
