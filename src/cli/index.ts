/**
 * The command-line program: turns argv into one call of the engine and prints one report.
 * Only this folder, src/input and src/pipeline touch `process` and the file system.
 */
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {supportsColor} from 'chalk'
import {Command, CommanderError, Option} from 'commander'
import {CRITERIA} from '../../rules/criteria.js'
import {allRules} from '../../rules/index.js'
import {type CliSettings, clearConfigCache, knownRules, loadSettings, printConfig} from '../config/index.js'
import {formatTiming, startTiming} from '../engine/timing.js'
import {CorrlintError} from '../errors.js'
import {importModule} from '../import-module.js'
import {DEFAULT_MAX_BYTES, formatSize} from '../input/index.js'
import {bytesInput} from '../pipeline/read.js'
import {reportRun} from '../pipeline/report.js'
import {formatters} from '../report/index.js'
import type {Dialect, PresetName, RunReport, SeverityOrOff} from '../types.js'
import {type BatchFlags, lintBatch} from './batch.js'
import type {CommandResult} from './commands/explain.js'
import {explainCommand} from './commands/explain.js'
import {initCommand} from './commands/init.js'
import {rulesCommand} from './commands/rules.js'
import {errorLine, failureLine, writeOutputFile} from './output.js'

/** What the program reads and writes; the real process by default, fakes in tests. */
export interface CliIO {
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown; isTTY?: boolean}
  /** Standard input, refused past `maxBytes` (the same limit as a file's) without reading the rest into memory. */
  readStdin(maxBytes: number): Promise<Uint8Array>
  cwd: string
  env: Record<string, string | undefined>
  /** How the program was loaded (the code cache), shown with CORRLINT_TIMING=1. */
  startup?: string
}

/** Options as commander parses them (the batch flags of issue #8 in BatchFlags). */
export interface CliOptions extends BatchFlags {
  format: string
  output?: string
  quiet?: boolean
  color?: boolean
  stdinFilename?: string
  maxWarnings?: number
  failOn: 'error' | 'warning'
  explain?: boolean
  template?: boolean
  dialect?: Dialect
  preset?: PresetName
  audience?: 'general' | 'vulnerable' | 'business'
  rule?: string[]
  maxFileSize?: number
  watch?: boolean
  config?: string
  printConfig?: string
  dictionary?: string
  fix?: boolean
  fixDryRun?: boolean
  stdio?: boolean
}

const version = readVersion()
/** The formats that say in the report itself why a run failed on its warnings. */
const SAYS_RUN_FAILURE = new Set(['stylish', 'markdown'])
let checked = false

/** Whether this process has checked a draft (then the code cache holds the code that does it). */
export function checkedDrafts(): boolean {
  return checked
}

/** Run as a program: parse argv, lint, print, set the exit code. `startup` says how it was loaded. */
export async function run(argv: string[], startup?: string): Promise<void> {
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    cwd: process.cwd(),
    env: process.env,
    startup
  }
  // `corrlint … | head` closes the pipe before the report is written: the rest of it has nowhere
  // to go, so it is dropped quietly (the exit code is still the run's), not a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
  }
  const code = await main(argv.slice(2), io)
  process.exitCode = code
  // Everything is checked and written: once the output has reached the streams, leave instead of
  // waiting for V8's background work (a garbage collection begun near the end) to wind down — up
  // to 10 ms of a cold start, and nothing of ours is left to run.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  process.exit(code)
}

/** Resolves once what was written to `stream` has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve()
    else stream.write('', () => resolve())
  })
}

/**
 * The whole program, testable without a process: returns the exit code.
 * 0 every criterion passed; 1 a criterion failed (or too many warnings); 2 the run failed.
 */
