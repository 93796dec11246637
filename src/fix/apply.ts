/**
 * Apply the fixes of a report to the text they were found in, as ESLint's source-code fixer does:
 * sorted by position, a fix that overlaps (or touches) one already taken waits for the next pass.
 * Pure: the caller re-checks the new text and applies again (`--fix` runs up to MAX_FIX_PASSES).
 */
import type {Finding, Fix} from '../types.js'

/** Passes of fix, re-check, fix: as ESLint, ten at most (a fix that keeps making new ones stops). */
export const MAX_FIX_PASSES = 10

export interface FixResult {
  /** The text with the fixes applied. */
  text: string
  /** The findings whose fixes were applied. */
  applied: Finding[]
}

/** Apply every non-overlapping fix of `findings` to `text` (the original file the report was made from). */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const fixable = findings
    .filter(
      (finding): finding is Finding & {fix: Fix} => finding.fix !== undefined && validRange(finding.fix, text.length)
    )
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1])
  const applied: Finding[] = []
  const pieces: string[] = []
  let at = 0
  // Touching counts as overlapping: two replacements that meet could join into a word neither meant.
  let lastEnd = -1
  for (const finding of fixable) {
    const [start, end] = finding.fix.range
    if (start <= lastEnd) continue
    pieces.push(text.slice(at, start), finding.fix.text)
    at = end
    lastEnd = end
    applied.push(finding)
  }
  pieces.push(text.slice(at))
  return {text: pieces.join(''), applied}
}

function validRange(fix: Fix, length: number): boolean {
  const [start, end] = fix.range
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length
}
