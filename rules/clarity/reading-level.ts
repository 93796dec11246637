import {readability} from '../../src/document/readability.js'
import type {Rule, Settings} from '../../src/types.js'
import {bodySentences} from './text.js'

/** Who the message is for; each audience has a default target grade. */
export type Audience = 'general' | 'vulnerable' | 'business'

/** Options of clarity/reading-level. */
export interface ReadingLevelOptions {
  /** Target Flesch–Kincaid grade; overrides the audience and the guidelines. */
  target?: number
  audience?: Audience
  /** How far above the target is still a warning; beyond it is an error. */
  margin: number
  /** Bodies with fewer words are not judged (the formula is noise on a few lines). */
  minWords: number
  /** Bodies with fewer words fail only at twice the margin: the grade of a few sentences is a rough guide. */
  errorWords: number
  /** Grades up to this much above the target are not reported (the formula's own precision). */
  tolerance: number
}

/** Default target grade per audience (Flesch–Kincaid; UK school year ≈ grade + 1). */
export const AUDIENCE_TARGETS: Record<Audience, number> = {general: 9, vulnerable: 7, business: 11}

/** clarity/reading-level: the body reads at or below the target grade. */
export const readingLevel: Rule<ReadingLevelOptions> = {
  id: 'clarity/reading-level',
  criterion: 'clarity',
  severity: 'error',
  docs: {
    summary: 'The body reads at or below the target reading level (Flesch–Kincaid grade 9 by default).',
    why: 'Many customers read quickly, on a phone, or in a second language; about one adult in six in the UK has a reading age below 11. Short sentences and everyday words are understood first time by everyone, experts included.',
    fail: 'Dear Mr Patel,\n\nWith regard to your correspondence concerning the unsatisfactory condition of the merchandise, we acknowledge that the consignment was inadequately protected during transportation, notwithstanding our comprehensive packaging specifications. Consequently, reimbursement of the entire purchase consideration has been authorised and will be transferred to your nominated account immediately.\n\nYours sincerely,\nAmy Lord',
    pass: 'Dear Mr Patel,\n\nThank you for telling us that your lamp arrived broken. I am sorry: it was not packed well enough, and that is our fault. We have refunded the full £45 to your card today. You should see it in your account within three working days.\n\nYours sincerely,\nAmy Lord',
    details:
      'Computes the Flesch–Kincaid grade of the body (words that contain a digit, email addresses and URLs are not counted; list items count as sentences). ' +
      "The target is, in order of precedence: the `target` option; the organisation guidelines' `readingTarget`; the `audience` option (or the `audience` setting): `general` 9, `vulnerable` 7, `business` 11. Grade 9 is roughly a reading age of 14, the level the Plain English Campaign and most UK consumer regulators aim at. " +
      "No finding at or below the target, or above it by at most `tolerance` (default 0.5: the formula is no more precise than that). Warning when the grade is above the target by up to `margin` (default 2). Error — the criterion fails — when it is more than `margin` above; on a body of fewer than `errorWords` (default 100) words, more than twice `margin` above: on a few sentences the grade is a rough guide, and clarity/sentence-length judges each sentence. Bodies of fewer than `minWords` (default 40) words are not judged. The grade and the Flesch reading ease are also shown in the report's facts."
  },
  schema: {
    type: 'object',
    properties: {
      target: {type: 'number', minimum: 1, maximum: 20},
      audience: {enum: ['general', 'vulnerable', 'business']},
      margin: {type: 'number', minimum: 0, maximum: 10},
      minWords: {type: 'integer', minimum: 0},
      errorWords: {type: 'integer', minimum: 0},
      tolerance: {type: 'number', minimum: 0, maximum: 5}
    },
    additionalProperties: false
  },
  defaults: {margin: 2, minWords: 40, errorWords: 100, tolerance: 0.5},
  check(doc, context) {
    const sentences = bodySentences(doc)
    if (sentences.length === 0) return
    const score = readability(sentences)
    const {margin = 2, minWords = 40, errorWords = 100, tolerance = 0.5} = context.options
    if (score.words < minWords) return
    const {target, source} = targetFor(context.options, context.settings)
    if (score.grade <= target + tolerance) return
    const over = score.grade - target
    // On a short body the grade is a rough guide: it fails only when it is far off (twice the margin).
    const severity = over > (score.words >= errorWords ? margin : 2 * margin) ? 'error' : 'warning'
    const first = sentences[0]
    const last = sentences.at(-1)!
    context.report({
      severity,
      start: first.start,
      end: last.end,
      message: `The body reads at grade ${score.grade.toFixed(1)} (Flesch–Kincaid; reading ease ${score.ease.toFixed(0)}), above the target of ${target} ${source}.`,
      actual: `grade ${score.grade.toFixed(1)}`,
      expected: `grade ${target} or below`,
      suggestion: `Shorten sentences (now ${(score.words / score.sentences).toFixed(0)} words on average; aim for 15–20) and use everyday words for long ones.`
    })
  }
}

function targetFor(options: ReadingLevelOptions, settings: Settings): {target: number; source: string} {
  if (typeof options.target === 'number') return {target: options.target, source: '(rule option)'}
  const guideline = settings.guidelines?.readingTarget
  if (typeof guideline === 'number') return {target: guideline, source: '(organisation guidelines)'}
  const audience = options.audience ?? (settings.audience as Audience | undefined) ?? 'general'
  return {target: AUDIENCE_TARGETS[audience] ?? AUDIENCE_TARGETS.general, source: `for a ${audience} audience`}
}
