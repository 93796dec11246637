import {normalWords} from '../../src/text/words.js'
import type {Rule, Word} from '../../src/types.js'
import {activeRewrite, pastOrEllipsis, subjectForm} from './active-rewrite.js'
import data from './passive-voice.json' with {type: 'json'}
import {bodySentences, spanText} from './text.js'

/** Options of clarity/passive-voice. */
export interface PassiveOptions {
  /** Passives without a named doer: `always` reported, `frequent` only when they pile up, or `never`. */
  agentless: 'always' | 'frequent' | 'never'
  /** `frequent`: at least this many agentless passives … */
  frequentCount: number
  /** … in more than this share of the body's sentences. */
  frequentShare: number
}

const BE = new Set(data.be)
const AUXILIARIES = new Set(data.auxiliaries)
const IRREGULAR = new Set(data.participles)
const ADJECTIVAL = new Set(data.adjectival)
const SKIP = new Set(data.skip)
const AGENT_STOPS = new Set([...data.clauseWords, ...data.agentStops])
const DETERMINERS = new Set(data.agentDeterminers)
const NOT_AGENTS = new Set(data.notAgents)
const TIME_NAMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|noon|midnight)$/i

/** clarity/passive-voice: active voice, above all when the doer is named. */
export const passiveVoice: Rule<PassiveOptions> = {
  id: 'clarity/passive-voice',
  criterion: 'clarity',
  severity: 'warning',
  docs: {
    summary: 'Active voice: "the courier damaged your parcel", not "your parcel was damaged by the courier".',
    why: 'The active voice says who did what, in the order the customer thinks it. A passive with the doer tucked at the end is longer and harder to follow; a pile of passives without a doer ("mistakes were made", "your case has been closed") sounds evasive.',
    fail: 'Dear Mr Grant,\n\nThank you for your email. Your parcel was damaged by the courier, and we have sent a new one today.\n\nKind regards,\nLily Shaw',
    pass: 'Dear Mr Grant,\n\nThank you for your email. The courier damaged your parcel, so we have sent a new one today. Your order has been dispatched by tracked delivery.\n\nKind regards,\nLily Shaw',
    details:
      'Finds a form of "be" (is, was, has been, will be …), up to two adverbs ("not", "already", "now" …), then a past participle: an irregular one from retext-passive\'s list, or any word ending in -ed. Participles used as adjectives ("I am pleased", "your invoice is attached", "you are entitled") and "please be advised" are not reported. ' +
      'With a named doer ("by the courier", "by us", "by Northern Rail") it is a warning, with the active rewrite when the tense allows ("was damaged by the courier" → "the courier damaged your parcel"). "By" followed by a time or a means ("by Friday", "by email", "by tracked delivery") is not a doer. ' +
      'Passives without a doer are normal in customer service ("your order has been dispatched"): with `agentless: "frequent"` (the default) they are reported only when there are at least `frequentCount` (4) of them in more than `frequentShare` (40%) of the body\'s sentences; `always` reports each one, `never` none. Never an error.'
  },
  schema: {
    type: 'object',
    properties: {
      agentless: {enum: ['always', 'frequent', 'never']},
      frequentCount: {type: 'integer', minimum: 1},
      frequentShare: {type: 'number', minimum: 0, maximum: 1}
    },
    additionalProperties: false
  },
  defaults: {agentless: 'frequent', frequentCount: 4, frequentShare: 0.4},
  check(doc, context) {
    const {agentless = 'frequent', frequentCount = 4, frequentShare = 0.4} = context.options
    const sentences = bodySentences(doc)
    const withoutDoer: Array<{start: number; end: number; phrase: string}> = []
    for (const sentence of sentences) {
      const words = sentence.words
      const normal = normalWords(sentence)
      for (let index = 0; index < words.length; index++) {
        const found = passiveAt(words, normal, index, doc.prose)
        if (!found) continue
        const chainStart = auxiliaryStart(normal, index)
        const agent = agentAfter(words, normal, found.participle + 1, doc.prose)
        const start = words[chainStart].start
        if (agent) {
          const end = agent.at(-1)!.end
          const phrase = spanText(doc, start, end)
          const rewrite = activeRewrite(words, chainStart, index, found.participle, agent, doc.prose)
          context.report({
            start,
            end,
            message: `Passive voice: "${phrase}" puts the doer last.`,
            actual: phrase,
            expected: rewrite ?? `${subjectForm(agent)} … (active voice)`,
            suggestion: `Put the doer first: "${rewrite ?? `${subjectForm(agent)} ${pastOrEllipsis(words, chainStart, found.participle)}`}".`
          })
        } else {
          withoutDoer.push({
            start,
            end: words[found.participle].end,
            phrase: spanText(doc, start, words[found.participle].end)
          })
        }
        index = found.participle
      }
    }
    const frequent = withoutDoer.length >= frequentCount && withoutDoer.length > frequentShare * sentences.length
    if (agentless === 'never' || (agentless === 'frequent' && !frequent)) return
    for (const item of withoutDoer) {
      context.report({
        start: item.start,
        end: item.end,
        message: `Passive voice: "${item.phrase}" does not say who did it (${withoutDoer.length} passives in ${sentences.length} sentences).`,
        actual: item.phrase,
        expected: 'the active voice, saying who acts',
        suggestion: `Say who acts, e.g. "we …", where it matters to the customer.`,
        // clarity/density does not count these: one habit, not many faults.
        data: {agentless: true}
      })
    }
  }
}

