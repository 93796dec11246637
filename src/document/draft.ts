/**
 * The draft object: a split document and the views of it that rules share, each computed at most
 * once per draft, on first use — in the spirit of ESLint's `SourceCode`. The engine hands the same
 * object to every rule as `context.draft`; a helper that has only the document reaches it with
 * `draftOf(doc)`. Every view of a draft lives on its one draft object, which dies with the draft:
 * no rule keeps a cache of its own.
 *
 * The views, all lazy (nothing is computed until a rule asks, so a run that never asks pays
 * nothing):
 *
 * | view              | what it holds                                                                 | read by                          |
 * | ----------------- | ----------------------------------------------------------------------------- | -------------------------------- |
 * | `bodySentences`   | the sentences of the body (not the salutation, close or signature)           | clarity, tone, commitments, …    |
 * | `writerSentences` | the body, the salutation and the close; never the name and signature lines   | the proofreading rules           |
 * | `urls`            | spans of URLs and email addresses in `doc.prose`, in order                   | the proofreading rules           |
 * | `writerText`      | the prose with an annex after the sign-off put back (same offsets as text)   | the confidentiality rules        |
 * | `complaint`       | why the draft reads as a reply to a complaint (whatever the preset), or none | tone/empathy, commitments        |
 * | `missingBody`     | where the body should be when the draft has none of its own                  | purpose, actions, completeness   |
 *
 * Views of one rule family are defined beside it with `defineView` and read with
 * `draft.get(view)`: the dictionary rules' words (`dictionaryWordsView`, rules/spelling/words.ts),
 * the retext plugins' messages (`retextView`, rules/tone/retext.ts), the guideline rules'
 * searchable texts (`proseTextView`, `sentTextView`, rules/guidelines/match.ts) and the clarity
 * rules' list-aware sentence segments (`segmentsView`, rules/clarity/text.ts) and the body
 * paragraphs in another language, per dictionary (`foreignParagraphsView`, rules/spelling/foreign.ts).
 *
 * Words are compared in one form, `normaliseWord` (src/text/words.ts); a sentence's normalised
 * words are kept with the sentence (`normalisedWords`), as are its readability counts.
 */
import {AttachedMap} from '../text/attached.js'
import type {CorrDocument, Sentence, Span} from '../types.js'
import {type ComplaintSignal, readComplaint} from './complaint.js'
import {missingBody} from './missing-body.js'
import {urlAndEmailSpans} from './urls.js'

export type {ComplaintSignal} from './complaint.js'

/** A view of a draft: what it is, and how to compute it from the draft. */
export interface View<T> {
  /** For messages and timing: what the view holds. */
  readonly name: string
  compute(draft: Draft): T
}

/** Define a view (at module level: the view object is its identity). */
export function defineView<T>(name: string, compute: (draft: Draft) => T): View<T> {
  return {name, compute}
}

/** The sentences of the body (not the salutation, close or signature). */
export const bodySentencesView = defineView<Sentence[]>('body sentences', ({doc}) =>
  doc.sentences.filter((sentence) => sentence.paragraph !== -1)
)

/**
 * The writer's sentences that word-level proofreading reads: the body, the salutation and the
 * complimentary close; never the sender's name and signature lines (names, roles, contact lines).
 */
export const writerSentencesView = defineView<Sentence[]>('writer sentences', ({doc}) => {
  const signature: Span[] = [...doc.closing.signatureLines]
  if (doc.closing.senderName) signature.push(doc.closing.senderName)
  return doc.sentences.filter(
    (sentence) =>
      sentence.paragraph !== -1 || !signature.some((span) => sentence.start < span.end && span.start < sentence.end)
  )
})

/**
 * The writer's prose with what the writer encloses after the sign-off put back (an annex:
 * `enclosure` parts, which the prose rules leave out): what the confidentiality rules search, as a
 * card number in an annex reaches the customer as surely as one in the body. Same length and
 * offsets as `doc.text`.
 */
export const writerTextView = defineView<string>('writer text', ({doc}) => {
  let text = doc.prose
  for (const part of doc.setAside) {
    if (part.kind === 'enclosure')
      text = text.slice(0, part.start) + doc.text.slice(part.start, part.end) + text.slice(part.end)
  }
  return text
})

/** Spans of URLs and email addresses in `doc.prose`, in order. */
export const urlsView = defineView<Span[]>('URLs and email addresses', ({doc}) => urlAndEmailSpans(doc.prose))

/** Why the draft reads as a reply to a complaint or a problem (src/document/complaint.ts), or undefined. */
export const complaintView = defineView<ComplaintSignal | undefined>('complaint reading', readComplaint)

/** Where the body should be when the draft has none of its own, else undefined (src/document/missing-body.ts). */
export const missingBodyView = defineView<Span | undefined>('missing body', (draft) => missingBody(draft.doc))

export class Draft {
  private readonly values = new Map<View<unknown>, unknown>()

  constructor(readonly doc: CorrDocument) {}

  /** The value of `view` for this draft, computed on first use. */
  get<T>(view: View<T>): T {
    if (this.values.has(view)) return this.values.get(view) as T
    const value = view.compute(this)
    this.values.set(view, value)
    return value
  }

  /** Whether `view` has been computed for this draft (for tests and timing: views are lazy). */
  has(view: View<unknown>): boolean {
    return this.values.has(view)
  }

  /** The sentences of the body (not the salutation, close or signature). */
  get bodySentences(): Sentence[] {
    return this.get(bodySentencesView)
  }

  /** The body, salutation and close sentences: what the writer wrote, without name and signature lines. */
  get writerSentences(): Sentence[] {
    return this.get(writerSentencesView)
  }

  /** The writer's prose and what the writer encloses after the sign-off (an annex), same offsets as `doc.text`. */
  get writerText(): string {
    return this.get(writerTextView)
  }

  /** Spans of URLs and email addresses in `doc.prose`, in order. */
  get urls(): Span[] {
    return this.get(urlsView)
  }

  /** Why the draft reads as a reply to a complaint (subject, quoted message or body), or undefined; the preset aside. */
  get complaint(): ComplaintSignal | undefined {
    return this.get(complaintView)
  }

  /** Where the body should be when the draft has none of its own (purpose, actions, completeness report there). */
  get missingBody(): Span | undefined {
    return this.get(missingBodyView)
  }
}

const drafts = new AttachedMap<CorrDocument, Draft>()

/** The draft object of a document: one per document, shared by the engine and every rule. */
export function draftOf(doc: CorrDocument): Draft {
  let draft = drafts.get(doc)
  if (!draft) drafts.set(doc, (draft = new Draft(doc)))
  return draft
}

/** `draftOf(doc).bodySentences`, for helpers that have only the document. */
export function bodySentences(doc: CorrDocument): Sentence[] {
  return draftOf(doc).bodySentences
}
