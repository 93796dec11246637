import {compileUserPattern, loadUserPatternEngine} from '../../src/text/user-pattern.js'
import type {CorrDocument, CriterionId, Rule, RuleContext, Span} from '../../src/types.js'
import {entriesFor, findPhrase, normalisePhrase, preparePhrases, sentTextOf} from './match.js'

/** Where a missing required wording lands when its entry names no criterion. */
export const REQUIRED_CRITERION: CriterionId = 'completeness'

const SENTENCE = 'If you are not happy with this reply, you can ask our complaints team to review it.'

/** `<criterion>/guideline-required`: wording the guidelines require (a phrase or a pattern) is missing. */
export function requiredRule(criterion: CriterionId): Rule {
  const entry =
    criterion === REQUIRED_CRITERION
      ? {phrase: SENTENCE, message: 'Tell the customer how to escalate.'}
      : {phrase: SENTENCE, message: 'Tell the customer how to escalate.', criterion}
  return {
    id: `${criterion}/guideline-required`,
    criterion,
    severity: 'error',
    docs: {
      summary: `Wording your organisation's guidelines require (guidelines.required${criterion === REQUIRED_CRITERION ? '' : `, criterion: ${criterion}`}) is missing from the draft.`,
      why: "Some sentences must be in every reply — how to escalate a complaint, a regulator's name, a data-protection notice; leaving one out can breach the rules the organisation works under.",
      fail: 'Dear Mrs Patel,\n\nThank you for your complaint about order 48213. Your refund of £4.99 will reach your card by Friday 27 November.\n\nKind regards,\nSam Okafor',
      pass: `Dear Mrs Patel,\n\nThank you for your complaint about order 48213. Your refund of £4.99 will reach your card by Friday 27 November.\n\n${SENTENCE}\n\nKind regards,\nSam Okafor`,
      details: `Each entry of guidelines.required is {phrase or pattern, message?, criterion?, severity?}. A phrase is a phrase pattern, as in guidelines.banned (whole words in any case, across line breaks); a pattern is a regular expression in RE2 syntax (no lookaround or backreferences), matched without regard to case in time linear in the draft's length, whatever the pattern. The whole message the writer sends counts, signature and footer included, but not quoted or forwarded text or headers. The finding is placed on the last body paragraph (or the start of the draft) and lands under the entry's criterion (${REQUIRED_CRITERION} when none is given).`,
      settings: {guidelines: {required: [entry]}}
    },
    appliesTo: (settings) => entriesFor(settings.guidelines?.required, criterion, REQUIRED_CRITERION).length > 0,
    check(doc, context) {
      // The pattern engine loads on the first draft whose guidelines have a pattern (a rule's
      // prepare() runs once per thread, whatever the settings).
      const items = context.settings.guidelines?.required ?? []
      const loading = [
        items.some((item) => item.pattern) ? loadUserPatternEngine() : undefined,
        preparePhrases(items.flatMap((item) => (item.phrase ? [item.phrase] : [])))
      ].filter((promise) => promise !== undefined)
      if (loading.length > 0) return Promise.all(loading).then(() => checkRequired(doc, context))
      checkRequired(doc, context)
    }
  }

  function checkRequired(doc: CorrDocument, context: RuleContext): void {
    const text = sentTextOf(doc)
    for (const item of entriesFor(context.settings.guidelines?.required, criterion, REQUIRED_CRITERION)) {
      if (present(text, item)) continue
      const wording = item.phrase ? `"${normalisePhrase(item.phrase)}"` : `text matching /${item.pattern ?? ''}/`
      context.report({
        ...placeOf(doc),
        message: `Your organisation's guidelines require ${wording}, and the draft does not have it${item.message ? `: ${item.message}` : '.'}`,
        expected: item.phrase ? normalisePhrase(item.phrase) : `text matching /${item.pattern ?? ''}/`,
        suggestion: item.phrase
          ? `Add "${normalisePhrase(item.phrase)}".`
          : (item.message ?? 'Add the required wording.'),
        ...(item.severity ? {severity: item.severity} : {})
      })
    }
  }
}

function present(text: string, item: {phrase?: string; pattern?: string}): boolean {
  if (item.phrase && findPhrase(text, item.phrase).length > 0) return true
  if (item.pattern) {
    // Linear-time (RE2): a pattern from the config cannot hang the run, whatever its shape.
    if (compileUserPattern(item.pattern).test(text)) return true
  }
  return false
}

/** The last body paragraph, else the first line of the draft. */
function placeOf(doc: CorrDocument): Span {
  const last = doc.body.paragraphs[doc.body.paragraphs.length - 1]
  if (last) return {start: last.start, end: last.end}
  const end = doc.text.indexOf('\n')
  return {start: 0, end: end === -1 ? doc.text.length : end}
}
