import type {CorrDocument, CriterionId, Rule, RuleContext} from '../../src/types.js'
import {entriesFor, findPhrase, matchCase, preparePhrases, proseOf} from './match.js'

/** Where a preferred-wording finding lands when its entry names no criterion. */
export const PREFER_CRITERION: CriterionId = 'tone'

/** `<criterion>/guideline-prefer`: the draft uses a word the guidelines replace with another. */
export function preferRule(criterion: CriterionId): Rule {
  const entry =
    criterion === PREFER_CRITERION
      ? {use: 'refund', instead: ['reimbursement']}
      : {use: 'refund', instead: ['reimbursement'], criterion}
  return {
    id: `${criterion}/guideline-prefer`,
    criterion,
    severity: 'warning',
    docs: {
      summary: `The draft uses wording your organisation's guidelines replace with a preferred word (guidelines.prefer${criterion === PREFER_CRITERION ? '' : `, criterion: ${criterion}`}).`,
      why: 'Customers meet the same words on the website, in letters and on the phone; one word for one thing keeps every message consistent and easy to follow.',
      fail: 'Dear Mrs Patel,\n\nYour reimbursement of £4.99 for order 48213 will reach your card by Friday 27 November.\n\nKind regards,\nSam Okafor',
      pass: 'Dear Mrs Patel,\n\nYour refund of £4.99 for order 48213 will reach your card by Friday 27 November.\n\nKind regards,\nSam Okafor',
      details: `Each entry of guidelines.prefer is {use, instead: [...], criterion?, severity?}. Every "instead" phrase found (a phrase pattern, as in guidelines.banned: whole words, any case, writer's prose only) is reported with "use" as the replacement, capitalised like the text it replaces. Findings land under the entry's criterion (${PREFER_CRITERION} when none is given), as warnings unless the entry sets a severity.`,
      settings: {guidelines: {prefer: [entry]}}
    },
    appliesTo: (settings) => entriesFor(settings.guidelines?.prefer, criterion, PREFER_CRITERION).length > 0,
    check(doc, context) {
      const items = entriesFor(context.settings.guidelines?.prefer, criterion, PREFER_CRITERION)
      const loading = preparePhrases(items.flatMap((item) => item.instead))
      if (loading) return loading.then(() => checkPrefer(doc, context, items))
      checkPrefer(doc, context, items)
    }
  }
}

type Prefer = NonNullable<import('../../src/types.js').Guidelines['prefer']>[number]

function checkPrefer(doc: CorrDocument, context: RuleContext, items: readonly Prefer[]): void {
  const prose = proseOf(doc)
  for (const item of items) {
    for (const phrase of item.instead) {
      for (const span of findPhrase(prose, phrase)) {
        const found = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ')
        const replacement = matchCase(item.use, found)
        context.report({
          ...span,
          message: `Use "${item.use}" instead of "${found}" (organisation guidelines).`,
          actual: found,
          expected: item.use,
          suggestion: `Replace "${found}" with "${replacement}".`,
          ...(item.severity ? {severity: item.severity} : {})
        })
      }
    }
  }
}
