/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which GitHub
 * shows as an annotation on the line of the pull request.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type {Finding} from '../types.js'
import {printable, printableLines, relativePath} from './paths.js'
import type {Formatter} from './types.js'

export const github: Formatter = (report, options) => {
  const lines: string[] = []
  for (const file of report.files) {
    const path = printable(relativePath(file.path, options.cwd))
    if (file.fatal) {
      lines.push(command('error', {file: path, title: 'corrlint: could not check this file'}, printable(file.fatal)))
      continue
    }
    for (const finding of file.findings) {
      if (options.quiet && finding.severity !== 'error') continue
      lines.push(command(finding.severity, properties(path, finding), messageOf(finding)))
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

function properties(file: string, finding: Finding): Record<string, string | number> {
  return {
    file,
    line: finding.start.line,
    col: finding.start.column,
    endLine: finding.end.line,
    endColumn: finding.end.column,
    title: `corrlint ${finding.ruleId}`
  }
}

function messageOf(finding: Finding): string {
  // The draft's own text in a message or suggestion: control characters shown, not sent to the log's terminal.
  return printableLines(finding.suggestion ? `${finding.message} Suggestion: ${finding.suggestion}` : finding.message)
}

function command(kind: 'error' | 'warning', props: Record<string, string | number>, message: string): string {
  const list = Object.entries(props)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${kind} ${list}::${escapeData(message)}`
}

/** As @actions/core escapes a command's message. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** As @actions/core escapes a command property: also `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
