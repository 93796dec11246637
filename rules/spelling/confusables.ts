/**
 * Pairs of words that are confused (`its`/`it's`, `your`/`you're`): a rule reports a listed phrase
 * that cannot be read the other way. Used by spelling/its-its and spelling/your-youre.
 */
import type {CorrDocument, Rule, Sentence} from '../../src/types.js'
import {charAfter, isCodeLike, matchCase, nextWord, normaliseWord, normalWords, writerSentences} from './proof-text.js'

export interface Confusable {
  phrase: string
  write: string
  /** `end`: the pair must end a clause; `before`: one of `next` must follow. */
  when?: 'end' | 'before'
  next?: string[]
}

interface CompiledConfusable extends Confusable {
  tokens: string[]
  following: Set<string>
}

function compile(list: Confusable[]): Map<string, CompiledConfusable[]> {
  const index = new Map<string, CompiledConfusable[]>()
  for (const entry of list) {
    const tokens = normaliseWord(entry.phrase).split(' ')
    const key = tokens.slice(0, 2).join(' ')
    const entries = index.get(key) ?? []
    entries.push({...entry, tokens, following: new Set(entry.next ?? [])})
    entries.sort((a, b) => b.tokens.length - a.tokens.length)
    index.set(key, entries)
  }
  return index
}

/** The entry of `index` matching at word `at` of `sentence`, with the index of its last word. */
function confusableAt(
  doc: CorrDocument,
  sentence: Sentence,
  at: number,
  index: Map<string, CompiledConfusable[]>
): {entry: CompiledConfusable; last: number} | undefined {
  const second = nextWord(doc, sentence, at)
  if (!second) return undefined
  const words = sentence.words
  const normal = normalWords(sentence)
  const candidates = index.get(`${normal[at]} ${normal[at + 1]}`)
  if (!candidates) return undefined
  for (const entry of candidates) {
    let last = at + 1
    let matched = true
    for (let offset = 2; offset < entry.tokens.length; offset++) {
      const word = nextWord(doc, sentence, last)
      if (!word || normal[last + 1] !== entry.tokens[offset]) {
        matched = false
        break
      }
      last++
    }
    if (!matched) continue
    const end = words[last].end
    const after = doc.prose[end] ?? ''
    // A hyphen makes a compound (its no-claims bonus, your A-level); a capital letter is a label (your A grade).
    if (after === '-' || (last === at + 1 && /^\p{Lu}$/u.test(second.text))) continue
    if (entry.when === 'end' && !/^(?:[.,;:!?)]|$)/.test(charAfter(doc, end)) && !(end >= sentence.end - 1)) continue
    if (entry.when === 'before') {
      const following = nextWord(doc, sentence, last)
      if (!following || !entry.following.has(normal[last + 1])) continue
    }
    return {entry, last}
  }
  return undefined
}

export function confusableRule(id: string, list: Confusable[], docs: Rule['docs']): Rule {
  const index = compile(list)
  const firsts = new Set(list.map((entry) => normaliseWord(entry.phrase).split(' ')[0]))
  return {
    id,
    criterion: 'spelling',
    severity: 'error',
    docs,
    check(doc, context) {
      for (const sentence of writerSentences(doc)) {
        const words = sentence.words
        const normal = normalWords(sentence)
        for (let at = 0; at < words.length - 1; at++) {
          if (!firsts.has(normal[at])) continue
          if (isCodeLike(words[at].text)) continue
          const hit = confusableAt(doc, sentence, at, index)
          if (!hit) continue
          const actual = doc.text.slice(words[at].start, words[hit.last].end)
          const expected = matchCase(hit.entry.write, actual)
          context.report({
            start: words[at].start,
            end: words[hit.last].end,
            message: `'${actual}' should be '${expected}'.`,
            actual,
            expected,
            suggestion: `Replace '${actual}' with '${expected}'.`
          })
          at = hit.last
        }
      }
    }
  }
}
