import type {CriterionId, Rule} from '../../src/types.js'
import {findPhrase, normalisePhrase, proseOf} from './match.js'

/** Where a banned phrase lands when its entry names no criterion. */
export const BANNED_CRITERION: CriterionId = 'tone'

/** `<criterion>/guideline-banned`: a phrase the organisation's guidelines ban appears in the prose. */
export function bannedRule(criterion: CriterionId): Rule {
  const entry = criterion === BANNED_CRITERION ? {phrase: 'no worries', message: 'Say "of course" or "certainly".'} : {phrase: 'no worries', message: 'Say "of course" or "certainly".', criterion}
  return {
    id: `${criterion}/guideline-banned`,
    criterion,
    severity: 'error',
    docs: {
      summary: `A phrase your organisation's guidelines ban (guidelines.banned${criterion === BANNED_CRITERION ? '' : `, criterion: ${criterion}`}) appears in the draft.`,
      why: 'Organisations ban wording that has upset customers, sounds off-brand or has caused complaints before; every reply should sound like the organisation, not only like the writer.',
      fail: 'Dear Mrs Patel,\n\nNo worries, your refund of £4.99 for order 48213 will reach your card by Friday 27 November.\n\nKind regards,\nSam Okafor',
      pass: 'Dear Mrs Patel,\n\nOf course: your refund of £4.99 for order 48213 will reach your card by Friday 27 November.\n\nKind regards,\nSam Okafor',
      details: `Each entry of guidelines.banned is {phrase, message?, criterion?, severity?}. The phrase matches whole words in any case, across line breaks, in the writer's prose only (not quotes, signatures or footers). Findings land under the entry's criterion (${BANNED_CRITERION} when none is given) with its severity (error by default).`,
      settings: {guidelines: {banned: [entry]}}
    },
    appliesTo: (settings) => (settings.guidelines?.banned ?? []).some((item) => (item.criterion ?? BANNED_CRITERION) === criterion),
    check(doc, context) {
      const prose = proseOf(doc)
      for (const item of context.settings.guidelines?.banned ?? []) {
        if ((item.criterion ?? BANNED_CRITERION) !== criterion) continue
        for (const span of findPhrase(prose, item.phrase)) {
          const found = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ')
          context.report({
            ...span,
            message: `"${found}" is banned by your organisation's guidelines${item.message ? `: ${item.message}` : '.'}`,
            actual: found,
            expected: `wording without "${normalisePhrase(item.phrase)}"`,
            suggestion: item.message ?? `Reword the sentence without "${found}".`,
            ...(item.severity ? {severity: item.severity} : {})
          })
        }
      }
    }
  }
}
