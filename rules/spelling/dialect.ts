/**
 * spelling/dialect: US spellings in en-GB drafts (and UK spellings in en-US drafts), with the form
 * of the draft's dialect. Pairs: dialect-pairs.json (generated from the two dictionaries by
 * scripts/build-wordlist.mjs --pairs, plus dialect-irregular.json).
 */
import {SortedPairs} from '../../src/text/sorted-pairs.js'
import type {Dialect, Rule, Settings} from '../../src/types.js'
import pairs from './dialect-pairs.json' with {type: 'json'}
import {inForeignParagraph} from './foreign.js'
import {caseOf, inCaseOf, personalWords, scanWords, type Token} from './words.js'

export interface DialectOptions {
  /**
   * Oxford spelling: accept -ize (organize, organization) in en-GB; -yse stays (analyse). On by
   * default (-ize is accepted British spelling); `false` for an organisation that writes only -ise.
   */
  oxford: boolean
}

/** US → UK, searched as generated ("US UK" lines sorted by the US word): nothing to build at start. */
const usToUkIze = new SortedPairs(pairs.ize)
const usToUkOther = new SortedPairs(pairs.other)
/** UK → US, for en-US drafts only: built on first use (about 1.5 ms of every en-GB start otherwise). */
let ukToUs: Map<string, string> | undefined
function ukToUsPairs(): Map<string, string> {
  if (!ukToUs) {
    ukToUs = new Map()
    for (const list of [usToUkIze, usToUkOther])
      for (const [us, uk] of list.entries()) if (!ukToUs.has(uk)) ukToUs.set(uk, us)
  }
  return ukToUs
}

/** Whether -ize is accepted in en-GB under these settings (the dialect rule's `oxford` option, on unless set to false). */
export function oxfordSpelling(settings: Settings): boolean {
  return settings.rules['spelling/dialect']?.options?.oxford !== false
}

/** Whether `lower` (lower case) is an -ize form Oxford spelling accepts in en-GB. */
export function isOxfordIze(lower: string): boolean {
  return usToUkIze.has(lower)
}

/** The spelling of `lower` in `dialect`, when `lower` is the other dialect's spelling. */
export function dialectForm(lower: string, dialect: Dialect, oxford: boolean): string | undefined {
  if (dialect === 'en-US') return ukToUsPairs().get(lower)
  return usToUkOther.get(lower) ?? (oxford ? undefined : usToUkIze.get(lower))
}

/**
 * The tokens of a word the dialect rule reports (the whole word, or hyphen parts), with the form
 * to write. Title case counts only at the start of a sentence: mid-sentence it is a name
 * (`Center Parcs`, `Harbor Freight`); capitals are acronyms.
 */
export function dialectHits(
  token: Token,
  parts: readonly Token[],
  dialect: Dialect,
  oxford: boolean
): readonly DialectHit[] {
  if (parts.length === 0) return hitsOf(token, dialect, oxford, NO_HITS)
  let hits = NO_HITS
  for (const part of parts) hits = hitsOf(part, dialect, oxford, hits)
  return hits
}

type DialectHit = {token: Token; form: string; ize: boolean}
/** What most words give: one shared empty list (a word of every draft is looked at). */
const NO_HITS: readonly DialectHit[] = Object.freeze([])

/** `hits` with `candidate`'s hit added, when it is one (a new list: NO_HITS is never added to). */
function hitsOf(
  candidate: Token,
  dialect: Dialect,
  oxford: boolean,
  hits: readonly DialectHit[]
): readonly DialectHit[] {
  const shape = caseOf(candidate.text)
  if (shape === 'upper' || shape === 'mixed' || (shape === 'title' && !candidate.sentenceStart)) return hits
  const lower = candidate.text.toLowerCase()
  const form = dialectForm(lower, dialect, oxford)
  if (!form) return hits
  const hit = {token: candidate, form: inCaseOf(form, candidate.text), ize: dialect === 'en-GB' && usToUkIze.has(lower)}
  return hits === NO_HITS ? [hit] : [...hits, hit]
}

export const dialect: Rule<DialectOptions> = {
  id: 'spelling/dialect',
  criterion: 'spelling',
  severity: 'error',
  defaults: {oxford: true},
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      oxford: {
        type: 'boolean',
        description:
          'Oxford spelling (the default): accept -ize (organize, organization) in en-GB drafts; -yse (analyse) is still required. false: accept only -ise (organise).'
      }
    }
  },
  docs: {
    summary:
      'US spellings in a UK English draft (color, center, organization, traveling, defense), or UK spellings in a US English one.',
    why: 'A customer notices spelling from the wrong side of the Atlantic: it reads as careless or as a template from somewhere else. Use the spelling of your readers (set with --dialect en-GB or en-US).',
    fail: 'Dear Ms Shah,\n\nWe have moved our service center. Our team will send you the new catalog with the address.\n\nKind regards,\nLeah Morgan',
    pass: 'Dear Ms Shah,\n\nWe have moved our service centre. Our team will send you the new catalogue with the address.\n\nKind regards,\nLeah Morgan',
    details:
      "Reports a word of the body (or the greeting and close) that dialect-pairs.json lists as the other dialect's spelling, with the form to use: in en-GB (the default) `color` → `colour`, `center` → `centre`, `organize` → `organise`, `analyze` → `analyse`, `traveling` → `travelling`, `defense` → `defence`, `catalog` → `catalogue`, `gray` → `grey`; in en-US (`--dialect en-US`) the other way round. " +
      'The pairs are every US-only word of dictionary-en that a spelling pattern turns into a UK-only word of dictionary-en-gb (-ize/-ise, -yze/-yse, -or/-our, -er/-re, -l/-ll, -og/-ogue, -ense/-ence, ae, oe, -gement), plus a short checked list of irregular pairs; words right in both dialects with different senses (program, check, tire, curb, draft, license, practice, meter) are never reported. ' +
      '-ize: by default en-GB accepts -ize as well as -ise (Oxford spelling: organize and organise, realize and realise), as the Oxford dictionaries and examiners of British English do, never -yze (analyse); an organisation that writes only -ise, as GOV.UK style does, sets the option `oxford: false`, and -ize is then reported with the -ise form. ' +
      'Not reported: capitalised words mid-sentence (names such as Center Parcs), capitals (acronyms), words in the personal dictionary, and words of a body paragraph in another language (the paragraphs spelling/misspelling reports once instead of word by word: `color` in Spanish is Spanish). A word this rule reports is not also reported by spelling/misspelling.'
  },
  check(doc, context) {
    const words = personalWords(context.settings.dictionary)
    const dialectName = context.settings.dialect
    for (const word of scanWords(doc)) {
      if (words.has(word.text.toLowerCase())) continue
      for (const {token, form, ize} of dialectHits(word, word.parts, dialectName, context.options.oxford !== false)) {
        // `color` in a Spanish paragraph is Spanish (the same paragraphs spelling/misspelling leaves alone).
        if (words.has(token.text.toLowerCase()) || inForeignParagraph(doc, context, token.start)) continue
        const other = dialectName === 'en-GB' ? 'US' : 'UK'
        context.report({
          start: token.start,
          end: token.end,
          message: ize
            ? `'${token.text}' is the US (and Oxford) spelling; your organisation writes -ise (the oxford option of spelling/dialect is off): write '${form}'.`
            : `'${token.text}' is the ${other} spelling; in ${dialectName} write '${form}'.`,
          actual: token.text,
          expected: form,
          suggestion: `Replace "${token.text}" with "${form}".`,
          fix: {start: token.start, end: token.end, text: form}
        })
      }
    }
  }
}
