/** The draft object (src/document/draft.ts): one per document, each view computed once, shared by the engine and the rules. */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {proseOf, proseTextView, sentTextOf, sentTextView} from '../rules/guidelines/match.js'
import {inUrl, writerSentences} from '../rules/spelling/proof-text.js'
import {dictionaryWordsView, scanWords} from '../rules/spelling/words.js'
import {retextMessages, retextView} from '../rules/tone/retext.js'
import {complaintSignal} from '../rules/tone/text.js'
import {
  bodySentences,
  bodySentencesView,
  complaintView,
  Draft,
  defineView,
  draftOf,
  urlsView,
  writerSentencesView
} from '../src/document/draft.js'
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

  it('has the body sentences, and the writer sentences without the name and signature lines', () => {
    const text =
      'Dear Mr Okafor,\n\nThank you for your call. Your new card is on its way.\n\nBest wishes,\nPriya Shah\nCard Services Team\nTel: 0161 496 0733'
    const draft = draftOf(splitDocument(textSource(text, 'a.txt')))
    expect(draft.bodySentences.map((sentence) => sentence.text)).toEqual([
      'Thank you for your call.',
      'Your new card is on its way.'
    ])
    const writer = draft.writerSentences.map((sentence) => sentence.text)
    expect(writer).toContain('Dear Mr Okafor,')
    expect(writer).toContain('Best wishes,')
    expect(writer.join(' ')).not.toMatch(/Priya|Card Services|0161/)
  })

  it('finds URLs and email addresses in the prose, in order', () => {
    const text =
      'Dear Ms Brown,\n\nWrite to help@tollgate.example or see www.tollgate.example/returns for the form.\n\nKind regards,\nSophie Turner'
    const doc = splitDocument(textSource(text, 'a.txt'))
    const spans = draftOf(doc).urls.map((span) => doc.prose.slice(span.start, span.end))
    expect(spans).toEqual(['help@tollgate.example', 'www.tollgate.example/returns'])
    const at = doc.prose.indexOf('tollgate')
    expect(inUrl(doc, at, at + 8)).toBe(true)
    expect(inUrl(doc, doc.prose.indexOf('form'), doc.prose.indexOf('form') + 4)).toBe(false)
  })

  it('reads a complaint from the subject, a quoted message or the body, and not from a forward', () => {
    const read = (text: string) => draftOf(splitDocument(textSource(text, 'a.eml.txt'))).complaint
    const close = '\n\nKind regards,\nSophie Turner'
    expect(read(`Subject: Complaint about my boots\n\nDear Ms Brown,\n\nThank you for writing.${close}`)).toEqual({
      where: 'subject',
      word: 'complaint'
    })
    expect(read(`Dear Ms Brown,\n\nI am sorry about your complaint and the delay.${close}`)?.where).toBe('body')
    expect(read(`Dear Ms Brown,\n\nYour new boots will arrive on Friday.${close}`)).toBeUndefined()
    expect(read(`Subject: Fwd: complaint from Ms Brown\n\nHi Tom,\n\nCan you take this one?${close}`)).toBeUndefined()
  })

  it('computes no view until a rule asks for it, and each helper reads the one view', () => {
    const doc = splitDocument(
      textSource('Dear Ms Brown,\n\nYour order 73310 was dispatched today.\n\nKind regards,\nSophie Turner', 'a.txt')
    )
    const draft = draftOf(doc)
    const views = [
      bodySentencesView,
      writerSentencesView,
      urlsView,
      complaintView,
      dictionaryWordsView,
      retextView,
      proseTextView,
      sentTextView
    ]
    expect(views.filter((view) => draft.has(view))).toEqual([])
    expect(bodySentences(doc)).toBe(draft.bodySentences)
    expect(writerSentences(doc)).toBe(draft.writerSentences)
    expect(scanWords(doc)).toBe(draft.get(dictionaryWordsView))
    expect(retextMessages(doc)).toBe(draft.get(retextView))
    expect(proseOf(doc)).toBe(draft.get(proseTextView))
    expect(sentTextOf(doc)).toBe(draft.get(sentTextView))
    expect(complaintSignal(doc, 'email')).toBe(draft.complaint)
    expect(complaintSignal(doc, 'complaint-reply')).toEqual({where: 'preset', word: 'complaint-reply'})
    expect(views.filter((view) => !draft.has(view)).map((view) => view.name)).toEqual(['URLs and email addresses'])
  })

  it('keeps no view of a draft outside its draft object: no rule keeps a cache of its own', () => {
    const root = new URL('..', import.meta.url).pathname
    const offenders: string[] = []
    for (const folder of ['rules', 'src']) {
      for (const file of readdirSync(join(root, folder), {recursive: true}) as string[]) {
        if (!file.endsWith('.ts')) continue
        const text = readFileSync(join(root, folder, file), 'utf8')
        const perDraft = /new AttachedMap<CorrDocument\b/.test(text) && `${folder}/${file}` !== 'src/document/draft.ts'
        // A rule keeps no cache at all: what it reuses is a view of the draft.
        if (perDraft || (folder === 'rules' && /new AttachedMap\b/.test(text))) offenders.push(`${folder}/${file}`)
      }
    }
    expect(offenders).toEqual([])
  })
})
