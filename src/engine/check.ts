/**
 * The check stage: run the rules of every enabled criterion over a split draft and collect their
 * raw findings (offsets into `doc.text`), and every confidential value any masking rule finds.
 * Pure: the word lists and the settings come in as arguments; nothing is read or written.
 */

import {draftOf} from '../document/draft.js'
import type {
  CorrDocument,
  CriterionId,
  RawFinding,
  ReviewedFinding,
  Rule,
  RuleContext,
  Settings,
  Severity,
  WordLists
} from '../types.js'
import type {SecretSpan} from './masking.js'
import {addTime, timing} from './timing.js'

/** A rule the settings leave on, with its severity and options resolved. */
export interface ActiveRule {
  rule: Rule
  severity: Severity
  options: Record<string, unknown>
}

/** One finding as a rule reported it, with the severity it gets. */
export interface CheckedFinding {
  rule: Rule
  severity: Severity
  finding: RawFinding
}

/** What the check stage hands to the decide stage. */
export interface Checked {
  active: ActiveRule[]
  raw: CheckedFinding[]
  /** Values to mask in `doc.text`, from every masking rule, whatever the verdict settings. */
  masked: SecretSpan[]
  /** Values to mask in the original file (HTML attributes, .eml headers) that `doc.text` does not hold. */
  inOriginal: SecretSpan[]
}

/** The rules prepared per word-list provider (a rule loads its lists once per provider and thread). */
const prepared = new WeakMap<WordLists, WeakSet<Rule>>()

/** The rules that run under `settings`: their criterion on, not switched off, applying. */
export function activeRules(rules: readonly Rule[], settings: Settings): ActiveRule[] {
  const active: ActiveRule[] = []
  for (const rule of rules) {
    if (settings.criteria[rule.criterion] === false) continue
    if (rule.appliesTo && !rule.appliesTo(settings)) continue
    const configured = settings.rules[rule.id]
    const severity = configured?.severity ?? rule.severity
    if (severity === 'off') continue
    active.push({rule, severity, options: {...rule.defaults, ...configured?.options}})
  }
  return active
}

/** Run the active rules over `doc`. */
export async function checkDocument(
  doc: CorrDocument,
  settings: Settings,
  rules: readonly Rule[],
  wordLists: WordLists
): Promise<Checked> {
  const timed = timing()
  let started = timed ? performance.now() : 0
  const lap = (key: string) => {
    const now = performance.now()
    addTime(key, now - started)
    started = now
  }
  const active = activeRules(rules, settings)
  let ready = prepared.get(wordLists)
  if (!ready) prepared.set(wordLists, (ready = new WeakSet()))
  for (const {rule} of active) {
    if (rule.prepare && !ready.has(rule)) {
      await rule.prepare(settings, wordLists)
      ready.add(rule)
      if (timed) lap(rule.id)
    }
  }
  const raw: CheckedFinding[] = []
  const draft = draftOf(doc)
  for (const {rule, severity, options} of active) {
    const context: RuleContext = {
      options,
      settings,
      wordLists,
      draft,
      report(finding) {
        raw.push({rule, severity: finding.severity ?? severity, finding})
      }
    }
    const pending = rule.check(doc, context)
    // Most rules are synchronous; a rule backed by an asynchronous library (a secret scanner) returns a promise.
    if (pending) await pending
    if (rule.review) rule.review(reviewed(doc, settings, raw), doc, context)
    if (timed) lap(rule.id)
  }
  const masked = await maskSpans(doc, settings, rules)
  // The original file of an HTML, Markdown or .eml draft holds text the rules never see (an
  // attribute, a link's URL, a header): the detectors run over it too, for masking only.
  const source = doc.source
  const inOriginal =
    source.original === doc.text
      ? []
      : await maskSpans({...doc, text: source.original, prose: source.original}, settings, rules)
  if (timed) lap('(find confidential values to mask)')
  return {active, raw, masked, inOriginal}
}

/**
 * Every confidential value of the draft that must be masked, from every rule that masks, whatever
 * the verdict settings: a criterion or a rule switched off is not reported, but what it finds is
 * still never shown (issue #22). Spans index `doc.text`.
 */
async function maskSpans(doc: CorrDocument, settings: Settings, rules: readonly Rule[]): Promise<SecretSpan[]> {
  const spans: SecretSpan[] = []
  for (const rule of rules) {
    if (!rule.mask) continue
    const options = {...rule.defaults, ...settings.rules[rule.id]?.options}
    for (const span of await rule.mask(doc, options))
      spans.push({start: span.start, end: span.end, masked: span.masked})
  }
  return spans
}

/** The findings so far as a reviewing rule sees them: kept ones only, with their severities. */
function reviewed(doc: CorrDocument, settings: Settings, raw: readonly CheckedFinding[]): ReviewedFinding[] {
  const kept: ReviewedFinding[] = []
  for (const {rule, severity, finding} of raw) {
    if (!isSuppressed(doc, settings, rule, finding))
      kept.push({ruleId: rule.id, criterion: rule.criterion, severity, finding})
  }
  return kept
}

/** A finding is dropped when an inline directive disables it or the config accepts its text. */
export function isSuppressed(doc: CorrDocument, settings: Settings, rule: Rule, finding: RawFinding): boolean {
  const covered = doc.text.slice(finding.start, finding.end).toLowerCase()
  if (settings.accept.some((item) => item.rule === rule.id && item.text.toLowerCase() === covered)) return true
  const directives = doc.source.directives
  if (!directives || directives.length === 0) return false
  let disabled = false
  for (const directive of [...directives].sort((a, b) => a.start - b.start)) {
    if (directive.start > finding.start) break
    const matches =
      directive.rules.length === 0 || directive.rules.includes(rule.id) || directive.rules.includes(rule.criterion)
    if (matches) disabled = directive.kind === 'disable'
  }
  return disabled
}

/** The criteria that have at least one active rule. */
export function criteriaRun(active: readonly ActiveRule[]): Set<CriterionId> {
  return new Set(active.map(({rule}) => rule.criterion))
}
