/**
 * Array helpers that never spread an array into a call's arguments: every spread argument goes on
 * the stack, so `out.push(...lines)` or `Math.max(...widths)` throws "Maximum call stack size
 * exceeded" once the array has some 60,000 items (a long draft's findings, a big word list).
 * test/no-spread-calls.test.ts keeps such calls out of src/ and rules/.
 */

/** Appends every item of `items` to `target`, in order, and returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The largest of `values`, or `initial` when there are none or all are smaller. */
export function maxOf(initial: number, values: Iterable<number>): number {
  let max = initial
  for (const value of values) if (value > max) max = value
  return max
}
