/**
 * A word list looked up in place: the precompiled list (scripts/build-wordlist.mjs) is sorted, so a
 * word is found by binary search over its lines, without building a `Set` of 120,000 strings —
 * which cost about 35 ms and as much again in garbage collection on every cold start.
 *
 * Lines are sorted by their word in code-unit order (JavaScript's default sort); a line may carry a
 * one-character mark before its word (`!` never suggested, `~` only inside compounds), which does
 * not change its place. Lines starting with `#` (the header) are skipped.
 */

/** What the list says of a word. */
export type WordMark = 'word' | 'no-suggest' | 'only-in-compound'

const MARKS: Record<number, WordMark> = {33: 'no-suggest', 126: 'only-in-compound'}

export class SortedWords implements Iterable<string> {
  private readonly text: string
  /** Start and end offsets of each word line. */
  private readonly starts: Uint32Array
  private readonly ends: Uint32Array
  private readonly count: number

  constructor(text: string) {
    this.text = text
    const starts: number[] = []
    const ends: number[] = []
    let start = 0
    while (start < text.length) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      if (end > start && text.charCodeAt(start) !== 35 /* # */) {
        starts.push(start)
        ends.push(end)
      }
      start = end + 1
    }
    this.count = starts.length
    this.starts = Uint32Array.from(starts)
    this.ends = Uint32Array.from(ends)
  }

  get size(): number {
    return this.count
  }

  /** The mark of `word`'s line, or undefined when the list does not hold it. */
  lookup(word: string): WordMark | undefined {
    let low = 0
    let high = this.count - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const key = this.wordAt(middle)
      if (key === word) return MARKS[this.text.charCodeAt(this.starts[middle])] ?? 'word'
      if (key < word) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }

  /** Whether the list holds `word` (with any mark). */
  has(word: string): boolean {
    return this.lookup(word) !== undefined
  }

  /** The words with `mark`, in order. */
  *marked(mark: WordMark): IterableIterator<string> {
    for (let index = 0; index < this.count; index++) {
      const first = this.text.charCodeAt(this.starts[index])
      if ((MARKS[first] ?? 'word') === mark) yield this.wordAt(index)
    }
  }

  /** Every word (without its mark), in order. */
  *[Symbol.iterator](): IterableIterator<string> {
    for (let index = 0; index < this.count; index++) yield this.wordAt(index)
  }

  private wordAt(index: number): string {
    let start = this.starts[index]
    if (MARKS[this.text.charCodeAt(start)] !== undefined) start++
    return this.text.slice(start, this.ends[index])
  }
}