/**
 * A passive verb starting at `index` (a form of "be"): the index of its participle. `normal`: the
 * sentence's words under normaliseWord (normalWords), position for position.
 */
function passiveAt(
  words: readonly Word[],
  normal: readonly string[],
  index: number,
  prose: string
): {participle: number} | undefined {
  const be = normal[index]
  if (!BE.has(be)) return undefined
  if (be === 'be' && index > 0 && normal[index - 1] === 'please') return undefined
  let at = index + 1
  for (let skipped = 0; at < words.length && skipped < 2 && SKIP.has(normal[at]); skipped++) at++
  const word = words[at]
  if (!word || !/^\s+$/.test(prose.slice(words[at - 1].end, word.start))) return undefined
  const candidate = normal[at]
  if (ADJECTIVAL.has(candidate)) return undefined
  const participle = IRREGULAR.has(candidate) || (/^[a-z]{3,}ed$/.test(candidate) && !candidate.endsWith('eed'))
  return participle ? {participle: at} : undefined
}

function auxiliaryStart(normal: readonly string[], index: number): number {
  let start = index
  while (start > 0 && AUXILIARIES.has(normal[start - 1])) start--
  return start
}

/** The doer after "by": a pronoun, a determiner and a noun, or a name — not a time or a means. */
function agentAfter(words: readonly Word[], normal: readonly string[], at: number, prose: string): Word[] | undefined {
  if (normal[at] !== 'by' || !/^\s+$/.test(prose.slice(words[at - 1].end, words[at].start))) return undefined
  const first = words[at + 1]
  if (!first || !/^\s+$/.test(prose.slice(words[at].end, first.start))) return undefined
  const lower = normal[at + 1]
  const isPronoun = lower in data.subjectPronouns && lower !== 'her'
  const isName = /^\p{Lu}/u.test(first.text) && !TIME_NAMES.test(first.text) && !DETERMINERS.has(lower)
  const second = normal[at + 2] ?? ''
  const isDetermined = DETERMINERS.has(lower) && second !== '' && !NOT_AGENTS.has(second) && !/\d/.test(second)
  if (!isPronoun && !isName && !isDetermined) return undefined
  const agent = [first]
  if (isPronoun) return agent
  for (let next = at + 2; next < words.length && agent.length < 6; next++) {
    if (AGENT_STOPS.has(normal[next]) || !/^\s+$/.test(prose.slice(words[next - 1].end, words[next].start))) break
    agent.push(words[next])
  }
  return agent
}
