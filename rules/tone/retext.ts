/**
 * Runs retext-profanities and retext-equality once per document over the writer's prose
 * (`doc.tree`: quotes, headers and signatures are blanked), and keeps their messages with offsets.
 */
import retextEquality from 'retext-equality'
import retextProfanities from 'retext-profanities'
import {VFile} from 'vfile'
import {defineView, draftOf} from '../../src/document/draft.js'
import type {CorrDocument} from '../../src/types.js'
import allow from './retext-allow.json' with {type: 'json'}

/** A message of a retext plugin, with offsets into `doc.text`. */
export interface RetextMessage {
  source: 'retext-profanities' | 'retext-equality'
  ruleId: string
  reason: string
  start: number
  end: number
  actual: string
  expected: string[]
  /** retext-profanities: 0 (profane in some cases), 1 (may be profane), 2 (profane). */
  profanitySeverity?: number
}

type Transformer = (tree: CorrDocument['tree'], file: VFile) => void

const profanities = (retextProfanities as unknown as (options: object) => Transformer)({
  sureness: 1,
  ignore: allow.profanities
})
const equality = (retextEquality as unknown as (options: object) => Transformer)({binary: true})
const ignoredEquality = new Set(allow.equality)

/** The messages of both plugins for a draft (a view of the draft, src/document/draft.ts). */
export const retextView = defineView<RetextMessage[]>('retext messages', ({doc}) => {
  const file = new VFile({value: doc.prose})
  profanities(doc.tree, file)
  equality(doc.tree, file)
  const messages: RetextMessage[] = []
  for (const message of file.messages) {
    const place = message.place
    const start = place && 'start' in place ? place.start.offset : place?.offset
    const end = place && 'end' in place ? place.end.offset : undefined
    if (start === undefined || end === undefined) continue
    if (message.source === 'retext-equality' && ignoredEquality.has(message.ruleId ?? '')) continue
    const extra = message as unknown as {profanitySeverity?: number}
    messages.push({
      source: message.source === 'retext-equality' ? 'retext-equality' : 'retext-profanities',
      ruleId: message.ruleId ?? '',
      reason: message.reason,
      start,
      end,
      actual: message.actual ?? doc.text.slice(start, end),
      expected: message.expected ?? [],
      profanitySeverity: extra.profanitySeverity
    })
  }
  return messages
})

/** The messages of both plugins for `doc`, computed once per draft. */
export function retextMessages(doc: CorrDocument): RetextMessage[] {
  return draftOf(doc).get(retextView)
}
