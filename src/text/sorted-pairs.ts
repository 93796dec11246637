import {remember} from './words.js'

/**
 * A look-up table kept as the generated data gives it: lines of "key value", sorted by key (by
 * UTF-16 code units, as `<` compares strings), searched by halves. Nothing is built at load: a
 * JSON array of strings parses about fifty times faster than the same pairs as an object, and
 * building a Map of them cost the dialect rule's 2,300 pairs about 3.5 ms of every cold start.
 * The answers are remembered (the words of drafts repeat: a batch asks about the same few thousand
 * words again and again, where searching by halves each time cost more than the Map saved).
 */
export class SortedPairs {
  private readonly answers = new Map<string, string | null>()

  /** `lines`: "key value" (one space; the value may be empty), sorted by key with no key twice. */
  constructor(readonly lines: readonly string[]) {}

  get size(): number {
    return this.lines.length
  }

  /** The value of `key`, or undefined. */
  get(key: string): string | undefined {
    let answer = this.answers.get(key)
    if (answer === undefined) {
      const index = this.indexOf(key)
      answer = index < 0 ? null : this.lines[index].slice(key.length + 1)
      remember(this.answers, key, answer)
    }
    return answer ?? undefined
  }

  has(key: string): boolean {
    return this.get(key) !== undefined
  }

  /** Every pair, in key order. */
  *entries(): IterableIterator<[key: string, value: string]> {
    for (const line of this.lines) {
      const space = line.indexOf(' ')
      yield [line.slice(0, space), line.slice(space + 1)]
    }
  }

  private indexOf(key: string): number {
    let low = 0
    let high = this.lines.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = compareKey(this.lines[middle], key)
      if (order === 0) return middle
      if (order < 0) low = middle + 1
      else high = middle - 1
    }
    return -1
  }
}

/** How the key of `line` (up to its first space) sorts against `key`, without cutting it out. */
function compareKey(line: string, key: string): number {
  const length = key.length
  for (let at = 0; at < length; at++) {
    const code = line.charCodeAt(at)
    // The line's key ended (a space, or the line) before `key` did: the line's key is shorter.
    if (code === 32 || Number.isNaN(code)) return -1
    const other = key.charCodeAt(at)
    if (code !== other) return code < other ? -1 : 1
  }
  // `key` is a prefix of the line's key, or the whole of it.
  return line.length === length || line.charCodeAt(length) === 32 ? 0 : 1
}

/** Whether `lines` are in the order SortedPairs needs (for tests and the generator). */
export function sortedByKey(lines: readonly string[]): boolean {
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1]
    const key = lines[index].slice(0, lines[index].indexOf(' '))
    if (compareKey(previous, key) >= 0) return false
  }
  return true
}
