/**
 * Phrase search for the guideline rules: whole words, any case, any run of spaces or line breaks
 * between words, straight and curly apostrophes alike. Linear: each pattern is literal words
 * joined by `\s+`, compiled once per phrase.
 */
import type {CorrDocument, Span} from '../../src/types.js'
import {AttachedMap} from '../../src/text/attached.js'

const compiled = new Map<string, RegExp>()
const searchable = new AttachedMap<CorrDocument, string>()
const withFooters = new AttachedMap<CorrDocument, string>()

/** Every occurrence of `phrase` in `text`, as spans. */
export function findPhrase(text: string, phrase: string): Span[] {
  const pattern = phrasePattern(phrase)
  if (!pattern) return []
  const spans: Span[] = []
  pattern.lastIndex = 0
  for (const match of text.matchAll(pattern)) spans.push({start: match.index, end: match.index + match[0].length})
  return spans
}

/** The writer's prose with curly apostrophes made straight (same offsets). */
export function proseOf(doc: CorrDocument): string {
  let text = searchable.get(doc)
  if (text === undefined) {
    text = straighten(doc.prose)
    searchable.set(doc, text)
  }
  return text
}

/**
 * Everything the writer sends, including their signature, disclaimer and footer (where a required
 * complaints sentence often lives), but not quoted or forwarded messages.
 */
export function sentTextOf(doc: CorrDocument): string {
  let text = withFooters.get(doc)
  if (text === undefined) {
    const chars = straighten(doc.text).split('')
    for (const part of doc.setAside) {
      if (part.kind !== 'quote' && part.kind !== 'forward' && part.kind !== 'markup') continue
      for (let index = part.start; index < part.end; index++) if (chars[index] !== '\n') chars[index] = ' '
    }
    for (const header of Object.values(doc.headers)) {
      if (!header) continue
      for (let index = header.start; index < header.end; index++) if (chars[index] !== '\n') chars[index] = ' '
    }
    text = chars.join('')
    withFooters.set(doc, text)
  }
  return text
}

/** Normalise a config phrase as `findPhrase` compares it. */
export function normalisePhrase(phrase: string): string {
  return straighten(phrase).trim().replace(/\s+/g, ' ')
}

/** `Text` with the first letter in capitals when `like` starts with one. */
export function matchCase(text: string, like: string): string {
  const first = like.charAt(0)
  return first !== first.toLowerCase() && text.charAt(0) === text.charAt(0).toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

function phrasePattern(phrase: string): RegExp | undefined {
  let pattern = compiled.get(phrase)
  if (!pattern) {
    const words = normalisePhrase(phrase).split(' ').filter((word) => word.length > 0)
    if (words.length === 0) return undefined
    const body = words.map(escape).join('\\s+')
    const before = /^[\p{L}\p{N}]/u.test(words[0]) ? '(?<![\\p{L}\\p{N}])' : ''
    const after = /[\p{L}\p{N}]$/u.test(words[words.length - 1]) ? '(?![\\p{L}\\p{N}])' : ''
    pattern = new RegExp(before + body + after, 'giu')
    compiled.set(phrase, pattern)
  }
  return pattern
}

function straighten(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'")
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
