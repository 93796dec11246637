import {lint} from '../src/engine/index.js'
import type {FileReport, Finding, Rule, Settings, SourceFormat} from '../src/types.js'

/** Lint a draft given as text, as the library API does. */
export async function lintText(
  text: string,
  options: {path?: string; format?: SourceFormat; settings?: Partial<Settings>; rules?: Rule[]} = {}
): Promise<FileReport> {
  return lint({text, path: options.path ?? '<text>', format: options.format ?? 'text'}, {settings: options.settings, rules: options.rules})
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
