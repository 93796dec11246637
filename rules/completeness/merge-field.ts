import type {Rule} from '../../src/types.js'
import {readableText} from './text.js'

/** Options of completeness/merge-field. */
export interface MergeFieldOptions {
  /** The merge fields a template may use; empty means any well-formed name. */
  allowedFields: string[]
}

const NAME = /^[A-Za-z_][\w.-]{0,63}$/

/** completeness/merge-field: in template mode, every {{merge field}} is well formed, closed and known. */
export const mergeField: Rule<MergeFieldOptions> = {
  id: 'completeness/merge-field',
  criterion: 'completeness',
  severity: 'error',
  docs: {
    summary:
      'In a template, every {{merge field}} is closed, well formed and (when a list is configured) one of the allowed fields.',
    why: 'A broken merge field is not filled in by the mailing system: the customer receives "Dear {{first_name}," or an empty gap instead of their name or order number.',
    fail: 'Subject: Your refund for order {{order_number}}\n\nDear {{first_name},\n\nYour refund for order {{order_number}} has been approved. Please reply to this email if it has not arrived by {{refund_due_date}}.\n\nKind regards,\nDaniel Hughes',
    pass: 'Subject: Your refund for order {{order_number}}\n\nDear {{first_name}},\n\nYour refund for order {{order_number}} has been approved. Please reply to this email if it has not arrived by {{refund_due_date}}.\n\nKind regards,\nDaniel Hughes',
    details:
      'Only in template mode (`--template` or the setting `template: true`); outside it completeness/placeholder reports every merge field as unfilled. Checks Mustache/Handlebars/Liquid fields line by line: error for "{{" not closed by "}}" on the same line, a "}}" with no "{{" before it, an empty field, and a field whose name (before any "|" filter) is not a plain identifier ("{{first name}}"). With the option `allowedFields` set, error for a field not in the list. Other merge syntaxes (%FIELD%, *|FIELD|*) are allowed and not checked.',
    settings: {template: true}
  },
  schema: {
    type: 'object',
    properties: {allowedFields: {type: 'array', items: {type: 'string'}}},
    additionalProperties: false
  },
  defaults: {allowedFields: []},
  check(doc, context) {
    if (!context.settings.template) return
    const allowed = new Set(context.options.allowedFields ?? [])
    const text = readableText(doc)
    let lineStart = 0
    for (const line of text.split('\n')) {
      for (const problem of lineProblems(line, allowed)) {
        context.report({
          start: lineStart + problem.start,
          end: lineStart + problem.end,
          message: problem.message,
          actual: line.slice(problem.start, problem.end),
          expected: problem.expected,
          suggestion: problem.suggestion
        })
      }
      lineStart += line.length + 1
    }
  }
}

interface Problem {
  start: number
  end: number
  message: string
  expected: string
  suggestion: string
}

/** Scan one line for {{ … }} fields, left to right, in linear time. */
function lineProblems(line: string, allowed: Set<string>): Problem[] {
  const problems: Problem[] = []
  let at = 0
  while (at < line.length) {
    const open = line.indexOf('{{', at)
    const stray = line.indexOf('}}', at)
    if (stray >= 0 && (open < 0 || stray < open)) {
      const brace = line.lastIndexOf('{', stray)
      const start = brace >= at ? brace : stray
      problems.push(unclosed(start, stray + 2, line.slice(start, stray + 2), 'opened'))
      at = stray + 2
      continue
    }
    if (open < 0) break
    const close = line.indexOf('}}', open + 2)
    const next = line.indexOf('{{', open + 2)
    if (close < 0 || (next >= 0 && next < close)) {
      const end = fieldEnd(line, open + 2, next >= 0 ? next : line.length)
      problems.push(unclosed(open, end, line.slice(open, end), 'closed'))
      at = end
      continue
    }
    const inner = line.slice(open + 2, close)
    const name = inner
      .split('|')[0]
      .trim()
      .replace(/^[#/^>&]\s*/, '')
    const field = line.slice(open, close + 2)
    if (!NAME.test(name)) {
      problems.push({
        start: open,
        end: close + 2,
        message:
          name === ''
            ? `Empty merge field "${field}".`
            : `Malformed merge field "${field}": "${name}" is not a field name.`,
        expected: 'a field name of letters, digits and underscores, e.g. {{first_name}}',
        suggestion:
          name === ''
            ? 'Put the field name between the braces, or remove them.'
            : `Write it as {{${name.replace(/\W+/g, '_')}}}.`
      })
    } else if (allowed.size > 0 && !allowed.has(name)) {
      problems.push({
        start: open,
        end: close + 2,
        message: `Unknown merge field "${field}": "${name}" is not one of the allowed fields.`,
        expected: `one of ${[...allowed].join(', ')}`,
        suggestion: `Use one of the allowed fields: ${[...allowed].join(', ')}.`
      })
    }
    at = close + 2
  }
  return problems
}

/** Where a field that is not closed ends: after its name and any lone closing brace. */
function fieldEnd(line: string, from: number, limit: number): number {
  let end = from
  while (end < limit && /[\w. }]/.test(line[end]) && !(line[end] === ' ' && /\w/.test(line[end - 1] ?? ''))) end++
  return end
}

function unclosed(start: number, end: number, value: string, missing: 'opened' | 'closed'): Problem {
  return {
    start,
    end,
    message:
      missing === 'closed'
        ? `Merge field "${value}" is not closed with "}}".`
        : `Merge field "${value}" is not opened with "{{".`,
    expected: 'a field in double braces, e.g. {{first_name}}',
    suggestion:
      missing === 'closed'
        ? `Close it: "${withoutClosingBrace(value)}}}".`
        : `Open it: "{{${value.replace(/^\{*/, '')}".`
  }
}

/** The field without trailing space and one stray closing brace (linear; a `\}?\s*$` regex is quadratic). */
function withoutClosingBrace(value: string): string {
  const trimmed = value.trimEnd()
  return trimmed.endsWith('}') ? trimmed.slice(0, -1) : trimmed
}
