/**
 * spelling/misspelling: words of the writer's prose that the dialect's dictionary (dictionary-en-gb,
 * or dictionary-en with --dialect en-US) does not have, with a suggestion.
 */
import {commonSlip, osa, type Speller, sameUndoubled} from '../../src/spell/index.js'
import type {CorrDocument, Rule, Settings, Span} from '../../src/types.js'
import register from '../tone/register.json' with {type: 'json'}
import business from './business-words.json' with {type: 'json'}
import {dialectHits, isOxfordIze, oxfordSpelling} from './dialect.js'
import {foreignParagraphs, slipOfWord} from './foreign.js'
import learner from './learner-words.json' with {type: 'json'}
import {inYoursClose} from './salutation-close.js'
import {caseOf, personalWords, SpanIndex, scanWords, type Token} from './words.js'

const BUSINESS = new Set(business.words)
const PREFIXES = new Set(business.prefixes)
/** Text-speak and casual words (`lol`, `probs`, `thx`): tone/register reports them, once. */
const CASUAL = new Set(
  register.casual.map((entry) => entry.phrase.toLowerCase()).filter((phrase) => /^[a-z']+$/.test(phrase))
)
const NONE: ReturnType<typeof foreignParagraphs> = new Map()
/** Distinct unknown words per draft that get a suggestion; the rest are reported without one. */
const MAX_SUGGESTED = 60
/** Endings of contractions and possessives: the stem before them is what is checked. */
const CLITIC = /^(.+?)(?:'s|'ll|'re|'ve|'d|')$/i
/** Learners' misspellings the dictionary check alone gets wrong (`donnot`, `I'am`, `Therefor,`). */
const LEARNER = new Map<string, {write: string; when?: string}>(Object.entries(learner.words))
/**
 * How often (per 51 million words, SUBTLEX) the word a capitalised or all-capitals unknown word is
 * taken for must be used at least: names and brands are mostly one slip from rare words
 * (`Patel` from `pastel`, `Argos` from `argon`), misspellings from common ones (`Augost`).
 */
const MIN_INTENDED_COUNT = 20
/** A sentence is in capitals when at least this many of its words are, and few are not. */
const CAPS_MIN_WORDS = 3
const CAPS_MAX_LOWER_SHARE = 0.25

/** Whether a word (any case) is accepted by the dictionary, the business list or the user's words. */
function known(text: string, spell: Speller, personal: Set<string>, oxford: boolean): boolean {
  const lower = text.toLowerCase()
  if (personal.has(lower) || BUSINESS.has(lower) || CASUAL.has(lower) || spell.correct(text)) return true
  if (oxford && isOxfordIze(lower)) return true
  const clitic = CLITIC.exec(text)
  if (clitic) {
    const stem = clitic[1]
    const stemLower = stem.toLowerCase()
    if (personal.has(stemLower) || BUSINESS.has(stemLower) || spell.correct(stem) || (oxford && isOxfordIze(stemLower)))
      return true
  }
  // The dictionaries spell borrowed words without accents (cafe, facade, naive): accept the accented
  // spelling a careful writer may prefer (café, façade, naïve) when the plain one is a word.
  if (/[^\u0000-\u007f]/.test(text)) {
    const plain = text.normalize('NFD').replace(/\p{M}/gu, '')
    if (plain !== text) return known(plain, spell, personal, oxford)
  }
  return false
}

/**
 * Capitalised words a draft shows are names: written with a capital somewhere other than the
 * start of a sentence or line, or anywhere in the headers, salutation, signature, address blocks
 * or set-aside parts.
 */
function namesIn(doc: CorrDocument): Set<string> {
  return capitalisedWords(doc, true)
}

/** Capitalised words of the headers, salutation, signature, address blocks and set-aside parts. */
function namesOfParts(doc: CorrDocument): Set<string> {
  return capitalisedWords(doc, false)
}

function capitalisedWords(doc: CorrDocument, midSentence: boolean): Set<string> {
  const names = new Set<string>()
  const nameParts: Span[] = [...doc.opening.addressBlocks, ...doc.setAside]
  for (const header of Object.values(doc.headers)) if (header) nameParts.push(header)
  if (doc.opening.salutation) nameParts.push(doc.opening.salutation)
  if (doc.closing.span) nameParts.push(doc.closing.span)
  const inNameParts = new SpanIndex(nameParts)
  for (const match of doc.text.matchAll(/\p{Lu}[\p{L}'’]*/gu)) {
    const word = match[0].replace(/’/g, "'")
    if (inNameParts.overlaps(match.index, match.index + 1)) {
      names.add(word)
      continue
    }
    if (!midSentence) continue
    // After a sentence end, an opening quote or bracket, or at the start of a line, a capital says nothing.
    let index = match.index - 1
    while (index >= 0 && (doc.text[index] === ' ' || doc.text[index] === '\t')) index--
    if (index < 0 || '.!?:\n\r"\'(“‘'.includes(doc.text[index])) continue
    names.add(word)
  }
  return names
}

/**
 * The common word that a capitalised or all-capitals unknown word is a misspelling of, when the
 * evidence says so: one of its closest dictionary words is used at least MIN_INTENDED_COUNT times
 * and is one common slip away (`commonSlip`), or, with the same first letter, one edit away in a
 * word of 6 letters or more (5 for a letter left out: `Autum`), or two in a word of 8 or more, or of 6 when the two are doubled
 * letters written single (`Secontly`,
 * `Carifolnia`, `DEFINETELLY`, `COMITEE`); and it is not a first name
 * or surname of the names list. Undefined otherwise: a name, a brand or an acronym.
 */
function slipTarget(spell: Speller, text: string, isKnownName: (word: string) => boolean): string | undefined {
  const lower = text.toLowerCase()
  if (lower.length < 4) return undefined
  for (const candidate of spell.suggest(text, 5)) {
    const candidateLower = candidate.toLowerCase()
    if (candidateLower.includes(' ') || spell.frequency(candidateLower) < MIN_INTENDED_COUNT) continue
    // A short word near a name is another name (`Ikea`, `Ike`); a long one is a misspelt name (`Carifolnia`).
    if (candidate.charAt(0) !== candidateLower.charAt(0) && !spell.correct(candidateLower) && lower.length < 6) continue
    const distance = osa(lower, candidateLower, 2)
    // Beyond the commonest slips the first letter must be kept: brands change it (`Gmail`, not `email`).
    const slip =
      commonSlip(lower, candidateLower) ||
      (candidateLower[0] === lower[0] &&
        ((distance === 1 && (lower.length >= 6 || (lower.length >= 5 && candidateLower.length > lower.length))) ||
          (distance === 2 && (lower.length >= 8 || (lower.length >= 6 && sameUndoubled(lower, candidateLower))))))
    if (!slip) continue
    return isKnownName(lower) ? undefined : candidate
  }
  return undefined
}

/** Whether `lower` is two dictionary words of three letters or more run together: a brand (`Brightpay`, `Moneysaver`). */
function compound(spell: Speller, lower: string): boolean {
  for (let at = 3; at <= lower.length - 3; at++)
    if (spell.correct(lower.slice(0, at)) && spell.correct(lower.slice(at))) return true
  return false
}

/** Which sentences of `doc` are written in capitals (most of their words, three at least). */
function capitalSentences(doc: CorrDocument): Set<number> {
  const found = new Set<number>()
  doc.sentences.forEach((sentence, index) => {
    let upper = 0
    let lower = 0
    for (const word of sentence.words) {
      if (!/\p{L}/u.test(word.text)) continue
      if (/\p{Ll}/u.test(word.text)) lower++
      else if (word.text.length > 1) upper++
    }
    if (upper >= CAPS_MIN_WORDS && lower <= upper * CAPS_MAX_LOWER_SHARE) found.add(index)
  })
  return found
}

/** Whether the character before `start` (spaces aside) opens a sentence, a quotation or a bracket. */
function afterOpening(doc: CorrDocument, start: number): boolean {
  let index = start - 1
  while (index >= 0 && (doc.text[index] === ' ' || doc.text[index] === '\t')) index--
  return index < 0 || '.!?:;\n\r"\'(“‘[-–—'.includes(doc.text[index])
}

/** `write` with the capital of `like` when `like` starts with one (`Donnot` → `Do not`). */
function matchCaseOf(write: string, like: string): string {
  return /^\p{Lu}/u.test(like) && like !== like.toUpperCase()
    ? write.charAt(0).toUpperCase() + write.slice(1)
    : like === like.toUpperCase() && like.length > 1
      ? write.toUpperCase()
      : write
}

export const misspelling: Rule = {
  id: 'spelling/misspelling',
  criterion: 'spelling',
  severity: 'error',
  prepare(settings: Settings, wordLists) {
    wordLists.speller(settings.dialect)
  },
  docs: {
    summary: "Words the dictionary of the draft's dialect does not have (en-GB by default), with a suggestion.",
    why: 'A misspelt word in a reply to a customer looks careless and makes them doubt the rest of the message. Spelling is one of the first things assessors check.',
    fail: 'Dear Mr Evans,\n\nThank you for your email. I will definately send the replacement part today, and you should recieve it by Friday.\n\nKind regards,\nAmy Clarke',
    pass: 'Dear Mr Evans,\n\nThank you for your email. I will definitely send the replacement part today, and you should receive it by Friday.\n\nKind regards,\nAmy Clarke',
    details:
      'Checks the words of the body, the greeting word and the complimentary close against the word list built from dictionary-en-gb (or dictionary-en with --dialect en-US): the same words nspell accepts, with its case rules (a lower-case word may be written in Title Case or capitals, a name may not be written in lower case). Reports "\'definately\' is not in the en-GB dictionary" with the closest dictionary word as the suggestion (edit distance up to 2; for the first 60 distinct unknown words of a draft, which bounds the time a page of another language can take). ' +
      "Never reported: the name in the salutation and the signature, headers and quotes; capitalised words mid-sentence (names, places, products) and words in capitals (acronyms); a capitalised first word of a sentence unless it is one common slip (two letters swapped, a vowel for a vowel, a doubled or missing letter or vowel) away from a lower-case dictionary word and is not written as a name elsewhere in the draft, signature or headers included (`Definately` and `Recieved` are reported; `Okafor`, `Argos`, `Asda` and `Sian` are not); anything with a digit (reference and product codes such as ORD-35034, money, dates such as 21st, postcodes such as M1 2AB, phone numbers); email addresses, URLs and domains; one-letter words; the value after a secret's name (password is …, memorable word: …), which a finding would repeat; contractions and possessives whose stem is a word (customer's, we'll); accented spellings of words the dictionary has without accents (café, façade, naïve); hyphenated words whose parts are words (a common prefix such as pre- or co- counts); the words of business-words.json (webchat, satnav, timeslot, wellbeing…); text-speak and casual words that tone/register reports (lol, probs, thx: one finding, under tone); and the personal dictionary: `dictionary`, `dictionaryFile` and `spelling.accept` in the configuration, `--dictionary FILE`, and guideline terms (case-insensitive). " +
      'A body paragraph of 12 or more checked words of which half or more are unknown, and whose longer unknown words are mostly not one slip from a dictionary word (the Welsh text of a bilingual letter, a paragraph in French), is reported once, as a warning, instead of word by word; an English paragraph full of slips (`teh`, `recieved`, `adress`) is still reported word by word. ' +
      'Words in `spelling.reject` are always reported. A US spelling in en-GB (or UK in en-US) is reported by spelling/dialect instead, once. -ize forms are accepted (Oxford spelling) unless spelling/dialect has `oxford: false`.'
  },
  check(doc, context) {
    const settings = context.settings
    const spell = context.wordLists.speller(settings.dialect)
    const personal = personalWords(settings.dictionary)
    const reject = new Set((settings.rejectWords ?? []).map((word) => word.toLowerCase()))
    const oxford = oxfordSpelling(settings)
    let names: Set<string> | undefined
    const suggested = new Set<string>()
    const fine = new Map<string, boolean>()
    const report = (token: Token, target?: string): void => {
      const lower = token.text.toLowerCase()
      // Suggestions cost about 10 ms per distinct word: bounded per draft (a page of another language).
      if (suggested.size < MAX_SUGGESTED) suggested.add(lower)
      const best = target ?? (suggested.has(lower) ? spell.suggest(token.text, 1)[0] : undefined)
      context.report({
        start: token.start,
        end: token.end,
        message: `'${token.text}' is not in the ${settings.dialect} dictionary.`,
        actual: token.text,
        ...(best
          ? {
              expected: best,
              suggestion: `Replace "${token.text}" with "${best}".`,
              fix: {start: token.start, end: token.end, text: best, review: true}
            }
          : {
              suggestion: `Check the spelling of "${lower}"; if it is right, add it to the dictionary (\`dictionary\` in the configuration, or --dictionary FILE).`
            })
      })
    }
    const rejected = (token: Token): void => {
      context.report({
        start: token.start,
        end: token.end,
        message: `'${token.text}' is on the organisation's list of words not to use (spelling.reject).`,
        actual: token.text,
        suggestion: `Reword without "${token.text}".`
      })
    }
    // Unknown words are collected first, with their body paragraph, so that a paragraph in another language can be reported once.
    const paragraphs = doc.body.paragraphs
    const unknown: Array<{token: Token; paragraph: number; target?: string}> = []
    let capitals: Set<number> | undefined
    let partNames: Set<string> | undefined
    for (const word of scanWords(doc)) {
      const paragraph = word.paragraph
      const whole = word.text.toLowerCase()
      if (reject.has(whole)) {
        rejected(word)
        continue
      }
      const rejectedParts =
        word.parts.length === 0 ? word.parts : word.parts.filter((part) => reject.has(part.text.toLowerCase()))
      if (rejectedParts.length > 0) {
        rejectedParts.forEach(rejected)
        continue
      }
      const slip = LEARNER.get(whole)
      if (
        slip &&
        word.parts.length === 0 &&
        (slip.when !== 'start' || (word.sentenceStart && doc.text[word.end] === ','))
      ) {
        unknown.push({token: word, paragraph, target: matchCaseOf(slip.write, word.text)})
        continue
      }
      // A lower-case word's verdict depends only on its text: decide each once per draft.
      const simple = word.parts.length === 0 && whole === word.text
      const cached = simple ? fine.get(whole) : undefined
      if (cached === true) continue
      if (cached === undefined) {
        const ok =
          personal.has(whole) ||
          dialectHits(word, word.parts, settings.dialect, oxford).length > 0 ||
          known(word.text, spell, personal, oxford)
        if (simple) fine.set(whole, ok)
        if (ok) continue
      }
      const tokens = word.parts.length > 0 ? word.parts : [word]
      tokens.forEach((token, index) => {
        if (token.text.length < 2) return
        if (word.parts.length > 0 && index < tokens.length - 1 && PREFIXES.has(token.text.toLowerCase())) return
        const lower = token.text.toLowerCase()
        const shape = caseOf(token.text)
        if (shape === 'mixed') return
        let target: string | undefined
        // Whether a suggestion may still be computed for a word that is reported only on evidence.
        const mayTry = (): boolean => {
          if (suggested.has(lower)) return true
          if (suggested.size >= MAX_SUGGESTED) return false
          suggested.add(lower)
          return true
        }
        if (shape === 'upper') {
          // Capitals: acronyms (HMRC, SKU) unless the whole sentence is in capitals and the word is a slip of a common word.
          capitals ??= capitalSentences(doc)
          // Four letters or fewer in capitals is an acronym more often than a slip (`FIFA`, not `FIFE`).
          if (
            token.text.length < 5 ||
            !capitals.has(word.sentence) ||
            known(token.text, spell, personal, oxford) ||
            !mayTry()
          )
            return
          target = slipTarget(spell, token.text, context.wordLists.isKnownName)
          if (!target) return
        } else if (shape === 'title' && !token.sentenceStart) {
          // A capitalised word mid-sentence: a name, unless it stands alone (not in a run of
          // capitalised words), the draft never writes it in a name part, it is not two words run
          // together (a brand), and it is a slip of a common word.
          if (word.capitalRun || afterOpening(doc, token.start) || known(token.text, spell, personal, oxford)) return
          // After a first word that is itself a name (`Elena Chilkina has…`), a run too.
          if (word.first !== undefined && !spell.correct(word.first.toLowerCase())) return
          partNames ??= namesOfParts(doc)
          if (partNames.has(token.text) || compound(spell, lower) || !mayTry()) return
          target = slipTarget(spell, token.text, context.wordLists.isKnownName)
          if (!target) return
        } else {
          if (known(token.text, spell, personal, oxford)) return
          if (shape === 'title') {
            // A capitalised first word: a name unless it is one slip from a dictionary word, or
            // (before a comma, where names are rare: `Secontly,`) a slip of a common word.
            names ??= namesIn(doc)
            if (names.has(token.text) || !mayTry()) return
            if (lower.length < 3 || !slipOfWord(spell, lower)) {
              if (doc.text[token.end] !== ',') return
              target = slipTarget(spell, token.text, context.wordLists.isKnownName)
              if (!target) return
            }
          }
        }
        // `Yours sincerly`: spelling/salutation-close reports it with the close meant.
        if (inYoursClose(doc, token.start, token.end)) return
        unknown.push({token, paragraph, target})
      })
    }
    // A paragraph in another language (foreign.ts, shared with spelling/dialect and spelling/indefinite-article): one finding.
    // (Only a paragraph with unknown words can be one: most drafts have none, and skip the look.)
    const foreign = unknown.some((item) => item.paragraph !== -1) ? foreignParagraphs(doc, context) : NONE
    for (const [paragraph, {unknown: count, checked: total}] of foreign) {
      const {start, end} = paragraphs[paragraph]
      const lineEnd = doc.text.indexOf('\n', start)
      context.report({
        severity: 'warning',
        start,
        end: lineEnd === -1 || lineEnd > end ? end : lineEnd,
        message: `Paragraph ${paragraph + 1} does not read as ${settings.dialect}: ${count} of its ${total} words are not in the dictionary, so they are not reported one by one.`,
        actual: `${count} of ${total} words unknown`,
        suggestion:
          'If the paragraph is in another language (the Welsh text of a bilingual letter, a message you quote), that is fine; otherwise check its spelling word by word.'
      })
    }
    for (const {token, paragraph, target} of unknown) if (!foreign.has(paragraph)) report(token, target)
  }
}
