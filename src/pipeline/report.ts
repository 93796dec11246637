/**
 * The report stage: the run's file reports summed up into a run report (the engine's `summarise`)
 * and written out by one reporter (src/report: stylish, json, html, sarif, junit, github, csv,
 * markdown).
 */
import {summarise} from '../engine/index.js'
import {type FormatOptions, formatters} from '../report/index.js'
import type {FileReport, RunReport} from '../types.js'

/** The run report of `files`, and its text in `format`; `runFailure` comes from the report itself. */
export function reportRun(
  files: FileReport[],
  version: string,
  format: string,
  options: Omit<FormatOptions, 'runFailure'>,
  runFailure: (report: RunReport) => string | undefined
): {report: RunReport; output: string; runFailure?: string} {
  const report = summarise(files, version)
  const failure = runFailure(report)
  return {report, output: formatters[format](report, {...options, runFailure: failure}), runFailure: failure}
}
