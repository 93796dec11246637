import {CRITERIA} from '../rules/criteria.js'
import {criteriaInfo} from '../src/engine/criteria.js'
import {lint} from '../src/engine/index.js'
import type {FileReport, Finding, Rule, Settings, SourceFormat} from '../src/types.js'

/** Lint a draft given as text, as the library API does. */
export async function lintText(
  text: string,
  options: {path?: string; format?: SourceFormat; settings?: Partial<Settings>; rules?: Rule[]} = {}
): Promise<FileReport> {
  return lint(
    {text, path: options.path ?? '<text>', format: options.format ?? 'text'},
    {settings: options.settings, rules: options.rules}
  )
}

/** The findings of one rule. */
export function findingsOf(report: FileReport, ruleId: string): Finding[] {
  return report.findings.filter((finding) => finding.ruleId === ruleId)
}

/** The status of one criterion. */
export function statusOf(report: FileReport, criterion: string): string | undefined {
  return report.criteria.find((result) => result.id === criterion)?.status
}

/** `line:column` of a finding, for compact assertions. */
export function at(finding: Finding): string {
  return `${finding.start.line}:${finding.start.column}`
}

/** An email whose body starts on line 6: a subject, a recipient, `Dear Ms Mensah,` and a full sign-off around `body`. */
export function emailWithBody(body: string): string {
  return `Subject: Your order ORD-35034\nTo: ruth.mensah@example.com\n\nDear Ms Mensah,\n\n${body}\n\nKind regards,\n\nDaniel Okonkwo-Hughes\nCustomer Services, Brightwell Home\n0161 496 0732\n`
}

/**
 * A file report built by hand for formatter tests: each criterion's status and counts follow from
 * `findings` (criteria named in `notChecked` are not checked).
 */
export function handMadeReport(
  path: string,
  findings: Finding[],
  options: {notChecked?: string[]; facts?: FileReport['facts']} = {}
): FileReport {
  const count = (id: string, severity: Finding['severity']) =>
    findings.filter((item) => item.criterion === id && item.severity === severity).length
  return {
    path,
    format: 'text',
    kind: 'email',
    parts: [],
    criteria: CRITERIA.map((id) => {
      const errors = count(id, 'error')
      const warnings = count(id, 'warning')
      const status = options.notChecked?.includes(id) ? 'not-checked' : errors > 0 ? 'fail' : 'pass'
      return {id, title: criteriaInfo[id].title, refs: criteriaInfo[id].refs, status, errors, warnings}
    }),
    findings,
    facts: options.facts ?? {words: 120, sentences: 8, paragraphs: 3, readingGrade: 7.2},
    masks: [],
    errorCount: findings.filter((item) => item.severity === 'error').length,
    warningCount: findings.filter((item) => item.severity === 'warning').length
  }
}
