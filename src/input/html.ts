/**
 * HTML drafts and HTML email bodies: the visible text, with block elements as paragraph breaks
 * and `<br>` as a line break, scripts and styles dropped and entities decoded. Every character of
 * the text remembers where it came from in the HTML source (a SegmentMap), so findings point at
 * the right line and column of the file. Quoted earlier messages (blockquotes, Gmail and Outlook
 * reply containers) are set aside as quotes.
 */

import type {Element, Nodes, Root} from 'hast'
import {unified} from 'unified'
import {CorrlintError} from '../errors.js'
import {importModule} from '../import-module.js'
import type {Directive, SetAsidePart} from '../types.js'
import {parseDirective} from './directives.js'
import {SegmentMap} from './segments.js'

export interface HtmlText {
  text: string
  map: SegmentMap
  setAside: SetAsidePart[]
  directives: Directive[]
}

const SKIP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'object', 'iframe', 'img'])
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul'
])
/** Containers whose content is an earlier message; `toEnd` ones are followed by it (Outlook). */
const QUOTE_CLASSES = ['gmail_quote', 'yahoo_quoted', 'moz-forward-container']
const TO_END_IDS = ['divRplyFwdMsg', 'appendonsend']
const TO_END_CLASSES = ['OutlookMessageHeader', 'moz-cite-prefix']

/**
 * Extract the visible text of `html`; offsets in the map are offsets in `html`. The HTML parser
 * (rehype-parse, with parse5) is loaded on the first call: plain-text drafts never pay for it.
 */
export async function htmlToText(html: string, path: string): Promise<HtmlText> {
  const {default: rehypeParse} = await importModule<typeof import('rehype-parse')>('rehype-parse')
  try {
    const tree = unified().use(rehypeParse, {fragment: false}).parse(html) as Root
    const state = new Builder(html)
    state.walk(tree)
    return state.finish()
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
  }
  // The syntax tree is built recursively, so absurdly deep nesting overflows the stack: read such
  // a file with a flat scan of its tags instead (no tree, same text rules).
  try {
    const state = new Builder(html)
    state.scan()
    return state.finish()
  } catch (error) {
    if (error instanceof RangeError) throw new CorrlintError('the HTML is nested too deeply to read', path)
    throw error
  }
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  pound: '£',
  euro: '€',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  copy: '©'
}

/** Decode the common named entities and numeric references (for the flat scan). */
function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match
    }
    return ENTITIES[name.toLowerCase()] ?? match
  })
}

class Builder {
  private readonly parts: string[] = []
  readonly map = new SegmentMap()
  private pendingBreak = 0
  private pendingSpace = false
  private atLineStart = true
  private preDepth = 0
  private quoteToEnd: number | undefined
  readonly setAside: SetAsidePart[] = []
  readonly directives: Directive[] = []

  constructor(private readonly html: string) {}

