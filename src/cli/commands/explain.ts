/**
 * `corrlint explain <rule|criterion>`: what a rule checks, why it matters, the criterion it serves
 * and its failing and passing examples — printed from the rule's own docs, so they cannot drift.
 */

import {CRITERIA} from '../../../rules/criteria.js'
import {maxOf} from '../../arrays.js'
import {criteriaInfo} from '../../engine/criteria.js'
import type {CriterionId, Rule} from '../../types.js'

export interface CommandResult {
  output: string
  exitCode: number
}

/** Explain a rule id or a criterion id. Unknown names exit 2 with one line (and a near match). */
export function explainCommand(name: string, rules: Rule[]): CommandResult {
  const rule = rules.find((candidate) => candidate.id === name)
  if (rule) return {output: explainRule(rule), exitCode: 0}
  if ((CRITERIA as readonly string[]).includes(name))
    return {output: explainCriterion(name as CriterionId, rules), exitCode: 0}
  const near =
    rules.find((candidate) => candidate.id.endsWith(`/${name}`)) ??
    rules.find((candidate) => candidate.id.includes(name))
  return {
    output: `corrlint: unknown rule or criterion "${name}"${near ? ` (did you mean "${near.id}"?)` : ''}; see corrlint rules\n`,
    exitCode: 2
  }
}

function explainRule(rule: Rule): string {
  const info = criteriaInfo[rule.criterion]
  const lines = [
    `${rule.id} (${rule.severity} by default)`,
    `Criterion: ${info.id} — ${info.title} (assessment criteria ${info.refs.join(', ')})`,
    '',
    'What it checks',
    indent(rule.docs.summary),
    '',
    'Why it matters',
    indent(rule.docs.why)
  ]
  if (rule.docs.details) lines.push('', 'Details', indent(rule.docs.details))
  lines.push('', 'Fails', quote(rule.docs.fail), '', 'Passes', quote(rule.docs.pass))
  if (rule.docs.settings) lines.push('', `(Examples checked with ${JSON.stringify(rule.docs.settings)}.)`)
  if (rule.defaults && Object.keys(rule.defaults as object).length > 0)
    lines.push('', `Options (defaults): ${JSON.stringify(rule.defaults)}`)
  return `${lines.join('\n')}\n`
}

function explainCriterion(id: CriterionId, rules: Rule[]): string {
  const info = criteriaInfo[id]
  const own = rules.filter((rule) => rule.criterion === id)
  const width = maxOf(
    0,
    own.map((rule) => rule.id.length)
  )
  const lines = [
    `${info.id} — ${info.title} (assessment criteria ${info.refs.join(', ')})`,
    '',
    'What it checks',
    indent(info.summary),
    '',
    'Why it matters',
    indent(info.why),
    '',
    'It fails when any of its rules reports an error; warnings are advice.',
    '',
    own.length > 0 ? `Rules (${own.length})` : 'Rules: none yet',
    ...own.map((rule) => `  ${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.docs.summary}`),
    '',
    `Run corrlint explain <rule> for a rule's examples.`
  ]
  return `${lines.join('\n')}\n`
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '  |' : `  | ${line}`))
    .join('\n')
}
