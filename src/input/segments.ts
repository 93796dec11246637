/**
 * A map from offsets in an analysed text to offsets in the original file, built while the text is
 * built. Runs of characters copied from consecutive original offsets share one segment, so a
 * lookup is a binary search over few segments and building is linear.
 */
export class SegmentMap {
  /** Start of each segment in the analysed text (ascending). */
  private readonly textStarts: number[] = []
  /** Original offset of each segment's first character. */
  private readonly originStarts: number[] = []
  /** Number of characters in each segment that map one-to-one; later ones map to its end. */
  private readonly lengths: number[] = []
  private textLength = 0

  /** Record that the next `length` characters of the text come from `origin…origin+length`. */
  copy(origin: number, length: number): void {
    if (length <= 0) return
    const last = this.lengths.length - 1
    if (
      last >= 0 &&
      this.textStarts[last] + this.lengths[last] === this.textLength &&
      this.originStarts[last] + this.lengths[last] === origin
    ) {
      this.lengths[last] += length
    } else {
      this.textStarts.push(this.textLength)
      this.originStarts.push(origin)
      this.lengths.push(length)
    }
    this.textLength += length
  }

  /** Record `length` characters that have no place of their own (e.g. a paragraph break): they map to `origin`. */
  insert(origin: number, length: number): void {
    if (length <= 0) return
    this.textStarts.push(this.textLength)
    this.originStarts.push(origin)
    this.lengths.push(0)
    this.textLength += length
  }

  get length(): number {
    return this.textLength
  }

  /** Map a text offset (0…length) to an original offset; `end` is used for offsets past the text. */
  lookup(offset: number, end: number): number {
    if (offset >= this.textLength || this.textStarts.length === 0) {
      if (offset === this.textLength && this.textStarts.length > 0) {
        const last = this.textStarts.length - 1
        return this.originStarts[last] + Math.min(offset - this.textStarts[last], this.lengths[last])
      }
      return end
    }
    let low = 0
    let high = this.textStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.textStarts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return this.originStarts[low] + Math.min(Math.max(0, offset - this.textStarts[low]), this.lengths[low])
  }
}