  walk(node: Nodes): void {
    if (node.type === 'root') {
      for (const child of node.children) this.walk(child)
    } else if (node.type === 'element') {
      this.element(node)
    } else if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      this.text(node.value, start, end)
    } else if (node.type === 'comment') {
      const at = this.map.length
      const directive = parseDirective(node.value, at, at)
      if (directive) this.directives.push(directive)
    }
  }

  private element(node: Element): void {
    const name = node.tagName
    if (SKIP.has(name) || isHidden(node)) return
    const origin = node.position?.start.offset ?? 0
    if (name === 'br') {
      this.lineBreak(1, origin)
      return
    }
    const classes = classList(node)
    const id = typeof node.properties.id === 'string' ? node.properties.id : ''
    if (this.quoteToEnd === undefined && (TO_END_IDS.includes(id) || classes.some((c) => TO_END_CLASSES.includes(c)))) {
      this.lineBreak(2, origin)
      this.quoteToEnd = this.map.length + this.pendingBreak
    }
    const quote = name === 'blockquote' || classes.some((c) => QUOTE_CLASSES.includes(c))
    const block = BLOCK.has(name)
    if (block) this.lineBreak(name === 'li' || name === 'tr' || name === 'dd' || name === 'dt' ? 1 : 2, origin)
    if (name === 'td' || name === 'th') this.pendingSpace = !this.atLineStart
    if (name === 'pre') this.preDepth++
    const quoteStart = this.map.length
    const quoteBreak = this.pendingBreak
    for (const child of node.children) this.walk(child as Nodes)
    if (name === 'pre') this.preDepth--
    if (quote && this.quoteToEnd === undefined) {
      const start = quoteStart + quoteBreak
      const end = this.map.length
      if (end > start) this.setAside.push({start, end, kind: 'quote'})
    }
    if (block) this.lineBreak(2, node.position?.end.offset ?? origin)
  }

  /** Read the HTML as a flat run of tags and text (no tree): for input too deeply nested to parse. */
  scan(): void {
    const html = this.html
    const lower = html.toLowerCase()
    const quoteStarts: number[] = []
    let i = 0
    while (i < html.length) {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4)
        const end = close === -1 ? html.length : close
        const directive = parseDirective(html.slice(i + 4, end), this.map.length, this.map.length)
        if (directive) this.directives.push(directive)
        i = close === -1 ? html.length : close + 3
        continue
      }
      const tag = html[i] === '<' ? /^<(\/?)([a-z][a-z0-9]*)/i.exec(html.slice(i, i + 40)) : null
      if (!tag) {
        let next = html.indexOf('<', i + 1)
        if (next === -1) next = html.length
        this.text(decodeEntities(html.slice(i, next)), i, next)
        i = next
        continue
      }
      const closeAngle = html.indexOf('>', i)
      const after = closeAngle === -1 ? html.length : closeAngle + 1
      const name = tag[2].toLowerCase()
      const closing = tag[1] === '/'
      if (!closing && SKIP.has(name) && name !== 'img') {
        const end = lower.indexOf(`</${name}`, after)
        i = end === -1 ? html.length : end
        continue
      }
      if (name === 'br') this.lineBreak(1, i)
      else if (BLOCK.has(name)) this.lineBreak(name === 'li' || name === 'tr' ? 1 : 2, i)
      if (name === 'blockquote') {
        if (!closing) quoteStarts.push(this.map.length + this.pendingBreak)
        else if (quoteStarts.length > 0) {
          const start = quoteStarts.pop()!
          if (this.map.length > start) this.setAside.push({start, end: this.map.length, kind: 'quote'})
        }
      }
      i = after
    }
  }

  private lineBreak(count: number, _origin: number): void {
    if (this.map.length === 0) return
    this.pendingBreak = Math.max(this.pendingBreak, count)
    this.pendingSpace = false
  }

  private text(value: string, start: number | undefined, end: number | undefined): void {
    const raw = start !== undefined && end !== undefined ? this.html.slice(start, end) : value
    const origins = alignEntities(raw, value, start ?? 0)
    for (let i = 0; i < value.length; i++) {
      const c = value[i]
      if (this.preDepth === 0 && (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f')) {
        if (!this.atLineStart && this.pendingBreak === 0) this.pendingSpace = true
        continue
      }
      if (c === '\n') {
        this.emitPending(origins[i])
        this.emit('\n', origins[i])
        this.atLineStart = true
        continue
      }
      if (c === '\r') continue
      this.emitPending(origins[i])
      this.emit(c === '\u00a0' ? ' ' : c, origins[i])
      this.atLineStart = false
    }
  }

  private emitPending(origin: number): void {
    if (this.pendingBreak > 0 && this.map.length > 0) {
      this.parts.push('\n'.repeat(this.pendingBreak))
      this.map.insert(origin, this.pendingBreak)
      this.atLineStart = true
    }
    this.pendingBreak = 0
    if (this.pendingSpace && !this.atLineStart) {
      this.parts.push(' ')
      this.map.insert(origin, 1)
    }
    this.pendingSpace = false
  }

  private emit(c: string, origin: number): void {
    this.parts.push(c)
    this.map.copy(origin, 1)
  }

  finish(): HtmlText {
    const text = this.parts.join('')
    if (this.quoteToEnd !== undefined && this.quoteToEnd < text.length) {
      this.setAside.push({start: this.quoteToEnd, end: text.length, kind: 'quote'})
    }
    const setAside = this.setAside
      .map((part) => trimSpan(text, part))
      .filter((part) => part.end > part.start)
      .sort((a, b) => a.start - b.start)
    const merged: SetAsidePart[] = []
    for (const part of setAside) {
      const last = merged[merged.length - 1]
      if (last && part.start <= last.end) last.end = Math.max(last.end, part.end)
      else merged.push(part)
    }
    return {text, map: this.map, setAside: merged, directives: this.directives}
  }
}

function trimSpan(text: string, part: SetAsidePart): SetAsidePart {
  let {start, end} = part
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return {start, end, kind: part.kind}
}

/** Hidden elements (an email's preheader text, `hidden`, `display:none`) are not read by the customer. */
function isHidden(node: Element): boolean {
  if (node.properties.hidden !== undefined && node.properties.hidden !== false) return true
  const style = typeof node.properties.style === 'string' ? node.properties.style : ''
  return /display\s*:\s*none/i.test(style)
}

function classList(node: Element): string[] {
  const value = node.properties.className
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' ? String(value).split(/\s+/) : []
}

/**
 * For each character of a text node's decoded `value`, its offset in the HTML source, given the
 * node's `raw` source. Characters copied as-is map exactly; a decoded entity maps to its `&`.
 */
function alignEntities(raw: string, value: string, base: number): number[] {
  const origins = new Array<number>(value.length)
  if (raw === value) {
    for (let i = 0; i < value.length; i++) origins[i] = base + i
    return origins
  }
  let j = 0
  for (let i = 0; i < value.length; i++) {
    if (j < raw.length && raw[j] === '&' && value[i] !== '&') {
      origins[i] = base + j
      const semicolon = raw.indexOf(';', j)
      const entityEnd = semicolon !== -1 && semicolon - j <= 32 ? semicolon + 1 : j + 1
      // A character outside the BMP decodes to two code units.
      if (i + 1 < value.length && /[\ud800-\udbff]/.test(value[i])) origins[++i] = base + j
      j = entityEnd
    } else if (j < raw.length && raw[j] === '&' && value[i] === '&' && raw.startsWith('&amp;', j)) {
      origins[i] = base + j
      j += 5
    } else {
      origins[i] = base + Math.min(j, raw.length)
      j++
    }
  }
  return origins
}
