/** `corrlint rules`: every rule with its criterion and default severity, in report order. */

import {CRITERIA} from '../../../rules/criteria.js'
import {maxOf} from '../../arrays.js'
import {criteriaInfo} from '../../engine/criteria.js'
import type {Rule} from '../../types.js'
import type {CommandResult} from './explain.js'

/** Guideline kinds that exist once per criterion; all but their home criterion are folded in the list. */
const PER_CRITERION = /^([a-z]+)\/guideline-(banned|prefer|required)$/
const HOME: Record<string, string> = {banned: 'tone', prefer: 'tone', required: 'completeness'}

/** List the rules as text (or JSON with `json: true`). `all` also lists each per-criterion guideline rule. */
export function rulesCommand(rules: Rule[], options: {json?: boolean; all?: boolean} = {}): CommandResult {
  if (options.json) {
    const list = rules.map((rule) => ({
      id: rule.id,
      criterion: rule.criterion,
      severity: rule.severity,
      summary: rule.docs.summary
    }))
    return {output: `${JSON.stringify(list, null, 2)}\n`, exitCode: 0}
  }
  const folded = rules.filter((rule) => {
    const match = PER_CRITERION.exec(rule.id)
    return !options.all && match !== null && HOME[match[2]] !== match[1]
  })
  const shown = rules.filter((rule) => !folded.includes(rule))
  const width = maxOf(
    0,
    shown.map((rule) => rule.id.length)
  )
  const lines: string[] = []
  for (const criterion of CRITERIA) {
    const own = shown.filter((rule) => rule.criterion === criterion)
    if (own.length === 0) continue
    const info = criteriaInfo[criterion]
    lines.push(`${info.title} (${criterion}; ${info.refs.join(', ')})`)
    for (const rule of own) lines.push(`  ${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.docs.summary}`)
    lines.push('')
  }
  lines.push(`${shown.length} rules. corrlint explain <rule> shows why each matters, with examples.`)
  if (folded.length > 0) {
    lines.push(
      `Guideline entries naming another criterion report as <criterion>/guideline-banned, -prefer or -required (${folded.length} more; --all lists them).`
    )
  }
  return {output: `${lines.join('\n')}\n`, exitCode: 0}
}
