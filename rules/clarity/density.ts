import type {Rule} from '../../src/types.js'
import {bodySentences, bodyWordCount} from './text.js'

/** Options of clarity/density. */
export interface DensityOptions {
  /** More clarity warnings than this per 100 body words is an error … */
  maxPer100Words: number
  /** … provided there are at least this many warnings. */
  minWarnings: number
}

/** clarity/density: not so many clarity warnings that the message as a whole is unclear. */
export const density: Rule<DensityOptions> = {
  id: 'clarity/density',
  criterion: 'clarity',
  severity: 'error',
  docs: {
    summary: 'Not too many clarity warnings for the length of the body: at most 3 per 100 words.',
    why: 'One wordy phrase is a slip; a wordy phrase, a hedge and an unexplained acronym in every other line make the whole message hard going. That is when a reader gives up.',
    fail: 'Dear Mrs Cole,\n\nPlease be advised that your DD has been changed. In order to help, we will basically refund the fee prior to the next payment. With regard to your SLA, each and every call is recorded.\n\nKind regards,\nMark Young',
    pass: 'Dear Mrs Cole,\n\nWe have changed your direct debit as you asked. To help, we will refund the £5 fee before your next payment on 1 December. Every call to us is recorded so that we can check what was agreed.\n\nKind regards,\nMark Young',
    details:
      'Counts the warnings the other built-in clarity rules made on the draft (sentence-length, paragraph-length, body-length, reading-level, passive-voice, wordy-phrase, unexplained-acronym, hedge, redundancy, and any clarity rule added later), as the engine reports them: with their configured severities and options; rules switched off, and warnings accepted in the configuration or disabled by an inline directive, are not counted; passives without a named doer are not counted (they are one habit, reported by passive-voice itself when frequent), and findings that were errors already fail the criterion. ' +
      'One error — the criterion fails — when there are at least `minWarnings` (default 4) warnings and more than `maxPer100Words` (default 3) per 100 words of the body. The finding covers the body. Run alone, without the other clarity rules, it has nothing to count.'
  },
  schema: {
    type: 'object',
    properties: {maxPer100Words: {type: 'number', minimum: 0}, minWarnings: {type: 'integer', minimum: 1}},
    additionalProperties: false
  },
  defaults: {maxPer100Words: 3, minWarnings: 4},
  check() {
    // Nothing to read in the draft itself: density reviews the findings of the clarity rules.
  },
  review(findings, doc, context) {
    const sentences = bodySentences(doc)
    const words = bodyWordCount(doc)
    if (sentences.length === 0 || words === 0) return
    const {maxPer100Words = 3, minWarnings = 4} = context.options
    let warnings = 0
    const counts = new Map<string, number>()
    for (const {ruleId, criterion, severity, finding} of findings) {
      if (!counted(ruleId, criterion) || severity !== 'warning') continue
      // Passives without a doer are style advice, one habit rather than many faults: not counted.
      if (finding.data?.agentless) continue
      warnings++
      counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1)
    }
    const per100 = (warnings * 100) / words
    if (warnings < minWarnings || per100 <= maxPer100Words) return
    const breakdown = [...counts].map(([id, count]) => `${count} ${id.slice('clarity/'.length)}`).join(', ')
    context.report({
      start: sentences[0].start,
      end: sentences.at(-1)!.end,
      message: `${warnings} clarity warnings in ${words} words (${per100.toFixed(1)} per 100 words, more than ${maxPer100Words}): ${breakdown}.`,
      actual: `${per100.toFixed(1)} warnings per 100 words`,
      expected: `at most ${maxPer100Words} per 100 words`,
      suggestion:
        'Rewrite the message in plain English: short sentences, everyday words, active verbs; fix the warnings above.'
    })
  }
}

/** The findings density counts: the built-in clarity rules' (not an organisation guideline's, not its own). */
function counted(ruleId: string, criterion: string): boolean {
  return criterion === 'clarity' && ruleId !== 'clarity/density' && !ruleId.includes('/guideline-')
}
