/**
 * Time spent per rule, like ESLint's TIMING=1: off unless the CLI turns it on (`CORRLINT_TIMING=1`).
 * Kept per thread: with several threads, only the files checked in this one are timed (run with
 * `--jobs 1` to time them all). The engine only adds to the table; the CLI prints it.
 */
import {maxOf} from '../arrays.js'
export interface TimingTable {
  /** Milliseconds per rule id, plus `(read and split the draft)` and `(decide the criteria)`. */
  ms: Map<string, number>
  files: number
}

let table: TimingTable | undefined

/** Start timing in this thread (idempotent); returns the table the engine adds to. */
export function startTiming(): TimingTable {
  table ??= {ms: new Map(), files: 0}
  return table
}

/** The table when timing is on. */
export function timing(): TimingTable | undefined {
  return table
}

export function addTime(key: string, ms: number): void {
  if (table) table.ms.set(key, (table.ms.get(key) ?? 0) + ms)
}

/** The table as text: the slowest `rows` entries with their share of the total. */
export function formatTiming(found: TimingTable, rows = 15): string {
  const entries = [...found.ms].sort((a, b) => b[1] - a[1])
  const total = entries.reduce((sum, [, ms]) => sum + ms, 0)
  const width = maxOf(
    4,
    entries.slice(0, rows).map(([key]) => key.length)
  )
  const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|----------:|--------:`]
  for (const [key, ms] of entries.slice(0, rows)) {
    lines.push(
      `${key.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${total > 0 ? ((100 * ms) / total).toFixed(1).padStart(7) : '    0.0'}%`
    )
  }
  lines.push(`${found.files} file${found.files === 1 ? '' : 's'} timed in this thread, ${total.toFixed(0)} ms in all`)
  return `${lines.join('\n')}\n`
}
