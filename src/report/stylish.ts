/**
 * The readable terminal report: per file, how the draft was read, a PASS/FAIL line per criterion
 * and the findings under each; for several files, a class summary at the end.
 */
import {Chalk, type ChalkInstance} from 'chalk'
import {append, maxOf} from '../arrays.js'
import {criteriaInfo} from '../engine/criteria.js'
import type {CriterionResult, FileReport, Finding, PartReport, Rule, RunReport} from '../types.js'
import {printable, printableLines, relativePath} from './paths.js'
import {plural} from './plural.js'
import type {FormatOptions, Formatter} from './types.js'

export const stylish: Formatter = (report, options) => {
  const c = new Chalk({level: options.color ? 1 : 0})
  const rulesById = new Map(options.rules.map((rule) => [rule.id, rule]))
  const out: string[] = []
  for (const file of report.files) append(out, fileBlock(file, options, c, rulesById)).push('')
  if (report.files.length > 1) append(out, summaryBlock(report, c))
  else if (report.files.length === 1) out.push(verdictLine(report.files[0], c, options.runFailure))
  if (report.files.length > 1 && options.runFailure) out.push('', c.red(`✖ The run failed: ${options.runFailure}.`))
  return `${out.join('\n').trimEnd()}\n`
}

function fileBlock(file: FileReport, options: FormatOptions, c: ChalkInstance, rules: Map<string, Rule>): string[] {
  const name = printable(relativePath(file.path, options.cwd))
  if (file.fatal) return [`${c.underline(name)}`, `  ${c.red('✖ could not be checked:')} ${printable(file.fatal)}`]
  const lines = [
    `${c.underline(name)}  ${c.dim(`(${file.kind ?? 'draft'}${file.format && file.format !== 'text' ? `, ${file.format}` : ''})`)}`
  ]
  lines.push(
    `  ${c.dim('Read as:')} ${file.parts.length > 0 ? file.parts.map((part) => partLabel(part, file)).join(c.dim(' · ')) : 'no parts found'}`
  )
  const width = maxOf(
    -Infinity,
    file.criteria.map((result) => result.title.length)
  )
  for (const result of file.criteria) {
    const findings = file.findings.filter(
      (finding) => finding.criterion === result.id && (!options.quiet || finding.severity === 'error')
    )
    lines.push(
      `  ${statusLabel(result, c)}  ${result.title.padEnd(width)}  ${c.dim(`[${result.refs.join(', ')}]`)}${countLabel(result, c)}`
    )
    for (const finding of findings) append(lines, findingLines(finding, c))
    if (options.explain && result.status === 'fail') append(lines, explanation(result, file, rules, c))
  }
  const facts = file.facts
  const factItems = [
    plural(facts.words, 'word'),
    plural(facts.sentences, 'sentence'),
    plural(facts.paragraphs, 'paragraph')
  ]
  if (facts.readingGrade !== undefined) factItems.push(`reading grade ${facts.readingGrade}`)
  lines.push(`  ${c.dim('Facts:')} ${factItems.join(c.dim(' · '))}`)
  return lines
}

function partLabel(part: PartReport, file: FileReport): string {
  const unit = file.format === 'docx' ? '¶' : ''
  const range =
    part.start.line === part.end.line ? `${unit}${part.start.line}` : `${unit}${part.start.line}–${part.end.line}`
  return `${part.kind} ${range}`
}

function statusLabel(result: CriterionResult, c: ChalkInstance): string {
  if (result.status === 'pass') return c.green('PASS')
  if (result.status === 'fail') return c.red.bold('FAIL')
  return c.dim('  – ')
}

function countLabel(result: CriterionResult, c: ChalkInstance): string {
  if (result.status === 'not-checked') return c.dim('  not checked')
  const parts = []
  if (result.errors) parts.push(c.red(plural(result.errors, 'error')))
  if (result.warnings) parts.push(c.yellow(plural(result.warnings, 'warning')))
  return parts.length > 0 ? `  ${parts.join(', ')}` : ''
}

