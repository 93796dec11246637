import type {Rule, RunReport} from '../types.js'

/** Options every formatter receives. Formatters never decide pass or fail: the report already has. */
export interface FormatOptions {
  /** Colour (ANSI) allowed: only the stylish format uses it. */
  color: boolean
  /** Paths in reports are shown relative to this folder. */
  cwd: string
  /** Metadata of every rule that could have run (SARIF rules, explanations). */
  rules: Rule[]
  /** Add learner explanations under failed criteria. */
  explain?: boolean
  /** Only errors (no warnings) are shown. */
  quiet?: boolean
  /**
   * Why the run fails though every criterion passed ("1 warning, more than --max-warnings 0"):
   * decided by the CLI from its flags, shown by the formats a person reads.
   */
  runFailure?: string
}

/** Turn a run report into text (stdout or an --output file). */
export type Formatter = (report: RunReport, options: FormatOptions) => string
