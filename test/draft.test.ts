/** The draft object (src/document/draft.ts): one per document, each view computed once, shared by the engine and the rules. */
import {describe, expect, it} from 'vitest'
import {Draft, defineView, draftOf} from '../src/document/draft.js'
import {splitDocument} from '../src/document/index.js'
import {lint} from '../src/engine/index.js'
import {textSource} from '../src/input/text.js'
import type {Rule} from '../src/types.js'

const letter =
  'Dear Ms Brown,\n\nYour order 73310 was dispatched today. It will arrive on Friday.\n\nKind regards,\nSophie Turner'

describe('Draft', () => {
  it('is one object per document', () => {
    const doc = splitDocument(textSource(letter, 'a.txt'))
    expect(draftOf(doc)).toBe(draftOf(doc))
    expect(draftOf(doc)).toBeInstanceOf(Draft)
    expect(draftOf(splitDocument(textSource(letter, 'a.txt')))).not.toBe(draftOf(doc))
  })

  it('computes a view once, on first use, and keeps undefined values too', () => {
    const doc = splitDocument(textSource(letter, 'a.txt'))
    let calls = 0
    const words = defineView('words', (draft) => {
      calls++
      return draft.doc.sentences.flatMap((sentence) => sentence.words.map((word) => word.text))
    })
    const nothing = defineView('nothing', () => {
      calls++
      return undefined
    })
    const draft = draftOf(doc)
    expect(calls).toBe(0)
    expect(draft.get(words)).toContain('dispatched')
    expect(draft.get(words)).toBe(draft.get(words))
    expect(draft.get(nothing)).toBeUndefined()
    expect(draft.get(nothing)).toBeUndefined()
    expect(calls).toBe(2)
  })

  it('knows a draft with no body of its own, and one with a body', () => {
    expect(draftOf(splitDocument(textSource(letter, 'a.txt'))).missingBody).toBeUndefined()
    const empty = draftOf(splitDocument(textSource('Dear Ms Brown,\n\nKind regards,\nSophie Turner', 'b.txt')))
    expect(empty.missingBody).toEqual({start: 14, end: 14})
  })

  it('is the same object for every rule of a run, as context.draft', async () => {
    const seen: Draft[] = []
    const probe = (id: string): Rule => ({
      id: `actions/${id}`,
      criterion: 'actions',
      severity: 'warning',
      docs: {summary: 'x', why: 'x', fail: 'x', pass: 'x'},
      check(doc, context) {
        expect(context.draft.doc).toBe(doc)
        seen.push(context.draft)
      }
    })
    await lint(letter, {rules: [probe('one'), probe('two')]})
    expect(seen).toHaveLength(2)
    expect(seen[0]).toBe(seen[1])
  })
})
