/**
 * `--watch`: re-check the drafts whenever one is saved, clear the screen, and say which criteria
 * turned PASS or FAIL since the last check. Watches each file's folder, because many editors save
 * by writing a new file and renaming it over the old one.
 */
import {type FSWatcher, watch as watchFolder} from 'node:fs'
import {basename, dirname, resolve} from 'node:path'
import type {RunReport} from '../types.js'
import {failureLine} from './output.js'

/** Config files a check in a watched folder reads: saving one re-checks too. */
const CONFIG_NAMES = new Set([
  'package.json',
  'corrlint.config.json',
  '.corrlintrc.json',
  '.corrlintrc.yaml',
  '.corrlintrc.yml'
])

export interface WatchOptions {
  paths: string[]
  cwd: string
  /** Lint every path and return the run report and its formatted text. */
  check(): Promise<{report: RunReport; output: string}>
  write(text: string): void
  /** Where a failed check's one line goes (standard error). */
  writeError(text: string): void
  /** Clear the screen before each report (on a terminal). */
  clear: boolean
}

/** Start watching; resolves with a function that stops it. */
export async function startWatch(options: WatchOptions): Promise<() => void> {
  // Watch before the first check, so a save made while it runs is not missed.
  let previous: RunReport | undefined
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  const targets = new Set(options.paths.map((path) => resolve(options.cwd, path)))
  const watchers: FSWatcher[] = []
  for (const folder of new Set([...targets].map((path) => dirname(path)))) {
    watchers.push(
      watchFolder(folder, (_event, name) => {
        if (name && !targets.has(resolve(folder, name.toString())) && !CONFIG_NAMES.has(name.toString())) return
        clearTimeout(timer)
        // Editors write in several steps; wait for the last one.
        timer = setTimeout(() => {
          running = running.then(async () => {
            // A check that fails (a config saved half-edited or invalid) is one line, and the
            // watch goes on: the next save checks again, against the last good report.
            try {
              previous = await runOnce(options, previous)
            } catch (error) {
              options.writeError(failureLine(error))
              options.write(watchingLine(options, 'fix it and save to check again'))
            }
          })
        }, 60)
      })
    )
  }
  running = running.then(async () => {
    previous = await runOnce(options, previous)
  })
  await running
  return () => {
    clearTimeout(timer)
    for (const watcher of watchers) watcher.close()
  }
}

async function runOnce(options: WatchOptions, previous: RunReport | undefined): Promise<RunReport> {
  const {report, output} = await options.check()
  const changes = previous ? changesSince(previous, report) : []
  let text = options.clear ? '\u001B[2J\u001B[3J\u001B[H' : ''
  text += output
  if (previous) {
    text +=
      changes.length > 0
        ? `\nChanges since last check:\n${changes.map((line) => `  ${line}`).join('\n')}\n`
        : '\nNo verdict changed since the last check.\n'
  }
  text += `\n${watchingLine(options, 'press Ctrl+C to stop')}`
  options.write(text)
  return report
}

function watchingLine(options: WatchOptions, hint: string): string {
  return `[${new Date().toLocaleTimeString('en-GB')}] Watching ${options.paths.map((path) => basename(path)).join(', ')} — ${hint}.\n`
}

/** Criteria whose verdict changed between two runs, e.g. `draft.txt: Structure FAIL → PASS`. */
export function changesSince(before: RunReport, after: RunReport): string[] {
  const lines: string[] = []
  for (const file of after.files) {
    const old = before.files.find((item) => item.path === file.path)
    if (!old) continue
    for (const result of file.criteria) {
      const was = old.criteria.find((item) => item.id === result.id)?.status
      if (was && was !== result.status)
        lines.push(`${basename(file.path)}: ${result.title} ${label(was)} → ${label(result.status)}`)
    }
  }
  return lines
}

function label(status: string): string {
  return status === 'not-checked' ? 'NOT CHECKED' : status.toUpperCase()
}
