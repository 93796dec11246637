/**
 * Helpers shared by the tone and commitments rules: a phrase matcher over the words of the
 * writer's sentences (index built once per list, per process), the body sentences, complaint
 * detection and the severity a finding should carry under the preset.
 */
import type {CorrDocument, RuleContext, Sentence, Severity, Word} from '../../src/types.js'
import {fills, normalisedWords} from '../../src/text/words.js'
import signals from './complaint.json' with {type: 'json'}

/** Lower case, curly apostrophes and primes straight: how words and phrases are compared. */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
}

/** A phrase found in a sentence. */
export interface PhraseMatch<Entry> {
  entry: Entry
  /** Index of the first matched word in `sentence.words`. */
  index: number
  start: number
  end: number
  sentence: Sentence
}

/**
 * Finds phrases (sequences of words) in sentences. The index maps a first word to the phrases
 * starting with it, longest first, so a match costs a few comparisons per word. Words of a phrase
 * may be separated by white space only (a comma or full stop in between breaks it), except where
 * the phrase itself has a comma (`legally, you must`).
 */
export class PhraseMatcher<Entry extends {phrase: string}> {
  private readonly index = new Map<string, Array<{tokens: string[]; commas: boolean[]; entry: Entry}>>()

  constructor(entries: readonly Entry[]) {
    for (const entry of entries) {
      const raw = normalise(entry.phrase).trim().split(/\s+/)
      const tokens = raw.map((token) => token.replace(/,$/, ''))
      const commas = raw.map((token) => token.endsWith(','))
      const list = this.index.get(tokens[0]) ?? []
      list.push({tokens, commas, entry})
      this.index.set(tokens[0], list)
    }
    for (const list of this.index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
  }

  /** Every non-overlapping match in `sentence`, left to right; `text` is `doc.prose`. */
  find(sentence: Sentence, text: string): ReadonlyArray<PhraseMatch<Entry>> {
    let found: Array<PhraseMatch<Entry>> | undefined
    const words = sentence.words
    const normal = normalisedWords(sentence, normalise)
    for (let index = 0; index < words.length; index++) {
      const candidates = this.index.get(normal[index])
      if (!candidates) continue
      let hit: (typeof candidates)[number] | undefined
      for (const candidate of candidates) {
        if (matchesAt(words, normal, index, candidate.tokens, candidate.commas, text)) {
          hit = candidate
          break
        }
      }
      if (!hit) continue
      const last = words[index + hit.tokens.length - 1]
      ;(found ??= []).push({entry: hit.entry, index, start: words[index].start, end: last.end, sentence})
      index += hit.tokens.length - 1
    }
    return found ?? NO_MATCHES
  }

  /** Every match in a list of sentences. */
  findAll(sentences: readonly Sentence[], text: string): Array<PhraseMatch<Entry>> {
    const found: Array<PhraseMatch<Entry>> = []
    for (const sentence of sentences) for (const match of this.find(sentence, text)) found.push(match)
    return found
  }
}

/** What `find` returns for most sentences: one shared empty list, not a new one each time. */
const NO_MATCHES: readonly never[] = Object.freeze([])

/** White space, or a comma then white space, filling the gap between two words (sticky: no copies). */
const SPACE = /\s+/y
const COMMA_SPACE = /,\s+/y

function matchesAt(words: readonly Word[], normal: readonly string[], index: number, tokens: readonly string[], commas: readonly boolean[], text: string): boolean {
  if (index + tokens.length > words.length) return false
  for (let offset = 1; offset < tokens.length; offset++) {
    const word = words[index + offset]
    if (normal[index + offset] !== tokens[offset]) return false
    if (!fills(commas[offset - 1] ? COMMA_SPACE : SPACE, text, words[index + offset - 1].end, word.start)) return false
  }
  return true
}

const bodyCache = new WeakMap<CorrDocument, Sentence[]>()

/** The sentences of the body (not the salutation, close or signature), computed once per document. */
export function bodySentences(doc: CorrDocument): Sentence[] {
  let body = bodyCache.get(doc)
  if (!body) bodyCache.set(doc, (body = doc.sentences.filter((sentence) => sentence.paragraph !== -1)))
  return body
}

/** The text of a span of `doc.text`, on one line, at most `max` characters. */
export function quote(doc: CorrDocument, start: number, end: number, max = 60): string {
  const flat = doc.text.slice(start, end).replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Keep the capital of the text being replaced: `you must` → `please`, `You must` → `Please`. */
export function matchCase(replacement: string, original: string): string {
  if (replacement === '' || !/^\p{Lu}/u.test(original)) return replacement
  return replacement[0].toUpperCase() + replacement.slice(1)
}

/**
 * The severity a finding should carry: `natural` unless the user (or a resolved preset)
 * configured the rule's severity, in which case the engine's configured severity applies.
 */
export function severityFor(context: RuleContext<unknown>, ruleId: string, natural: Severity): Severity | undefined {
  return context.settings.rules[ruleId]?.severity === undefined ? natural : undefined
}

/** Why a draft reads as a reply to a complaint or a problem, or undefined when it does not. */
export interface ComplaintSignal {
  where: 'preset' | 'subject' | 'quoted message' | 'body'
  word: string
}

const complaintCache = new WeakMap<CorrDocument, ComplaintSignal | null>()
const strong = new RegExp(`(?<![\\p{L}])(?:${signals.subject.map(escape).join('|')})(?![\\p{L}])`, 'iu')
const quoted = new RegExp(`(?<![\\p{L}])(?:${[...signals.subject, ...signals.quote].map(escape).join('|')})(?![\\p{L}])`, 'iu')
const bodyMatcher = new PhraseMatcher(signals.body.map((phrase) => ({phrase})))

/** The patterns built from complaint.json (exported so tests can check them for backtracking). */
export const complaintPatterns: readonly RegExp[] = [strong, quoted]

/**
 * Whether the draft answers a complaint or a problem: the `complaint-reply` preset; a problem word
 * in the subject (header or letter heading); a problem word in the quoted earlier message; or the
 * writer naming the complaint in the body (`your complaint`).
 */
export function complaintSignal(doc: CorrDocument, preset: string): ComplaintSignal | undefined {
  if (preset === 'complaint-reply') return {where: 'preset', word: 'complaint-reply'}
  let signal = complaintCache.get(doc)
  if (signal === undefined) {
    signal = detect(doc) ?? null
    complaintCache.set(doc, signal)
  }
  return signal ?? undefined
}

function detect(doc: CorrDocument): ComplaintSignal | undefined {
  // A forward to a colleague is not a reply to the customer.
  if (/^\s*(fw|fwd)\s*:/i.test(doc.headers.subject?.value ?? '')) return undefined
  const subjects = [doc.headers.subject?.value, doc.opening.subjectLine && doc.text.slice(doc.opening.subjectLine.start, doc.opening.subjectLine.end)]
  for (const subject of subjects) {
    const hit = subject ? strong.exec(normalise(subject)) : null
    if (hit) return {where: 'subject', word: hit[0]}
  }
  for (const part of doc.setAside) {
    if (part.kind !== 'quote') continue
    const hit = quoted.exec(normalise(doc.text.slice(part.start, part.end)))
    if (hit) return {where: 'quoted message', word: hit[0]}
  }
  const hit = bodyMatcher.findAll(bodySentences(doc), doc.prose)[0]
  return hit ? {where: 'body', word: hit.entry.phrase} : undefined
}

function escape(text: string): string {
  return normalise(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
}

/** Whether a sentence mentions a problem word (complaint.json), e.g. to tell thanks for a report. */
export function mentionsProblem(doc: CorrDocument, start: number, end: number): boolean {
  return strong.test(normalise(doc.prose.slice(start, end)))
}
