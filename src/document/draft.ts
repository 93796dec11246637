/**
 * The draft object: a split document and the views of it that rules share, each computed at most
 * once per draft, on first use — in the spirit of ESLint's `SourceCode`. A view is named, typed and
 * documented where it is defined (`defineView`), and read with `draftOf(doc).get(view)` (or the
 * getters below for the common ones); the engine hands the same object to every rule as
 * `context.draft`. This replaces a module-level cache per rule: every view of a draft lives on its
 * one draft object, which dies with the draft.
 *
 * Views move here from the rules' own caches as their folders are reworked: the body and writer
 * sentences, words under one normaliser, the complaint reading and the URLs are next.
 */
import {AttachedMap} from '../text/attached.js'
import type {CorrDocument, Span} from '../types.js'
import {missingBody} from './missing-body.js'

/** A view of a draft: what it is, and how to compute it from the document. */
export interface View<T> {
  /** For messages and timing: what the view holds. */
  readonly name: string
  compute(draft: Draft): T
}

/** Define a view (at module level: the view object is its identity). */
export function defineView<T>(name: string, compute: (draft: Draft) => T): View<T> {
  return {name, compute}
}

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