export async function main(args: string[], io: CliIO): Promise<number> {
  // A language server takes the flags its client adds (--stdio, --clientProcessId=N): not parsed here.
  if ((args[0] === 'lsp' || args.includes('--stdio')) && !args.some((arg) => arg === '-h' || arg === '--help')) {
    checked = true
    const {startServer} = await import('../lsp/server.js')
    return startServer({cwd: io.cwd, version, log: (text) => void io.stderr.write(text)})
  }
  let exitCode = 0
  const program = buildProgram(io, async (paths, options) => {
    // CORRLINT_TIMING=1: time per rule, printed to standard error after the report (like ESLint's
    // TIMING: the slowest 15 rows; a number for that many, `all` for every row).
    const rows = timingRows(io.env.CORRLINT_TIMING)
    const timed = rows > 0 ? startTiming() : undefined
    exitCode = await lintCommand(paths, options, io)
    checked = true
    if (timed) io.stderr.write(formatTiming(timed, rows) + (io.startup ? `start-up: ${io.startup}\n` : ''))
  })
  addSubcommands(program, io, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync(args, {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2
    }
    io.stderr.write(failureLine(error))
    return 2
  }
  return exitCode
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve'
]

/** "nine criteria: structure, purpose, … and completeness", from the registered criteria (rules/criteria.ts). */
export function criteriaInWords(ids: readonly string[]): string {
  const count = NUMBER_WORDS[ids.length] ?? String(ids.length)
  const list = ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}` : ids.join('')
  return `${count} ${ids.length === 1 ? 'criterion' : 'criteria'}: ${list}`
}

function buildProgram(io: CliIO, action: (paths: string[], options: CliOptions) => Promise<void>): Command {
  const program = new Command()
  program
    .name('corrlint')
    .description(`Check customer emails and letters against ${criteriaInWords(CRITERIA)}.`)
    .version(version, '-v, --version', 'print the version')
    .argument('[paths...]', 'files, folders or quoted globs to check; - reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-q, --quiet', 'report errors only, not warnings')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--stdin-filename <name>', 'name (and so format) of the draft read from standard input')
    .addOption(
      new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit)').argParser(
        warningLimit
      )
    )
    .addOption(new Option('--fail-on <level>', 'what fails the run').choices(['error', 'warning']).default('error'))
    .option('--explain', 'explain each failed criterion with a before/after example')
    .option('--template', 'template mode: placeholders such as {{first_name}} are allowed and checked')
    .addOption(new Option('--dialect <dialect>', 'spelling dialect').choices(['en-GB', 'en-US']))
    .addOption(
      new Option('--preset <name>', 'preset').choices(['email', 'letter', 'complaint-reply', 'chat', 'template'])
    )
    .addOption(
      new Option('--audience <who>', 'who reads it: sets the reading-level target (grade 9, 7 or 11)').choices([
        'general',
        'vulnerable',
        'business'
      ])
    )
    .option('--rule <id=severity>', 'set a rule to off, warning or error (repeat the flag for more)', collect, [])
    .option('-c, --config <file>', 'use this config file instead of looking for one beside each draft')
    .option('--print-config <file>', 'print the settings resolved for a draft, as JSON, and exit')
    .option('--dictionary <file>', 'a file of words (one a line) the spelling check accepts')
    .option('-w, --watch', 're-check the drafts whenever one is saved')
    .option(
      '--fix',
      'apply the safe single replacements findings carry to .txt and .md drafts, then report what is left'
    )
    .option('--fix-dry-run', 'print the --fix changes as a diff; write nothing')
    .option('--stdio', 'run as a language server on standard input and output (the same as corrlint lsp)')
    .addOption(
      new Option(
        '-j, --jobs <n>',
        'check files on this many threads (default: one per 250 files, at most one per core)'
      ).argParser(positiveInteger)
    )
    .option('--shard <i/n>', 'check only the i-th of n parts of the files (for CI matrices)')
    .option(
      '--ignore-pattern <pattern>',
      'skip files matching this gitignore-style pattern (repeat the flag for more)',
      collect,
      []
    )
    .option('--no-ignore', 'do not read .corrlintignore')
    .option('--no-error-on-unmatched', 'a path or glob that matches no file is not an error')
    .option('--baseline <file>', 'ignore the findings recorded in this baseline: only new ones count')
    .option('--write-baseline <file>', "record this run's findings as a baseline file")
    .addOption(
      new Option('--max-file-size <bytes>', 'largest file to read (default 5 MB)').argParser(nonNegativeInteger)
    )
    .addHelpText(
      'after',
      `
Examples:
  $ corrlint draft.txt                      check one draft
  $ corrlint letter.docx --explain          explain each failed criterion
  $ cat draft.txt | corrlint - --stdin-filename draft.txt
  $ corrlint reply.eml --format json        machine-readable report

Exit codes: 0 every criterion passed, 1 a criterion failed, 2 the run failed.`
    )
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text)
    })
    .exitOverride()
    .action(async (paths: string[], options: CliOptions) => action(paths, options))
  return program
}

/**
 * A repeatable flag takes one value each time (`--rule a=off --rule b=off draft.txt`), as ESLint's
 * do: a variadic option would swallow the paths after it.
 */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

/** --max-warnings: a whole number, or -1 for no limit (as in ESLint). */
function warningLimit(value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isInteger(number) || number < -1)
    throw new CorrlintError(`--max-warnings expects a whole number, or -1 for no limit, got "${value}"`)
  return number
}

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1)
    throw new CorrlintError(`expected a whole number of at least 1, got "${value}"`)
  return number
}

function nonNegativeInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new CorrlintError(`expected a whole number, got "${value}"`)
  return number
}

async function lintCommand(paths: string[], options: CliOptions, io: CliIO): Promise<number> {
  const cli = cliSettings(options)
  if (options.printConfig) {
    io.stdout.write(await printConfig({filePath: options.printConfig, configPath: options.config, cwd: io.cwd, cli}))
    return 0
  }
  if (paths.length === 0)
    throw new CorrlintError('no files given: name a draft to check, or - for standard input (see --help)')
  const fixing = await fixFirst(paths, options, io, cli)
  if (fixing !== undefined) return fixing
  const check = async () => {
    // While watching, an edited config counts from the next check.
    if (options.watch) clearConfigCache()
    // A bad config is a failed run (one line, exit 2), not a broken file: it is not caught per file.
    const settingsFor = async (path: string) =>
      (
        await loadSettings({
          filePath: path === '-' ? options.stdinFilename : path,
          configPath: options.config,
          cwd: io.cwd,
          cli
        })
      ).settings
    const stdin = bytesInput(options.stdinFilename ?? '<stdin>', () => readStdinWithin(io, options))
    const files = await lintBatch(paths, options, io, settingsFor, stdin)
    const {report, output, runFailure} = reportRun(
      files,
      version,
      options.format,
      {color: useColor(options, io), cwd: io.cwd, rules: allRules, explain: options.explain, quiet: options.quiet},
      (run) => warningFailure(run, options)
    )
    // The machine formats keep their shape, and a report written to a file is not on the screen:
    // a person still learns why the run failed.
    if (runFailure && (!SAYS_RUN_FAILURE.has(options.format) || options.output))
      io.stderr.write(errorLine(`the run failed: ${runFailure}`))
    return {report, output}
  }
  if (options.watch) {
    if (paths.includes('-')) throw new CorrlintError('--watch cannot watch standard input: name the draft file')
    if (options.output) throw new CorrlintError('--watch prints to the terminal: drop --output')
    const {startWatch} = await import('./watch.js')
    await startWatch({
      paths,
      cwd: io.cwd,
      check,
      write: (text) => io.stdout.write(text),
      writeError: (text) => io.stderr.write(text),
      clear: Boolean(io.stdout.isTTY)
    })
    return new Promise<number>(() => {
      // Runs until the user stops it (Ctrl+C).
    })
  }
  const {report, output} = await check()
  if (options.output)
    writeOutputFile(
      resolve(io.cwd, options.output),
      reportFileText(options.format, output, report),
      options.output,
      '--output'
    )
  else io.stdout.write(output)
  return exitCodeOf(report, options)
}

/**
 * --fix: fix the drafts, then check them as usual (undefined: go on). --fix-dry-run: print the
 * diff and stop (exit 0), having written nothing.
 */
async function fixFirst(
  paths: string[],
  options: CliOptions,
  io: CliIO,
  cli: CliSettings
): Promise<number | undefined> {
  if (!options.fix && !options.fixDryRun) return undefined
  if (options.watch) throw new CorrlintError('--fix and --watch do not go together: fix once, then watch')
  const {fixPaths} = await import('./fix.js')
  const settingsFor = async (path: string) =>
    (await loadSettings({filePath: path, configPath: options.config, cwd: io.cwd, cli})).settings
  const outcome = await fixPaths(paths, options, io, settingsFor, !options.fixDryRun)
  const counted = `${outcome.fixes} ${outcome.fixes === 1 ? 'fix' : 'fixes'} in ${outcome.files} ${outcome.files === 1 ? 'file' : 'files'}`
  if (options.fixDryRun) {
    io.stdout.write(outcome.diff)
    io.stderr.write(`corrlint: --fix-dry-run: ${counted} (nothing written)\n`)
    return 0
  }
  if (outcome.fixes > 0) io.stderr.write(`corrlint: --fix: ${counted}\n`)
  return undefined
}

/** What the flags add on top of the config files. */
function cliSettings(options: CliOptions): CliSettings {
  const cli: CliSettings = {rules: {}}
  if (options.preset) cli.preset = options.preset
  if (options.dialect) cli.dialect = options.dialect
  if (options.template) cli.template = true
  if (options.dictionary) cli.dictionaryFile = options.dictionary
  if (options.audience) cli.audience = options.audience
  const known = knownRules()
  for (const item of options.rule ?? []) {
    const match = /^([\w/-]+)=(off|warning|error)$/.exec(item)
    if (!match) throw new CorrlintError(`--rule expects id=off|warning|error, got "${item}"`)
    if (!known.some((rule) => rule.id === match[1]))
      throw new CorrlintError(`--rule: unknown rule "${match[1]}" (see corrlint rules)`)
    cli.rules![match[1]] = match[2] as SeverityOrOff
  }
  return cli
}

/** `corrlint init`, `corrlint explain` and `corrlint rules`. */
function addSubcommands(program: Command, io: CliIO, done: (exitCode: number) => void): void {
  const finish = (result: CommandResult) => {
    ;(result.exitCode === 0 ? io.stdout : io.stderr).write(result.output)
    done(result.exitCode)
  }
  program
    .command('init')
    .description('write a commented starter .corrlintrc.yaml here (never overwrites)')
    .addOption(
      new Option('--preset <name>', 'preset').choices(['email', 'letter', 'complaint-reply', 'chat', 'template'])
    )
    .action(async (options: {preset?: string}) => {
      // The program's own --preset takes the flag when it follows `init`.
      const preset = options.preset ?? (program.opts() as CliOptions).preset
      const interactive = Boolean(io.stdout.isTTY && process.stdin.isTTY) && preset === undefined
      finish(await initCommand({cwd: io.cwd, preset, prompt: interactive ? ask : undefined}))
    })
  program
    .command('explain')
    .description('what a rule or criterion checks, why it matters, and examples')
    .argument('<rule|criterion>', 'a rule id (structure/salutation) or a criterion (tone)')
    .action((name: string) => finish(explainCommand(name, knownRules())))
  program
    .command('lsp')
    .description('run as a language server (LSP) on standard input and output, for editors')
    .option('--stdio', 'talk over standard input and output (the default and only transport)')
  program
    .command('rules')
    .description('list every rule with its criterion and default severity')
    .option('--json', 'as JSON')
    .option('--all', 'also list each per-criterion guideline rule')
    .action((options: {json?: boolean; all?: boolean}) => finish(rulesCommand(knownRules(), options)))
}

async function ask(question: string): Promise<string> {
  const {createInterface} = await importModule<typeof import('node:readline/promises')>('node:readline/promises')
  const reader = createInterface({input: process.stdin, output: process.stdout})
  try {
    return await reader.question(question)
  } finally {
    reader.close()
  }
}

/**
 * What --output writes: the report, except that the GitHub report of a run with nothing to report
 * (empty on standard output, where GitHub reads it) is one `::debug::` line saying so. An empty file
 * in a checked folder would be read as an empty draft on the next run; this one is recognised as
 * corrlint's (src/input/own-output.ts), and GitHub shows it only in a debug log.
 */
export function reportFileText(format: string, output: string, report: RunReport): string {
  if (format !== 'github' || output !== '') return output
  const files = report.files.length
  return `::debug::corrlint: ${files} file${files === 1 ? '' : 's'} checked, nothing to report\n`
}

/** How many rows of the timing table CORRLINT_TIMING asks for: 0 when timing is off. */
export function timingRows(value: string | undefined): number {
  if (value === undefined || value === '' || value === '0') return 0
  if (value.toLowerCase() === 'all') return Number.POSITIVE_INFINITY
  const rows = Number(value)
  // `1` (or `true`) is ESLint's "on": the slowest 15.
  return Number.isInteger(rows) && rows > 1 ? rows : 15
}

function useColor(options: CliOptions, io: CliIO): boolean {
  if (options.format !== 'stylish' || options.output) return false
  if (options.color !== undefined) return options.color
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false'
  return Boolean(io.stdout.isTTY) && supportsColor !== false
}

/** The exit code of a finished run (2 when any file could not be read). */
export function exitCodeOf(report: RunReport, options: Pick<CliOptions, 'failOn' | 'maxWarnings'>): number {
  if (report.summary.fatal > 0) return 2
  const failed = report.files.some((file) => file.criteria.some((result) => result.status === 'fail'))
  if (failed) return 1
  return warningFailure(report, options) === undefined ? 0 : 1
}

/**
 * Why a run whose criteria all passed still fails on its warnings ("1 warning, more than
 * --max-warnings 0"), or undefined when the warnings do not fail it.
 */
export function warningFailure(
  report: RunReport,
  options: Pick<CliOptions, 'failOn' | 'maxWarnings'>
): string | undefined {
  const warnings = report.summary.warnings
  const counted = `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
  if (options.failOn === 'warning' && warnings > 0) return `${counted}, and --fail-on warning fails the run on any`
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings)
    return `${counted}, more than --max-warnings ${options.maxWarnings}`
  return undefined
}

async function readStdinWithin(io: CliIO, options: CliOptions): Promise<Uint8Array> {
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_BYTES
  const bytes = await io.readStdin(maxBytes)
  if (bytes.length > maxBytes) {
    throw new CorrlintError(
      `standard input is too large (more than ${formatSize(maxBytes)}) — raise the limit with --max-file-size`,
      options.stdinFilename ?? '<stdin>'
    )
  }
  return bytes
}

/** Read standard input, stopping one chunk past `maxBytes` (the caller refuses it). */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer)
    size += (chunk as Buffer).length
    if (size > maxBytes) {
      process.stdin.destroy()
      break
    }
  }
  return Buffer.concat(chunks)
}

function readVersion(): string {
  // src/cli/ in development, dist/src/cli/ when built.
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name: string
        version: string
      }
      if (manifest.name === 'corrlint') return manifest.version
    } catch {
      // Try the next candidate.
    }
  }
  return '0.0.0'
}
