/**
 * Which fixes a report may carry. A rule proposes a replacement in `doc.text` (RawFinding.fix);
 * the engine keeps it only where applying it to the original file is safe, so that every consumer
 * (the JSON report, `--fix`, the language server's quick fixes) can apply what it gets unchecked:
 *
 * - only in the writer's own prose: never in a quoted message, a signature, a disclaimer or any
 *   other set-aside part, a header or markup (`doc.prose` blanks all of these);
 * - never over or beside a confidential value, and never writing one (the masker would change it);
 * - only where the original file holds the same characters as the analysed text, so a replacement
 *   of `[start, end)` of the original replaces exactly what the rule read (an HTML entity, an
 *   encoded .eml part or a .docx paragraph does not, and gets no fix).
 *
 * Pure: no file system, no process.
 */
import type {CorrDocument, Finding, Fix, RawFix, Span} from '../types.js'

/**
 * Set the finding's `fix` (or, for a replacement to review, its `suggestions`) from the rule's
 * proposal, where it is safe. `item` is the finding as reported (its texts already masked).
 */
export function attachFix(
  item: Finding,
  doc: CorrDocument,
  fix: RawFix | undefined,
  masked: readonly Span[],
  maskText: (text: string) => string
): void {
  const carried = carryFix(doc, fix, masked, maskText)
  if (!carried) return
  if (fix?.review) item.suggestions = [{desc: item.suggestion ?? `Replace with "${carried.text}"`, fix: carried}]
  else item.fix = carried
}

/** The fix of one finding in original-file offsets, or undefined when it is not safe to apply. */
export function carryFix(
  doc: CorrDocument,
  fix: RawFix | undefined,
  masked: readonly Span[],
  maskText: (text: string) => string
): Fix | undefined {
  if (!fix) return undefined
  const source = doc.source
  if (source.positionStyle === 'paragraph' || source.format === 'docx') return undefined
  const {start, end, text} = fix
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > doc.text.length)
    return undefined
  if (typeof text !== 'string' || text.includes('\n')) return undefined
  const covered = doc.text.slice(start, end)
  if (covered === text) return undefined
  // The writer's prose only: prose is the text with everything else blanked.
  if (doc.prose.slice(start, end) !== covered) return undefined
  // A pure insertion has no covered text to compare: its neighbours must be prose too.
  if (end === start && (isBlanked(doc, start - 1) || isBlanked(doc, start))) return undefined
  for (const part of doc.setAside) if (overlaps(part, start, end)) return undefined
  for (const span of masked) if (touches(span, start, end)) return undefined
  if (maskText(text) !== text) return undefined
  const from = source.toOriginal(start)
  const to = end > start ? source.toOriginal(end - 1) + 1 : from
  if (to < from || source.original.slice(from, to) !== covered) return undefined
  return {range: [from, to], text}
}

function isBlanked(doc: CorrDocument, at: number): boolean {
  if (at < 0 || at >= doc.text.length) return false
  return doc.prose[at] !== doc.text[at]
}

function overlaps(span: Span, start: number, end: number): boolean {
  return end > start ? start < span.end && end > span.start : span.start < start && start < span.end
}

/** Overlaps, or touches at an edge (a replacement next to a masked value could join onto it). */
function touches(span: Span, start: number, end: number): boolean {
  return start <= span.end && end >= span.start
}
