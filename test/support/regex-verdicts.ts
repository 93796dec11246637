/**
 * recheck's verdict on a regular expression, computed once per pattern and kept in
 * test/regex-verdicts.json (committed), so a fresh clone re-checks only new or changed patterns.
 *
 * Verdicts are deterministic: recheck runs with every wall-clock limit turned off and a fixed seed
 * (RECHECK_PARAMS). Its defaults are not: a 10 s `timeout` turns a slow check into `unknown`, and
 * the fuzzer's `incubationTimeout` (250 ms) and `attackTimeout` (1 s) measure a candidate attack
 * string's matching time on the wall clock, so on a loaded machine a linear pattern is reported as
 * a polynomial one (e.g. src/document/setaside.ts's DISCLAIMER, "4th degree polynomial (fuzz)",
 * when those limits are a few ms). With them off, the fuzzer is bounded by its step counts
 * (`attackLimit`, `incubationLimit`, `seedingLimit`) alone, and which checker runs (`auto`: the
 * automaton when the pattern is small enough, the fuzzer otherwise) depends on the pattern's size.
 *
 * An entry's key hashes recheck's version, RECHECK_PARAMS, the pattern and its flags: upgrading
 * recheck or changing the parameters re-checks everything. Entries are added as tests meet new
 * patterns (with a warning to commit the file); `npm run regex-verdicts:prune` drops the ones no
 * test uses any more. The policy (what counts as unsafe) stays in each test, over these verdicts.
 */
import {createHash} from 'node:crypto'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {createRequire} from 'node:module'
import {checkSync, type Parameters} from 'recheck'

const root = new URL('../..', import.meta.url).pathname
/** The committed verdicts. */
export const VERDICTS_FILE = `${root}test/regex-verdicts.json`
const LOCK = `${VERDICTS_FILE}.lock`

/**
 * recheck's parameters: no wall-clock limit anywhere, a fixed seed for the fuzzer, and the fuzzer's
 * step budgets cut from recheck's defaults (attack strings of 300,000 characters and 1.5 billion
 * matching steps, ten generations): with no clock to stop it, the default fuzzer spent over ten
 * minutes on one purpose pattern with `[^!?]{1,80}?` and `\b`, which the automaton checker cannot
 * take. These budgets still find every attack the default found on this project's patterns (the
 * four polynomial ones come from the automaton checker, which the budgets do not touch).
 */
export const RECHECK_PARAMS = {
  checker: 'auto',
  maxRepeatCount: 1000,
  maxAttackStringSize: 4000,
  attackLimit: 10_000_000,
  incubationLimit: 10_000,
  maxIteration: 3,
  randomSeed: 0,
  timeout: null,
  seedingTimeout: null,
  incubationTimeout: null,
  attackTimeout: null,
  // Negative: skip the recall validation, which times the attack on the real engine.
  recallTimeout: -1
} as const satisfies Parameters

const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as {version: string}).version

/** What recheck said about one pattern. */
export interface Verdict {
  source: string
  flags: string
  status: 'safe' | 'vulnerable' | 'unknown'
  /** Which of recheck's checkers decided: `automaton` or `fuzz`. */
  checker?: string
  /** `constant`, `linear`, `safe`, `polynomial` or `exponential`. */
  complexity?: string
  /** recheck's summary, such as "2nd degree polynomial". */
  summary?: string
  /** An attack string, as a JavaScript expression. */
  attack?: string
  /** Why the status is `unknown` (unsupported syntax, invalid pattern). */
  error?: string
}

type Verdicts = Record<string, Verdict>

function keyOf(source: string, flags: string): string {
  return createHash('sha256')
    .update(JSON.stringify([RECHECK_VERSION, RECHECK_PARAMS, source, flags]))
    .digest('hex')
    .slice(0, 20)
}

function load(): Verdicts {
  return existsSync(VERDICTS_FILE) ? (JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as Verdicts) : {}
}

let known: Verdicts | undefined

/** recheck's verdict on `/source/flags`: from test/regex-verdicts.json, or checked now and added to it. */
export function verdictOf(source: string, flags: string): Verdict {
  known ??= load()
  const key = keyOf(source, flags)
  if (process.env.CORRLINT_REGEX_VERDICTS_USED) appendFileSync(process.env.CORRLINT_REGEX_VERDICTS_USED, `${key}\n`)
  const stored = known[key]
  if (stored && stored.source === source && stored.flags === flags) return stored
  const shown = `/${source.length > 60 ? `${source.slice(0, 60)}…` : source}/${flags}`
  process.stderr.write(`regex verdicts: checking ${shown} …\n`)
  const started = Date.now()
  const result = checkSync(source, flags, RECHECK_PARAMS)
  const verdict: Verdict = {source, flags, status: result.status, checker: result.checker}
  if (result.status !== 'unknown')
    Object.assign(verdict, {complexity: result.complexity.type, summary: result.complexity.summary})
  if (result.status === 'vulnerable') verdict.attack = result.attack.pattern
  if (result.status === 'unknown')
    verdict.error = 'message' in result.error ? `${result.error.kind}: ${result.error.message}` : result.error.kind
  known[key] = verdict
  save(key, verdict)
  process.stderr.write(
    `regex verdicts: ${shown} ${verdict.status} (${Date.now() - started} ms); commit test/regex-verdicts.json\n`
  )
  return verdict
}

/** Add one verdict to the file; test files run in parallel workers, so under a lock, re-reading it first. */
function save(key: string, verdict: Verdict): void {
  withLock(() => {
    const verdicts = {...load(), [key]: verdict}
    writeVerdicts(verdicts)
  })
}

/** Write `verdicts` sorted by key (stable diffs), atomically. */
export function writeVerdicts(verdicts: Verdicts): void {
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const temporary = `${VERDICTS_FILE}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify(sorted, null, 2)}\n`)
  renameSync(temporary, VERDICTS_FILE)
}

function withLock(work: () => void): void {
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // A lock left by a killed run is stale after a minute.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 60_000) rmdirSync(LOCK)
      } catch {}
      Atomics.wait(pause, 0, 0, 20)
    }
  }
  try {
    work()
  } finally {
    rmdirSync(LOCK)
  }
}
