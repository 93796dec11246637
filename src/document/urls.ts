/** Where a draft's prose has URLs and email addresses (the draft's `urls` view). */
import {append} from '../arrays.js'
import type {Span} from '../types.js'

// Scheme or `www.` literal, then everything to the next space: linear.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"()]*/gi
const EMAIL_CHAR = /[\w.+-]/

/** Spans of email addresses: the run of address characters around each `@` with a dot after it. */
function emailSpans(text: string): Span[] {
  const spans: Span[] = []
  let at = text.indexOf('@')
  while (at !== -1) {
    let start = at
    while (start > 0 && EMAIL_CHAR.test(text[start - 1])) start--
    let end = at + 1
    while (end < text.length && EMAIL_CHAR.test(text[end])) end++
    if (start < at && text.slice(at + 1, end).includes('.')) spans.push({start, end})
    at = text.indexOf('@', end)
  }
  return spans
}

/** Spans of URLs and email addresses in `text`, in order. */
export function urlAndEmailSpans(text: string): Span[] {
  const spans: Span[] = []
  for (const match of text.matchAll(URL)) spans.push({start: match.index, end: match.index + match[0].length})
  append(spans, emailSpans(text))
  spans.sort((a, b) => a.start - b.start)
  return spans
}
