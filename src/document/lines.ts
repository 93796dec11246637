import type {Position} from '../types.js'

/** Offsets at which each line of `text` starts (line 1 at index 0). */
export function lineStarts(text: string): number[] {
  const starts = [0]
  let index = text.indexOf('\n')
  while (index !== -1) {
    starts.push(index + 1)
    index = text.indexOf('\n', index + 1)
  }
  return starts
}

/** 1-based line and column of `offset`, by binary search over `starts`. */
export function positionAt(starts: number[], offset: number): Position {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return {offset, line: low + 1, column: offset - starts[low] + 1}
}
