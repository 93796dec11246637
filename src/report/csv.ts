/**
 * CSV for a tutor's spreadsheet: one row per file with PASS/FAIL per criterion, counts and facts.
 * RFC 4180 (CRLF, quoted fields); cells that a spreadsheet would run as a formula are defused.
 */
import {CRITERIA} from '../../rules/criteria.js'
import {criteriaInfo} from '../engine/criteria.js'
import type {FileReport} from '../types.js'
import {relativePath} from './paths.js'
import type {Formatter} from './types.js'

const STATUS = {pass: 'PASS', fail: 'FAIL', 'not-checked': 'NOT CHECKED'} as const

export const csv: Formatter = (report, options) => {
  const header = [
    'file',
    'kind',
    ...CRITERIA.map((id) => criteriaInfo[id].title),
    'errors',
    'warnings',
    ...CRITERIA.map((id) => `${criteriaInfo[id].title} findings`),
    'words',
    'reading grade',
    'problem'
  ]
  const rows = [header, ...report.files.map((file) => row(file, options.cwd, Boolean(options.quiet)))]
  return rows.map((cells) => cells.map(cell).join(',')).join('\r\n') + '\r\n'
}

function row(file: FileReport, cwd: string, quiet: boolean): string[] {
  const byId = new Map(file.criteria.map((result) => [result.id, result]))
  const findings = quiet ? file.findings.filter((finding) => finding.severity === 'error') : file.findings
  return [
    relativePath(file.path, cwd),
    file.fatal ? '' : (file.kind ?? ''),
    ...CRITERIA.map((id) => (file.fatal ? STATUS['not-checked'] : STATUS[byId.get(id)?.status ?? 'not-checked'])),
    String(file.errorCount),
    quiet ? '0' : String(file.warningCount),
    ...CRITERIA.map((id) => String(findings.filter((finding) => finding.criterion === id).length)),
    file.fatal ? '' : String(file.facts.words),
    file.facts.readingGrade === undefined ? '' : String(file.facts.readingGrade),
    file.fatal ?? ''
  ]
}

/** Quote when needed (RFC 4180); a leading = + - @ (or tab, CR) would make a spreadsheet run it. */
export function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}
