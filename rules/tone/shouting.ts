import type {CorrDocument, Rule, Sentence, Word} from '../../src/types.js'
import data from './shouting.json' with {type: 'json'}
import {bodySentences, quote, severityFor} from './text.js'

const acronyms = new Set(data.acronyms)
const emphasis = new Set(data.emphasis)
const capitals = /^\p{Lu}[\p{Lu}'’]*\p{Lu}$/u
const runLength = 3

/** tone/shouting: no sentences or words in capitals, no `!!`, at most one `!` in a letter. */
export const shouting: Rule = {
  id: 'tone/shouting',
  criterion: 'tone',
  severity: 'warning',
  docs: {
    summary:
      'No shouting: no sentences or words in capitals (acronyms and codes are fine), no "!!", at most one "!" in a letter.',
    why: 'Capitals read as shouting and are harder to read than ordinary text. Repeated exclamation marks sound alarmed or sarcastic. To make something stand out, put it first or in a sentence of its own.',
    fail: 'Dear Mr Nowak,\n\nThank you for renewing your policy MT-558210. PLEASE NOTE THAT YOUR NEW CARD IS ENCLOSED. Keep it safe!!\n\nKind regards,\nOwen Price',
    pass: 'Dear Mr Nowak,\n\nThank you for renewing your policy MT-558210. Your new card is enclosed with this letter: please keep it safe.\n\nKind regards,\nOwen Price',
    details:
      'Error for a run of three or more words in capitals in the body (unless they are all acronyms or codes). Warning for a single word in capitals that is not an acronym (four letters or more, or an emphasis word such as NOT or NEVER); acronyms and codes are accepted: shouting.json lists known ones, and words of up to three letters, words with digits or hyphens (ORD-123) and words next to a code are also fine. ' +
      'Warning for "!!" (error for "!!!" or more) and, in a letter, for every "!" after the first.'
  },
  check(doc, context) {
    for (const sentence of bodySentences(doc)) reportCapitals(doc, sentence, context)
    const span = doc.body.span
    if (!span) return
    const body = doc.prose.slice(span.start, span.end)
    let seen = 0
    for (const match of body.matchAll(/!+/g)) {
      const start = span.start + match.index
      const end = start + match[0].length
      seen += match[0].length
      if (match[0].length > 1) {
        context.report({
          start,
          end,
          severity: severityFor(context, shouting.id, match[0].length > 2 ? 'error' : 'warning'),
          message: `"${match[0]}": repeated exclamation marks sound like shouting.`,
          actual: match[0],
          expected: 'a full stop (or one "!")',
          suggestion: 'Use a full stop.'
        })
      } else if (doc.kind === 'letter' && seen > 1) {
        context.report({
          start,
          end,
          message: 'More than one "!" in a letter: keep exclamation marks for the one sentence that needs one, if any.',
          actual: '!',
          expected: '.',
          suggestion: 'Use a full stop.'
        })
      }
    }
  }
}

function reportCapitals(doc: CorrDocument, sentence: Sentence, context: Parameters<Rule['check']>[1]): void {
  const words = sentence.words
  let index = 0
  while (index < words.length) {
    if (!capitals.test(words[index].text)) {
      index++
      continue
    }
    let end = index
    while (end + 1 < words.length && continuesRun(words[end + 1].text)) end++
    while (end > index && !capitals.test(words[end].text)) end--
    const run = words.slice(index, end + 1)
    const shouted = run.filter((word, at) => capitals.test(word.text) && !isAcronym(word, words, index + at))
    const count = run.filter((word) => !/^\d/.test(word.text)).length
    if (count >= runLength && shouted.length > 0) {
      const first = run[0]
      const last = run.at(-1)!
      context.report({
        start: first.start,
        end: last.end,
        severity: severityFor(context, shouting.id, 'error'),
        message: `${count} words in capitals read as shouting: "${quote(doc, first.start, last.end)}".`,
        actual: quote(doc, first.start, last.end),
        expected: 'sentence case',
        suggestion: 'Write the sentence in ordinary sentence case; put what matters first instead.'
      })
    } else {
      for (const word of shouted) {
        if (word.text.length < 4 && !emphasis.has(word.text)) continue
        context.report({
          start: word.start,
          end: word.end,
          message: `"${word.text}" in capitals reads as shouting.`,
          actual: word.text,
          expected: word.text.toLowerCase(),
          suggestion: `Write "${word.text.toLowerCase()}"; to stress a point, give it its own sentence.`
        })
      }
    }
    index = end + 1
  }
}

/** Inside a run of capitals, single capital letters (A, I) and numbers (18 DECEMBER) do not end it. */
function continuesRun(text: string): boolean {
  return capitals.test(text) || /^\p{Lu}$/u.test(text) || /^\d[\d.,:]*$/.test(text)
}

/** An acronym or code: a known acronym, a word with digits or symbols, or a word next to a number. */
function isAcronym(word: Word, words: readonly Word[], index: number): boolean {
  const bare = word.text.replace(/['’]/g, '')
  if (acronyms.has(bare) || /[\d\-/&.]/.test(word.text)) return true
  const near = [words[index - 1], words[index + 1]]
  return near.some((other) => other !== undefined && /\d/.test(other.text))
}
