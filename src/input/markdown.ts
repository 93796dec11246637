/**
 * Markdown drafts (templates, knowledge-base replies): markup is blanked with spaces so the text
 * keeps the original's length and `toOriginal` is the identity. A blockquote is someone else's
 * words (usually the customer's message), so its lines are set aside as a quote.
 */
import type {Directive, SetAsidePart, Source} from '../types.js'
import {parseDirective} from './directives.js'

/** Build the Source of a Markdown file whose decoded text (line endings normalised) is `normalised`. */
export function markdownSource(path: string, original: string, normalised: string): Source {
  const chars = normalised.split('')
  const directives: Directive[] = []
  const setAside: SetAsidePart[] = []
  blankComments(normalised, chars, directives)
  let offset = 0
  let fence: string | undefined
  let quote: SetAsidePart | undefined
  for (const line of normalised.split('\n')) {
    const start = offset
    offset += line.length + 1
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    if (fence !== undefined || fenceMatch) {
      blank(chars, start, start + line.length)
      if (fence === undefined) fence = fenceMatch![1][0]
      else if (fenceMatch && fenceMatch[1][0] === fence) fence = undefined
      continue
    }
    let cursor = start
    const quoteMatch = /^(?:\s{0,3}>\s?)+/.exec(line)
    if (quoteMatch) {
      blank(chars, start, start + quoteMatch[0].length)
      cursor = start + quoteMatch[0].length
      if (quote && quote.end >= start - 1) quote.end = start + line.length
      else setAside.push((quote = {start, end: start + line.length, kind: 'quote'}))
    } else if (quote && line.trim() !== '') {
      quote = undefined
    }
    blankLineMarkup(normalised, chars, cursor, start + line.length)
  }
  for (const part of setAside) {
    while (part.end > part.start && /\s/.test(normalised[part.end - 1])) part.end--
  }
  const text = chars.join('')
  return {path, format: 'markdown', original, text, toOriginal: (offset) => offset, setAside, directives}
}

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' '
}

function blankComments(text: string, chars: string[], directives: Directive[]): void {
  for (let start = text.indexOf('<!--'); start !== -1; start = text.indexOf('<!--', start + 4)) {
    const close = text.indexOf('-->', start + 4)
    const end = close === -1 ? text.length : close + 3
    const directive = parseDirective(text.slice(start + 4, close === -1 ? end : close), start, end)
    if (directive) directives.push(directive)
    blank(chars, start, end)
    start = end - 4
  }
}

/** Blank headings, bullets, rules, emphasis, links and inline code within one line `[start, end)`. */
function blankLineMarkup(text: string, chars: string[], start: number, end: number): void {
  const line = text.slice(start, end)
  let match = /^(\s{0,3})(#{1,6})(\s|$)/.exec(line)
  if (match) {
    blank(chars, start + match[1].length, start + match[1].length + match[2].length)
    const closing = /\s(#+)\s*$/.exec(line)
    if (closing) blank(chars, start + closing.index, end)
  } else if (/^\s{0,3}(?:([-*_])\s*){3,}$/.test(line) && !/[^-*_\s]/.test(line)) {
    blank(chars, start, end)
    return
  } else if (/^\s{0,3}=+\s*$/.test(line)) {
    blank(chars, start, end)
    return
  } else if ((match = /^(\s*)([-*+])\s/.exec(line))) {
    blank(chars, start + match[1].length, start + match[1].length + 1)
  }
  blankInline(text, chars, start, end)
}

function blankInline(text: string, chars: string[], start: number, end: number): void {
  let i = start
  const emphasis: Array<{at: number; length: number; marker: string}> = []
  // Once a search for a closing `]`, `)` or backtick run fails, later ones on this line fail too:
  // remembering that keeps a line full of unclosed markup linear.
  let noBracket = false
  let noParen = false
  // The next `]` / `)` found, reused while the search start is still before it.
  let nextBracket = -1
  let nextParen = -1
  const noTicks = new Set<number>()
  while (i < end) {
    const c = text[i]
    if (c === '\\' && i + 1 < end && /[\\`*_[\]()#>!-]/.test(text[i + 1])) {
      chars[i] = ' '
      i += 2
    } else if (c === '`') {
      let run = 1
      while (text[i + run] === '`') run++
      const close = noTicks.has(run) ? -1 : text.indexOf('`'.repeat(run), i + run)
      if (close === -1 || close >= end) {
        noTicks.add(run)
        i += run
        continue
      }
      blank(chars, i, close + run)
      i = close + run
    } else if (c === '[' || (c === '!' && text[i + 1] === '[')) {
      const image = c === '!'
      const open = image ? i + 1 : i
      if (!noBracket && nextBracket < open) nextBracket = text.indexOf(']', open)
      const closeBracket = noBracket ? -1 : nextBracket
      if (closeBracket === -1 || closeBracket >= end) noBracket = true
      else if (text[closeBracket + 1] === '(' && !noParen) {
        if (nextParen < closeBracket) nextParen = text.indexOf(')', closeBracket)
        const closeParen = nextParen
        if (closeParen === -1 || closeParen >= end) noParen = true
        else {
          if (image) blank(chars, i, closeParen + 1)
          else {
            chars[open] = ' '
            blank(chars, closeBracket, closeParen + 1)
          }
          i = image ? closeParen + 1 : open + 1
          continue
        }
      }
      i++
    } else if (c === '<' && /^<(?:https?:\/\/|mailto:)[^\s>]*>/.test(text.slice(i, Math.min(end, i + 2048)))) {
      const close = text.indexOf('>', i)
      chars[i] = ' '
      chars[close] = ' '
      i = close + 1
    } else if (c === '*' || c === '_') {
      let run = 1
      while (run < 3 && text[i + run] === c) run++
      const before = i > start ? text[i - 1] : ' '
      const after = i + run < end ? text[i + run] : ' '
      const opens = !/\s/.test(after) && (c === '*' || !/[\p{L}\p{N}]/u.test(before))
      const closes = !/\s/.test(before) && (c === '*' || !/[\p{L}\p{N}]/u.test(after))
      let open = -1
      for (let k = emphasis.length - 1; k >= 0 && open === -1; k--) {
        if (emphasis[k].marker === c && emphasis[k].length === run) open = k
      }
      if (closes && open !== -1) {
        const opener = emphasis[open]
        blank(chars, opener.at, opener.at + run)
        blank(chars, i, i + run)
        emphasis.splice(open)
      } else if (opens) {
        // Keep the stack of unclosed openers short so matching stays linear.
        if (emphasis.push({at: i, length: run, marker: c}) > 32) emphasis.shift()
      }
      i += run
    } else {
      i++
    }
  }
}
