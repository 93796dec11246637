import type {Directive} from '../types.js'

/**
 * Read a control comment's content (`corrlint-disable rule-a, rule-b`, `corrlint-enable`).
 * Returns undefined for any other comment.
 */
export function parseDirective(comment: string, start: number, end: number): Directive | undefined {
  const match = /^\s*corrlint-(disable|enable)(?=\s|$)([^]*)$/.exec(comment)
  if (!match) return undefined
  const rules = match[2]
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '' && rule !== '--')
  return {kind: match[1] as Directive['kind'], rules, start, end}
}
