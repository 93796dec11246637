/** The active rewrite of a passive with a named doer, for clarity/passive-voice. */
import type {Word} from '../../src/types.js'
import data from './passive-voice.json' with {type: 'json'}
import {normaliseWord} from './text.js'

const PAST: Record<string, string> = data.pastOf
const CLAUSE_WORDS = new Set(data.clauseWords)
const SUBJECT_PRONOUNS: Record<string, string> = data.subjectPronouns
const OBJECT_PRONOUNS: Record<string, string> = data.objectPronouns
const LOWER_FIRST = new Set(data.lowerFirst)

/** "Your parcel was damaged by the courier" → "the courier damaged your parcel", when the tense allows. */
export function activeRewrite(
  words: readonly Word[],
  chainStart: number,
  be: number,
  participle: number,
  agent: Word[],
  prose: string
): string | undefined {
  let clause = chainStart
  while (
    clause > 0 &&
    chainStart - clause < 7 &&
    !CLAUSE_WORDS.has(normaliseWord(words[clause - 1].text)) &&
    /^\s+$/.test(prose.slice(words[clause - 1].end, words[clause].start))
  )
    clause--
  const subject = words.slice(clause, chainStart)
  if (subject.length === 0 || subject.length > 6 || participle !== be + 1) return undefined
  const chain = words
    .slice(chainStart, be + 1)
    .map((word) => normaliseWord(word.text))
    .join(' ')
  const verb = normaliseWord(words[participle].text)
  const doer = subjectForm(agent)
  const plural = ['we', 'they', 'you', 'I'].includes(doer)
  let active: string
  if (chain === 'was' || chain === 'were') active = PAST[verb] ?? verb
  else if (chain === 'has been' || chain === 'have been') active = `${plural ? 'have' : 'has'} ${verb}`
  else if (chain === 'had been') active = `had ${verb}`
  else return undefined
  return `${doer} ${active} ${objectForm(subject)}`
}

export function subjectForm(agent: Word[]): string {
  const text = agent.map((word) => word.text).join(' ')
  return agent.length === 1 ? (SUBJECT_PRONOUNS[normaliseWord(text)] ?? text) : text
}

function objectForm(subject: Word[]): string {
  const words = subject.map((word) => word.text)
  const lower = normaliseWord(words[0])
  if (words.length === 1 && lower in OBJECT_PRONOUNS) return OBJECT_PRONOUNS[lower]
  if (LOWER_FIRST.has(lower)) words[0] = lower
  return words.join(' ')
}

/** "was received by our department" → "received …"; other tenses → "…" (the verb form is the writer's call). */
export function pastOrEllipsis(words: readonly Word[], chainStart: number, participle: number): string {
  const chain = words.slice(chainStart, participle).map((word) => normaliseWord(word.text))
  if (chain.length !== 1 || (chain[0] !== 'was' && chain[0] !== 'were')) return '…'
  const verb = normaliseWord(words[participle].text)
  return `${PAST[verb] ?? verb} …`
}
