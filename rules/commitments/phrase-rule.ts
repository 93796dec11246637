/**
 * The shape most commitments rules share: a list of phrases (and optionally pairs such as a
 * third party followed by a promise about it) found in the body, each reported with the risk
 * it carries and a safer wording. The `complaint-reply` preset raises every finding to an error.
 */

import {append} from '../../src/arrays.js'
import {dataRegExp} from '../../src/text/regexp.js'
import type {CorrDocument, Rule, RuleDocs, Sentence, Severity} from '../../src/types.js'
import {apologises, bodySentences, complaintSignal, matchCase, PhraseMatcher, severityFor} from '../tone/text.js'

/** One phrase with its risk and a safer wording. */
export interface CommitmentEntry {
  phrase: string
  /** Completes "… <why>": what the organisation risks by writing it. */
  why: string
  /** A safer wording. */
  instead: string
  /** Not reported in a sentence that apologises ("I am sorry our driver was rude to you"). */
  unlessApology?: boolean
  /** An entry that is always an error, whatever the rule's severity (telling a customer to go to court). */
  error?: boolean
}

/** A list as stored beside a rule. */
export interface CommitmentList {
  phrases: CommitmentEntry[]
  /** A `who` phrase followed, within `within` words of the same sentence, by a `then` phrase. */
  pairs?: {who: string[]; then: CommitmentEntry[]; within: number}
  /** A phrase pattern for a time ("tomorrow", "by Friday"): a promise followed by one is an error. */
  when?: string
  /** Regular expressions (literal text, no nested quantifiers) for what is not words, e.g. `100%`. */
  patterns?: Array<{pattern: string; why: string; instead: string}>
}

interface Found {
  entry: CommitmentEntry
  start: number
  end: number
}

export interface CommitmentRuleOptions {
  id: string
  severity: Severity
  docs: RuleDocs
  list: CommitmentList
  /** Also raise findings to errors when the draft answers a complaint (detected, not only by preset). */
  strictInComplaints?: boolean
  /** Two findings of the rule in one sentence ("I guarantee it 100%") are errors: doubly unconditional. */
  stackedError?: boolean
}

/** Build a commitments rule from its list. */
export function commitmentRule({
  id,
  severity,
  docs,
  list,
  strictInComplaints,
  stackedError
}: CommitmentRuleOptions): Rule {
  const when = list.when ? new PhraseMatcher([{phrase: list.when}]) : undefined
  const phrases = new PhraseMatcher(list.phrases)
  const who = list.pairs ? new PhraseMatcher(list.pairs.who.map((phrase) => ({phrase}))) : undefined
  const then = list.pairs ? new PhraseMatcher(list.pairs.then) : undefined
  const patterns = (list.patterns ?? []).map((entry) => ({
    entry: {...entry, phrase: entry.pattern},
    regex: dataRegExp(entry.pattern, 'gi')
  }))
  return {
    id,
    criterion: 'commitments',
    severity,
    docs,
    check(doc, context) {
      const strict =
        context.settings.preset === 'complaint-reply' ||
        (strictInComplaints === true && complaintSignal(doc, context.settings.preset) !== undefined)
      const raised = strict && severity === 'warning' ? severityFor(context, id, 'error') : undefined
      for (const sentence of bodySentences(doc)) {
        const found: Found[] = phrases.find(sentence, doc.prose).map(({entry, start, end}) => ({entry, start, end}))
        if (who && then && list.pairs) append(found, pairsIn(doc, sentence, who, then, list.pairs.within))
        for (const {entry, regex} of patterns) {
          for (const hit of doc.prose.slice(sentence.start, sentence.end).matchAll(regex)) {
            const start = sentence.start + hit.index
            found.push({entry, start, end: start + hit[0].length})
          }
        }
        found.sort((a, b) => a.start - b.start)
        const sorry = found.some((match) => match.entry.unlessApology) && apologises(sentence)
        const kept: Found[] = []
        let last = -1
        for (const match of found) {
          if (match.start < last || (sorry && match.entry.unlessApology)) continue
          last = match.end
          kept.push(match)
        }
        const times = when && kept.length > 0 ? when.find(sentence, doc.prose) : []
        for (const match of kept) {
          // A dated promise ("will deliver it tomorrow") or one stated twice over is an error.
          const dated = times.some((time) => time.start >= match.end)
          const error = dated || match.entry.error === true || (stackedError === true && kept.length > 1)
          const actual = doc.text.slice(match.start, match.end)
          const instead = matchCase(match.entry.instead, actual)
          context.report({
            start: match.start,
            end: match.end,
            severity: error && severity === 'warning' ? severityFor(context, id, 'error') : raised,
            message: `"${shorten(actual)}" ${match.entry.why}.`,
            actual,
            expected: instead,
            suggestion: `Write something like "${instead}" instead.`
          })
        }
      }
    }
  }
}

function pairsIn(
  doc: CorrDocument,
  sentence: Sentence,
  who: PhraseMatcher<{phrase: string}>,
  then: PhraseMatcher<CommitmentEntry>,
  within: number
): Found[] {
  const triggers = then.find(sentence, doc.prose)
  const pairs: Found[] = []
  for (const party of who.find(sentence, doc.prose)) {
    const partyEnd = party.index + party.words
    const trigger = triggers.find((match) => match.index >= partyEnd && match.index - partyEnd <= within)
    if (trigger) pairs.push({entry: trigger.entry, start: party.start, end: trigger.end})
  }
  return pairs
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat
}
