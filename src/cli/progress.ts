/**
 * A progress bar on standard error for long batches: files done of total and the rate. Shown only
 * where a person watches (a TTY), for more than a handful of files, and never when a machine
 * format goes to standard output (a pipe or a CI log must stay clean).
 */

/** With this many files or fewer, a run is over before a bar would help. */
export const PROGRESS_MIN_FILES = 5

export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

/** Whether to show a bar: a TTY, more than a handful of files, and no machine format on stdout. */
export function shouldShowProgress(options: {
  stderr: ProgressStream
  files: number
  format: string
  output?: string
  env?: Record<string, string | undefined>
}): boolean {
  if (!options.stderr.isTTY) return false
  if (options.env?.CI) return false
  if (options.files <= PROGRESS_MIN_FILES) return false
  const machineOnStdout = options.format !== 'stylish' && !options.output
  return !machineOnStdout
}

export interface Progress {
  /** `done` files of the total are finished. */
  update(done: number): void
  /** Remove the bar (before the report is printed). */
  finish(): void
}

/** A bar redrawn at most every `interval` ms; `now` is injectable for tests. */
export function createProgress(
  stream: ProgressStream,
  total: number,
  now: () => number = Date.now,
  interval = 100
): Progress {
  const started = now()
  let drawnAt = -Infinity
  let shown = false
  const draw = (done: number) => {
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 45))
    const filled = total === 0 ? width : Math.round((done / total) * width)
    const seconds = (now() - started) / 1000
    const rate = seconds > 0 ? `${(done / seconds).toFixed(1)} files/s` : '… files/s'
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files · ${rate}\u001B[K`)
    shown = true
  }
  return {
    update(done) {
      const time = now()
      if (done < total && time - drawnAt < interval) return
      drawnAt = time
      draw(done)
    },
    finish() {
      if (shown) stream.write('\r\u001B[K')
      shown = false
    }
  }
}
