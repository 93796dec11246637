import type {CorrDocument, CriterionId, Rule, RuleContext} from '../../src/types.js'
import {entriesFor, findPhrase, normalisePhrase, preparePhrases, proseOf} from './match.js'

/** Where a banned phrase lands when its entry names no criterion. */
export const BANNED_CRITERION: CriterionId = 'tone'

/** `<criterion>/guideline-banned`: a phrase the organisation's guidelines ban appears in the prose. */
export function bannedRule(criterion: CriterionId): Rule {
  const entry =
    criterion === BANNED_CRITERION
      ? {phrase: 'no worries', message: 'Say "of course" or "certainly".'}
      : {phrase: 'no worries', message: 'Say "of course" or "certainly".', criterion}
  return {
    id: `${criterion}/guideline-banned`,
    criterion,
    severity: 'error',
    docs: {
      summary: `A phrase your organisation's guidelines ban (guidelines.banned${criterion === BANNED_CRITERION ? '' : `, criterion: ${criterion}`}) appears in the draft.`,
      why: 'Organisations ban wording that has upset customers, sounds off-brand or has caused complaints before; every reply should sound like the organisation, not only like the writer.',
      fail: 'Dear Mrs Patel,\n\nNo worries, your refund of £4.99 for order 48213 will reach your card by Friday 27 November.\n\nKind regards,\nSam Okafor',
      pass: 'Dear Mrs Patel,\n\nOf course: your refund of £4.99 for order 48213 will reach your card by Friday 27 November.\n\nKind regards,\nSam Okafor',
      details: `Each entry of guidelines.banned is {phrase, message?, criterion?, severity?, max?}. The phrase is a phrase pattern (whole words in any case, across line breaks; {fail} for a word's inflections, (a|b) alternatives, word? optional, ... a gap of up to 3 words, [negative] a judging word: see the README) matched in the writer's prose only (not quotes, signatures or footers). With max, the phrase may appear that many times and only the uses after them are reported (an occurrence limit). Findings land under the entry's criterion (${BANNED_CRITERION} when none is given) with its severity (error by default).`,
      settings: {guidelines: {banned: [entry]}}
    },
    appliesTo: (settings) => entriesFor(settings.guidelines?.banned, criterion, BANNED_CRITERION).length > 0,
    check(doc, context) {
      const items = entriesFor(context.settings.guidelines?.banned, criterion, BANNED_CRITERION)
      // compromise loads on the first draft whose phrases need it (a lemma or a part of speech).
      const loading = preparePhrases(items.map((item) => item.phrase))
      if (loading) return loading.then(() => checkBanned(doc, context, items))
      checkBanned(doc, context, items)
    }
  }
}

type Banned = NonNullable<import('../../src/types.js').Guidelines['banned']>[number]

function checkBanned(doc: CorrDocument, context: RuleContext, items: readonly Banned[]): void {
  const prose = proseOf(doc)
  for (const item of items) {
    const spans = findPhrase(prose, item.phrase)
    // An occurrence limit (max): only the uses past it are reported.
    const reported = item.max === undefined ? spans : spans.slice(item.max)
    for (const span of reported) {
      const found = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ')
      const what =
        item.max === undefined ? 'is banned by' : `is used ${spans.length} times, more than the ${item.max} allowed by`
      context.report({
        ...span,
        message: `"${found}" ${what} your organisation's guidelines${item.message ? `: ${item.message}` : '.'}`,
        actual: found,
        expected: item.max === undefined ? `wording without "${normalisePhrase(item.phrase)}"` : `at most ${item.max}`,
        suggestion: item.message ?? `Reword the sentence without "${found}".`,
        ...(item.severity ? {severity: item.severity} : {})
      })
    }
  }
}