function findingLines(finding: Finding, c: ChalkInstance): string[] {
  const where =
    finding.paragraph === undefined ? `${finding.start.line}:${finding.start.column}` : `¶${finding.paragraph}`
  const severity = finding.severity === 'error' ? c.red('error  ') : c.yellow('warning')
  // Messages, quotes and suggestions can hold the draft's own text: its control characters are shown, not sent to the terminal.
  const lines = [
    `        ${c.dim(where.padEnd(7))} ${severity}  ${printableLines(finding.message)}  ${c.dim(finding.ruleId)}`
  ]
  if (finding.quote) lines.push(`                          ${c.dim(`“${printableLines(finding.quote)}”`)}`)
  if (finding.suggestion) lines.push(`                          ${c.cyan('→')} ${printableLines(finding.suggestion)}`)
  return lines
}

function explanation(result: CriterionResult, file: FileReport, rules: Map<string, Rule>, c: ChalkInstance): string[] {
  const info = criteriaInfo[result.id]
  const lines = [
    `        ${c.bold('Why it matters:')} ${info.why}`,
    `        ${c.dim(`Serves assessment criteria ${info.refs.join(', ')}.`)}`
  ]
  const seen = new Set<string>()
  for (const finding of file.findings) {
    if (finding.criterion !== result.id || finding.severity !== 'error' || seen.has(finding.ruleId)) continue
    seen.add(finding.ruleId)
    const rule = rules.get(finding.ruleId)
    if (!rule) continue
    lines.push(`        ${c.bold(rule.id)}: ${rule.docs.why}`)
    const before = flatten(rule.docs.fail)
    const after = flatten(rule.docs.pass)
    const from = firstDifference(before, after)
    lines.push(
      `          ${c.red('Before:')} ${excerpt(before, from)}`,
      `          ${c.green('After: ')} ${excerpt(after, from)}`
    )
  }
  return lines
}

function flatten(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' / ')
}

function firstDifference(a: string, b: string): number {
  let index = 0
  while (index < a.length && index < b.length && a[index] === b[index]) index++
  return index
}

/** About 160 characters of an example, starting a little before where the two examples differ. */
function excerpt(text: string, from: number): string {
  const start = from > 60 ? text.lastIndexOf(' ', from - 40) + 1 : 0
  const end = Math.min(text.length, start + 160)
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}

function verdictLine(file: FileReport, c: ChalkInstance, runFailure: string | undefined): string {
  if (file.fatal) return c.red('✖ The file could not be checked.')
  const failed = file.criteria.filter((result) => result.status === 'fail')
  const counts = `${plural(file.errorCount, 'error')}, ${plural(file.warningCount, 'warning')}`
  if (failed.length === 0 && runFailure)
    return c.red(`✖ Every checked criterion passed, but the run failed: ${runFailure}.`)
  return failed.length === 0
    ? c.green(`✔ Every checked criterion passed (${counts}).`)
    : c.red(
        `✖ ${failed.length} ${failed.length === 1 ? 'criterion' : 'criteria'} failed: ${failed.map((result) => result.title).join(', ')} (${counts}).`
      )
}

function summaryBlock(report: RunReport, c: ChalkInstance): string[] {
  const summary = report.summary
  // The criteria lines count the files that were checked, so the headline says that number too.
  const files = summary.fatal
    ? `${plural(summary.files, 'file')}: ${summary.files - summary.fatal} checked, ${summary.fatal} could not be read`
    : `${plural(summary.files, 'file')} checked`
  const lines = [
    c.bold(`Summary: ${files}; ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`)
  ]
  const width = maxOf(
    -Infinity,
    Object.values(criteriaInfo).map((info) => info.title.length)
  )
  for (const [id, counts] of Object.entries(summary.criteria)) {
    const info = criteriaInfo[id as keyof typeof criteriaInfo]
    const checked = counts.pass + counts.fail
    const label =
      checked === 0
        ? c.dim('not checked')
        : `${counts.pass}/${checked} passed${counts.notChecked > 0 ? c.dim(`, ${counts.notChecked} not checked`) : ''}`
    lines.push(`  ${info.title.padEnd(width)}  ${label}`)
  }
  if (summary.topRules.length > 0) {
    lines.push(
      `  ${c.dim('Most frequent:')} ${summary.topRules.map((item) => `${item.ruleId} (${item.count})`).join(', ')}`
    )
  }
  return lines
}
