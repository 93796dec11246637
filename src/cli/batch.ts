/**
 * The batch part of a run: expand paths (folders, globs, ignores, shard), send every draft through
 * the pipeline (src/pipeline: on several cores when there are enough files, pool.ts; standard input
 * through the same stages in this thread) with a progress bar, and apply or write a baseline. The
 * CLI calls `lintBatch` once per run.
 */
import {resolve} from 'node:path'
import {CorrlintError} from '../errors.js'
import {expandPaths, parseShard} from '../input/paths.js'
import {readRegularText} from '../input/read.js'
import {applyBaseline, createBaseline, parseBaseline} from '../pipeline/baseline.js'
import {type DraftInput, lintDraft} from '../pipeline/index.js'
import {checkFiles} from '../pipeline/pool.js'
import {relativePath} from '../report/paths.js'
import type {FileReport, Settings} from '../types.js'
import {errorLine, guardOutputs, type OutputTarget, writeOutputFile} from './output.js'
import {createProgress, shouldShowProgress} from './progress.js'

/** The flags of issue #8, as commander parses them. */
export interface BatchFlags {
  format: string
  output?: string
  maxFileSize?: number
  /** --jobs N */
  jobs?: number
  /** --shard i/n */
  shard?: string
  /** --ignore-pattern (repeatable) */
  ignorePattern?: string[]
  /** --no-ignore: do not read .corrlintignore */
  ignore?: boolean
  /** --no-error-on-unmatched */
  errorOnUnmatched?: boolean
  /** --baseline FILE */
  baseline?: string
  /** --write-baseline FILE */
  writeBaseline?: string
  /** --stdin-filename NAME: the name standard input is reported (and fingerprinted) under. */
  stdinFilename?: string
}

export interface BatchIO {
  stderr: {write(text: string): unknown; isTTY?: boolean; columns?: number}
  cwd: string
  env: Record<string, string | undefined>
}

/**
 * Lint what `paths` name, in sorted order (standard input, `-`, first). `settingsFor` gives each
 * file its settings; `stdin` is standard input as a draft, which takes the same stages as a file
 * (decode, check, fingerprints, baseline, fatal report).
 */
export async function lintBatch(
  paths: string[],
  flags: BatchFlags,
  io: BatchIO,
  settingsFor: (path: string) => Promise<Settings>,
  stdin: DraftInput
): Promise<FileReport[]> {
  const named = paths.filter((path) => path !== '-')
  const ignored: string[] = []
  const files =
    named.length === 0
      ? []
      : await expandPaths(named, {
          cwd: io.cwd,
          ignorePatterns: flags.ignorePattern,
          ignoreFile: flags.ignore !== false,
          errorOnUnmatched: flags.errorOnUnmatched !== false,
          shard: flags.shard ? parseShard(flags.shard) : undefined,
          onIgnored: (path) => ignored.push(path)
        })
  if (files.length === 0 && ignored.length > 0 && !paths.includes('-')) {
    throw new CorrlintError(
      `nothing to check: ${ignored.map((path) => `"${path}"`).join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored (by --ignore-pattern or .corrlintignore)`
    )
  }
  // A file named outright but ignored is left out with a note, as ESLint does; the others are checked.
  for (const path of ignored)
    io.stderr.write(errorLine(`${path}: not checked, it is ignored (by --ignore-pattern or .corrlintignore)`))
  // Before anything is checked or written: a report or baseline never replaces a draft.
  guardOutputs(outputTargets(flags), files, io.cwd)
  const progress = shouldShowProgress({
    stderr: io.stderr,
    files: files.length,
    format: flags.format,
    output: flags.output,
    env: io.env
  })
    ? createProgress(io.stderr, files.length)
    : undefined
  const fingerprints = flags.format === 'sarif' || flags.baseline !== undefined || flags.writeBaseline !== undefined
  const lintOptions = {cwd: io.cwd, maxBytes: flags.maxFileSize, includeText: flags.format === 'html', fingerprints}
  let reports: FileReport[]
  try {
    reports = await checkFiles(files, settingsFor, {
      ...lintOptions,
      jobs: flags.jobs,
      onProgress: progress ? (done) => progress.update(done) : undefined
    })
  } finally {
    progress?.finish()
  }
  if (paths.includes('-')) reports.unshift(await lintDraft(stdin, await settingsFor('-'), lintOptions))
  // Shown as the one-line reasons they are; the run goes on and exits 2 at the end.
  for (const report of reports) if (report.fatal) io.stderr.write(errorLine(report.fatal))

  if (flags.writeBaseline) {
    const baseline = createBaseline(
      reports.map((report) => ({report, displayPath: relativePath(resolve(io.cwd, report.path), io.cwd)}))
    )
    writeOutputFile(
      resolve(io.cwd, flags.writeBaseline),
      `${JSON.stringify(baseline, null, 2)}\n`,
      flags.writeBaseline,
      '--write-baseline'
    )
  }
  if (flags.baseline)
    reports = applyBaseline(reports, readBaseline(resolve(io.cwd, flags.baseline), flags.baseline)).files
  return reports
}

function outputTargets(flags: BatchFlags): OutputTarget[] {
  const targets: OutputTarget[] = []
  if (flags.output) targets.push({flag: '--output', path: flags.output})
  if (flags.writeBaseline) targets.push({flag: '--write-baseline', path: flags.writeBaseline})
  return targets
}

/** Far more than a baseline of thousands of findings; a FIFO or a device is refused outright. */
const MAX_BASELINE_BYTES = 256 * 1024 * 1024

function readBaseline(path: string, shown: string) {
  let text: string
  try {
    text = readRegularText(path, MAX_BASELINE_BYTES, shown)
  } catch (error) {
    if (error instanceof CorrlintError) throw error
    throw new CorrlintError(`cannot read the baseline file (create it with --write-baseline ${shown})`, shown)
  }
  const baseline = parseBaseline(text)
  if (!baseline) throw new CorrlintError('not a corrlint baseline (write one with --write-baseline)', shown)
  return baseline
}
