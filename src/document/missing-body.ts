import type {CorrDocument, Span} from '../types.js'

/**
 * Where the body should be when a draft has none of its own (an empty file, a greeting and a
 * sign-off only, every paragraph quoted or boilerplate), or undefined when it has one. The criteria
 * that judge the body (purpose, actions, completeness) report there instead of passing a blank
 * submission: a zero-length span after the opening, else before the closing, else at the start.
 */
export function missingBody(doc: CorrDocument): Span | undefined {
  if (doc.body.paragraphs.some((paragraph) => paragraph.sentences.length > 0)) return undefined
  // A body of headings only (a notification's "### Your visit is booked") is still a body.
  const span = doc.body.span
  if (span && /[\p{L}\p{N}]/u.test(doc.text.slice(span.start, span.end))) return undefined
  const at = doc.opening.span?.end ?? doc.closing.span?.start ?? 0
  return {start: at, end: at}
}

/** The finding's wording when there is no body: the same lead for each criterion that needs one. */
export const NO_BODY = 'The draft has no body of its own (only a greeting, a sign-off, quoted text or nothing at all)'
