/**
 * Body paragraphs written in another language: the Welsh half of a bilingual letter, a quoted
 * paragraph in Spanish, placeholder Latin. Decided once per draft from the dictionary of its
 * dialect and shared by the rules that judge English words: spelling/misspelling reports such a
 * paragraph once instead of word by word, and spelling/dialect and spelling/indefinite-article
 * leave its words alone (`color` or `a` in a Spanish sentence is Spanish, and --fix must not
 * "correct" it).
 *
 * A paragraph is foreign when it has at least FOREIGN_MIN_WORDS checked words, half or more of them
 * unknown to the dictionary, and its longer unknown words are mostly not one common slip from a
 * dictionary word: an English paragraph full of slips (`teh`, `recieved`, `adress`) stays English.
 */

import {defineView} from '../../src/document/draft.js'
import {commonSlip, type Speller} from '../../src/spell/index.js'
import type {CorrDocument, RuleContext} from '../../src/types.js'
import business from './business-words.json' with {type: 'json'}
import {caseOf, personalWords, scanWords} from './words.js'

const FOREIGN_MIN_WORDS = 12
const FOREIGN_UNKNOWN_SHARE = 0.5
const FOREIGN_SLIP_SHARE = 0.6
/** Unknown words of a paragraph tested for being slips (each test is a suggestion search). */
const FOREIGN_SAMPLE = 12
const BUSINESS = new Set(business.words)
/** Endings of contractions and possessives: the stem before them is what is looked up. */
const CLITIC = /^(.+?)(?:'s|'ll|'re|'ve|'d|')$/i

/** A foreign paragraph, by its index into `doc.body.paragraphs`: how many of its words are unknown. */
export interface ForeignParagraph {
  unknown: number
  checked: number
}

type ByDictionary = WeakMap<Speller, WeakMap<Set<string>, Map<number, ForeignParagraph>>>

/**
 * The draft's foreign paragraphs, per dictionary (the dialect's speller and the personal words): a
 * draft is judged once for the dictionary it is checked with.
 */
export const foreignParagraphsView = defineView<ByDictionary>('foreign paragraphs', () => new WeakMap())

/** The body paragraphs of `doc` in another language (computed once per draft). */
export function foreignParagraphs(doc: CorrDocument, context: RuleContext<unknown>): Map<number, ForeignParagraph> {
  const spell = context.wordLists.speller(context.settings.dialect)
  const personal = personalWords(context.settings.dictionary)
  const bySpeller = context.draft.get(foreignParagraphsView)
  let byPersonal = bySpeller.get(spell)
  if (!byPersonal) bySpeller.set(spell, (byPersonal = new WeakMap()))
  let found = byPersonal.get(personal)
  if (!found) byPersonal.set(personal, (found = judge(doc, spell, personal)))
  return found
}

/** Whether the offset lies in a body paragraph in another language. */
export function inForeignParagraph(doc: CorrDocument, context: RuleContext<unknown>, offset: number): boolean {
  const foreign = foreignParagraphs(doc, context)
  if (foreign.size === 0) return false
  for (const index of foreign.keys()) {
    const paragraph = doc.body.paragraphs[index]
    if (offset >= paragraph.start && offset < paragraph.end) return true
  }
  return false
}

/** Whether `lower` is one common slip from a lower-case dictionary word (`recieved` → `received`). */
export function slipOfWord(spell: Speller, lower: string): boolean {
  return spell
    .suggest(lower, 5)
    .some((candidate) => candidate === candidate.toLowerCase() && commonSlip(lower, candidate))
}

function judge(doc: CorrDocument, spell: Speller, personal: Set<string>): Map<number, ForeignParagraph> {
  const checked = new Array<number>(doc.body.paragraphs.length).fill(0)
  const unknownIn = new Map<number, string[]>()
  const fine = new Map<string, boolean>()
  for (const word of scanWords(doc)) {
    if (word.paragraph === -1) continue
    checked[word.paragraph]++
    // Names, acronyms and one-letter words are not evidence either way.
    const shape = caseOf(word.text)
    if (word.text.length < 2 || shape === 'upper' || shape === 'mixed' || (shape === 'title' && !word.sentenceStart))
      continue
    const lower = word.text.toLowerCase()
    let ok = fine.get(lower)
    if (ok === undefined) {
      ok =
        known(lower, spell, personal) ||
        (word.parts.length > 0 && word.parts.every((part) => known(part.text.toLowerCase(), spell, personal)))
      fine.set(lower, ok)
    }
    if (ok) continue
    const list = unknownIn.get(word.paragraph)
    if (list) list.push(lower)
    else unknownIn.set(word.paragraph, [lower])
  }
  const foreign = new Map<number, ForeignParagraph>()
  for (const [paragraph, words] of unknownIn) {
    const total = checked[paragraph]
    if (total < FOREIGN_MIN_WORDS || words.length < total * FOREIGN_UNKNOWN_SHARE) continue
    // Short words of any language are often one slip from an English word (`eich`, `ar`): judge by the longer ones.
    const sample = [...new Set(words.filter((lower) => lower.length >= 5))].slice(0, FOREIGN_SAMPLE)
    if (sample.length < 3) continue
    const slips = sample.filter((lower) => slipOfWord(spell, lower)).length
    if (slips < sample.length * FOREIGN_SLIP_SHARE) foreign.set(paragraph, {unknown: words.length, checked: total})
  }
  return foreign
}

/** In the dictionary, the business words or the user's words (a contraction or possessive by its stem). */
function known(lower: string, spell: Speller, personal: Set<string>): boolean {
  if (personal.has(lower) || BUSINESS.has(lower) || spell.correct(lower)) return true
  const clitic = CLITIC.exec(lower.replace(/’/g, "'"))
  return clitic !== null && (spell.correct(clitic[1]) || BUSINESS.has(clitic[1]))
}
