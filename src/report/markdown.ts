/**
 * Markdown for a CI job summary or a pull-request comment: a table of files × criteria, then the
 * findings of each file.
 */
import {CRITERIA} from '../../rules/criteria.js'
import {append, maxOf} from '../arrays.js'
import {criteriaInfo} from '../engine/criteria.js'
import type {CriterionStatus, FileReport} from '../types.js'
import {printable, relativePath} from './paths.js'
import {plural} from './plural.js'
import type {Formatter} from './types.js'

const MARK: Record<CriterionStatus, string> = {pass: '✅', fail: '❌', 'not-checked': '–'}

export const markdown: Formatter = (report, options) => {
  const {summary} = report
  const passedAll = report.files.filter(
    (file) => !file.fatal && file.criteria.every((result) => result.status !== 'fail')
  ).length
  const out: string[] = [
    '## corrlint',
    '',
    `${plural(summary.files, 'file')} checked: ${passedAll} passed every criterion, ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}` +
      (summary.fatal > 0 ? `, ${summary.fatal} could not be checked` : '') +
      '.',
    '',
    `| File | ${CRITERIA.map((id) => cellText(criteriaInfo[id].title)).join(' | ')} |`,
    `| --- | ${CRITERIA.map(() => ':---:').join(' | ')} |`
  ]
  for (const file of report.files) {
    const byId = new Map(file.criteria.map((result) => [result.id, result.status]))
    const marks = CRITERIA.map((id) => (file.fatal ? '⚠️' : MARK[byId.get(id) ?? 'not-checked']))
    out.push(`| ${code(printable(relativePath(file.path, options.cwd)))} | ${marks.join(' | ')} |`)
  }
  out.push('', '✅ passed · ❌ failed · – not checked' + (summary.fatal > 0 ? ' · ⚠️ could not be checked' : ''))
  if (options.runFailure) out.push('', `❌ **The run failed:** ${inline(options.runFailure)}.`)
  for (const file of report.files) append(out, fileSection(file, options.cwd, Boolean(options.quiet)))
  return `${out.join('\n')}\n`
}

function fileSection(file: FileReport, cwd: string, quiet: boolean): string[] {
  const findings = quiet ? file.findings.filter((finding) => finding.severity === 'error') : file.findings
  if (!file.fatal && findings.length === 0) return []
  const lines = ['', `### ${code(printable(relativePath(file.path, cwd)))}`, '']
  if (file.fatal) return [...lines, `⚠️ Could not be checked: ${inline(printable(file.fatal))}`]
  for (const finding of findings) {
    const where =
      finding.paragraph !== undefined
        ? `paragraph ${finding.paragraph}`
        : `${finding.start.line}:${finding.start.column}`
    const suggestion = finding.suggestion ? ` — ${inline(finding.suggestion)}` : ''
    lines.push(
      `- ${finding.severity === 'error' ? '❌' : '⚠️'} **${where}** ${inline(finding.message)}${suggestion} (${code(finding.ruleId)})`
    )
  }
  return lines
}

/** Text inside a table cell: no pipes or line breaks. */
function cellText(value: string): string {
  return inline(value).replace(/\|/g, '\\|')
}

/** One line of Markdown that renders as the text it says (no HTML, links or emphasis). */
function inline(value: string): string {
  return printable(value.replace(/\s+/g, ' ')).replace(/[\\`*_[\]<>|#~]/g, (character) => `\\${character}`)
}

/** An inline code span that survives backticks and pipes inside the value. */
function code(value: string): string {
  const clean = value.replace(/\s+/g, ' ').replace(/\|/g, '\\|')
  const longest = maxOf(
    0,
    (clean.match(/`+/g) ?? []).map((run) => run.length)
  )
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}
