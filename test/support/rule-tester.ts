/**
 * A RuleTester in the spirit of ESLint's: each rule's tests are a table of drafts it must pass
 * (`valid`) and drafts it must report on (`invalid`) with every finding it must make.
 *
 * ```ts
 * const tester = new RuleTester({wrap: (body) => `Dear Ms Brown,\n\n${body}\n\nKind regards,\nSam`})
 * tester.run(vagueTime, {
 *   valid: ['We will call you on Friday 27 November.'],
 *   invalid: [{text: 'We will call you soon.', errors: [{message: /vague/, line: 3, column: 18, severity: 'warning'}]}]
 * })
 * ```
 *
 * Each case runs through the real engine (`lint`, the library API) with only the rule under test
 * (a rule that reviews findings, such as clarity/density, after the other rules of its criterion),
 * so lines and columns are the original file's, severities are the configured ones and inline
 * directives, accepted findings and masking all apply. An invalid case fails when the rule makes a
 * finding the table does not list or misses one it does: `errors` lists them all, in file order.
 */
import {describe, expect, it} from 'vitest'
import {rulesByCriterion} from '../../rules/index.js'
import {lint} from '../../src/engine/index.js'
import type {Finding, Rule, Settings, Severity, SourceFormat} from '../../src/types.js'

/** One finding an invalid case must make. Fields left out are not checked. */
export interface ExpectedFinding {
  /** The whole message, or a pattern it must match. */
  message?: string | RegExp
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  severity?: Severity
  suggestion?: string | RegExp
  actual?: string
  expected?: string | RegExp
  masked?: string
}

interface CaseBase {
  /** The draft (passed through the tester's `wrap`, if it has one, unless `raw` is set). */
  text: string
  /** A name for the test (default: the draft's first 60 characters). */
  name?: string
  /** The rule's options (merged over its defaults, as a config file's would be). */
  options?: Record<string, unknown>
  /** Run settings over the tester's (e.g. `{template: true}`, `{dialect: 'en-US'}`). */
  settings?: Partial<Settings>
  format?: SourceFormat
  path?: string
  /** Use `text` as it is, without the tester's `wrap`. */
  raw?: boolean
}

export type ValidCase = string | CaseBase

export interface InvalidCase extends CaseBase {
  /** Every finding the rule must make, in file order (or how many, when their details do not matter). */
  errors: ExpectedFinding[] | number
}

export interface RuleTesterConfig {
  /** Settings every case runs with (over the defaults of `lint`: the email preset, UK English). */
  settings?: Partial<Settings>
  /** Put every case's text into a draft (e.g. a salutation and sign-off around a body). */
  wrap?: (text: string) => string
}

/** Run one case through the engine with only `rule` and return the rule's findings. */
export async function runCase(rule: Rule, item: CaseBase, config: RuleTesterConfig = {}): Promise<Finding[]> {
  const text = item.raw || !config.wrap ? item.text : config.wrap(item.text)
  const settings: Partial<Settings> = {...config.settings, ...item.settings}
  if (item.options) {
    const rules = {...settings.rules}
    rules[rule.id] = {...rules[rule.id], options: {...rules[rule.id]?.options, ...item.options}}
    settings.rules = rules
  }
  // A rule that reviews findings (clarity/density) runs after the other rules of its criterion.
  const rules = rule.review ? [...rulesByCriterion[rule.criterion].filter((other) => other !== rule), rule] : [rule]
  const report = await lint({text, path: item.path ?? '<text>', format: item.format ?? 'text'}, {settings, rules})
  if (report.fatal) throw new Error(`the draft could not be checked: ${report.fatal}`)
  return report.findings.filter((finding) => finding.ruleId === rule.id)
}

/** A finding as one line, for failure messages: `3:18-3:22 warning "message"`. */
export function describeFinding(finding: Finding): string {
  const {start, end} = finding
  return `${start.line}:${start.column}-${end.line}:${end.column} ${finding.severity} ${JSON.stringify(finding.message)}`
}

/** The differences between what was expected of one finding and what it is (empty: it matches). */
export function mismatches(expected: ExpectedFinding, actual: Finding): string[] {
  const problems: string[] = []
  const check = (key: string, want: unknown, got: unknown) => {
    if (want === undefined) return
    const ok = want instanceof RegExp ? typeof got === 'string' && want.test(got) : want === got
    if (!ok)
      problems.push(
        `${key}: expected ${String(want instanceof RegExp ? want : JSON.stringify(want))}, got ${JSON.stringify(got)}`
      )
  }
  check('message', expected.message, actual.message)
  check('line', expected.line, actual.start.line)
  check('column', expected.column, actual.start.column)
  check('endLine', expected.endLine, actual.end.line)
  check('endColumn', expected.endColumn, actual.end.column)
  check('severity', expected.severity, actual.severity)
  check('suggestion', expected.suggestion, actual.suggestion)
  check('actual', expected.actual, actual.actual)
  check('expected', expected.expected, actual.expected)
  check('masked', expected.masked, actual.masked)
  return problems
}

/**
 * Compare a case's findings with its table row: the same number, and each in turn matching. Returns
 * a readable account of every difference (empty: the case passes).
 */
export function compareFindings(expected: ExpectedFinding[] | number, actual: Finding[]): string {
  const listed = actual.map((finding) => `  ${describeFinding(finding)}`).join('\n') || '  (none)'
  const count = typeof expected === 'number' ? expected : expected.length
  if (actual.length !== count) {
    const which = actual.length > count ? 'more' : 'fewer'
    return `expected ${count} finding(s), got ${actual.length} (${which} than the table lists):\n${listed}`
  }
  if (typeof expected === 'number') return ''
  const problems: string[] = []
  expected.forEach((want, index) => {
    const found = mismatches(want, actual[index])
    if (found.length > 0)
      problems.push(`finding ${index + 1} (${describeFinding(actual[index])}):\n    ${found.join('\n    ')}`)
  })
  return problems.length > 0 ? `${problems.join('\n')}\nall findings:\n${listed}` : ''
}

function caseName(item: ValidCase): string {
  if (typeof item !== 'string' && item.name) return item.name
  const text = (typeof item === 'string' ? item : item.text).replace(/\s+/g, ' ').trim()
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

export class RuleTester {
  constructor(private readonly config: RuleTesterConfig = {}) {}

  /** Define one vitest `describe` block for `rule`: a test per valid and per invalid case. */
  run(rule: Rule, tests: {valid: ValidCase[]; invalid: InvalidCase[]}): void {
    describe(rule.id, () => {
      if (tests.valid.length === 0 || tests.invalid.length === 0) {
        it('has valid and invalid cases', () => {
          throw new Error(`${rule.id}: a rule is tested on good drafts as well as bad ones`)
        })
      }
      describe('valid', () => {
        tests.valid.forEach((item, index) => {
          it(`${index + 1}: ${caseName(item)}`, async () => {
            const found = await runCase(rule, typeof item === 'string' ? {text: item} : item, this.config)
            expect(found.map(describeFinding), 'a valid draft gets no finding').toEqual([])
          })
        })
      })
      describe('invalid', () => {
        tests.invalid.forEach((item, index) => {
          it(`${index + 1}: ${caseName(item)}`, async () => {
            const found = await runCase(rule, item, this.config)
            const problems = compareFindings(item.errors, found)
            if (problems) expect.fail(`${rule.id}: ${problems}`)
          })
        })
      })
    })
  }
}
