/**
 * spelling/salutation-close: the salutation and the complimentary close spelt against what they
 * should be (`Yours sincerly` → `sincerely`, `Your faithfully` → `Yours`, `Dear Ser or Madam` →
 * `Sir`, `Dear Madame` → `Madam`, `Dear Mz Ryan` → `Ms`). Read from the draft's lines, so a
 * misspelt close that the splitter took for the sender's name is checked too.
 */
import {osa} from '../../src/spell/index.js'
import type {CorrDocument, Rule} from '../../src/types.js'
import {linesOf} from './proof-text.js'

const CLOSE_WORDS = ['sincerely', 'faithfully', 'truly']
/**
 * `Yours sincerely,` as a line of its own: two words, spaces or tabs between, a comma or full stop
 * after, white space around (read on the line as it is: nothing is copied for the many lines that
 * are not a close).
 */
const CLOSE_LINE = /^\s*([A-Za-z']{3,8})[ \t]+([A-Za-z]{4,14})[,.!]?\s*$/
const YOURS = new Set(['yours', 'your', "your's", 'yous', 'yuors', 'yors', 'yoursr'])
/** What follows `Dear` on a greeting line (spaces trimmed, the final comma, colon or ! dropped), if it is one. */
function afterDear(line: string): string | undefined {
  const text = line.trim()
  if (!text.startsWith('Dear ') || text.length > 70) return undefined
  const rest = text
    .slice(5)
    .replace(/[,:!]$/, '')
    .trim()
  return rest === '' ? undefined : rest
}
/** Titles written for another (`Mz Ryan`): the title meant. */
const TITLE_SLIPS = new Map([
  ['mz', 'Ms'],
  ['mss', 'Ms'],
  ['mis', 'Miss'],
  ['mrss', 'Mrs'],
  ['mrr', 'Mr'],
  ['sri', 'Sir'],
  ['madm', 'Madam']
])

interface Slip {
  start: number
  end: number
  expected: string
  message: string
}

/** `word` with the capital of `like`. */
function likeCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

/** The close word (`sincerely`…) that `word` is a misspelling of, if any. */
function closeWordFor(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (CLOSE_WORDS.includes(lower)) return undefined
  let best: string | undefined
  let bestDistance = 4
  for (const candidate of CLOSE_WORDS) {
    const distance = osa(lower, candidate, 3)
    // `truly` is short: one slip at most; the long words take up to three (`Sincelery`, `Sinicerely`).
    if (distance < bestDistance && distance <= (candidate.length <= 5 ? 1 : 3)) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function closeSlips(line: {start: number; text: string}): Slip[] {
  const match = CLOSE_LINE.exec(line.text)
  if (!match) return []
  const [, first, second] = match
  const firstLower = first.toLowerCase()
  if (!YOURS.has(firstLower)) return []
  const meant = closeWordFor(second)
  if (!meant && !CLOSE_WORDS.includes(second.toLowerCase())) return []
  const slips: Slip[] = []
  const firstStart = line.start + line.text.indexOf(first)
  const secondStart = line.start + line.text.indexOf(second, firstStart - line.start + first.length)
  if (firstLower !== 'yours') {
    const expected = likeCase('yours', first)
    slips.push({
      start: firstStart,
      end: firstStart + first.length,
      expected,
      message: `The close is '${expected} ${meant ?? second.toLowerCase()}', not '${first} ${second}'.`
    })
  }
  if (meant) {
    const expected = likeCase(meant, second)
    slips.push({
      start: secondStart,
      end: secondStart + second.length,
      expected,
      message: `'${second}' is misspelt: the close is 'Yours ${meant}'.`
    })
  }
  return slips
}

function salutationSlips(line: {start: number; text: string}, isKnownName: (word: string) => boolean): Slip[] {
  const rest = afterDear(line.text)
  if (rest === undefined) return []
  const words = [...rest.matchAll(/[A-Za-z']+/g)]
  const at = (word: RegExpMatchArray): number => line.start + line.text.indexOf(rest) + word.index!
  const slips: Slip[] = []
  const wrong = (word: RegExpMatchArray, expected: string, message: string): void => {
    slips.push({start: at(word), end: at(word) + word[0].length, expected, message})
  }
  const lower = words.map((word) => word[0].toLowerCase())
  // `Dear Sir or Madam` and its slips (`Ser or madam`, `Sir or Madame`).
  if (words.length === 3 && lower[1] === 'or') {
    if (lower[0] !== 'sir' && lower[0].length <= 4 && osa(lower[0], 'sir', 1) <= 1)
      wrong(words[0], likeCase('sir', words[0][0]), `'${words[0][0]} or ${words[2][0]}': write 'Sir'.`)
    if (lower[2] !== 'madam' && osa(lower[2], 'madam', 2) <= 2)
      wrong(words[2], likeCase('madam', words[2][0]), `'${words[0][0]} or ${words[2][0]}': write 'Madam'.`)
    return slips
  }
  // `Dear Madame,` alone (before a name, `Madame Dubois` is the French title).
  if (
    words.length === 1 &&
    lower[0] !== 'madam' &&
    lower[0].length >= 4 &&
    osa(lower[0], 'madam', 2) <= 2 &&
    !isKnownName(lower[0])
  ) {
    wrong(
      words[0],
      likeCase('madam', words[0][0]),
      `'Dear ${words[0][0]}': the greeting to a woman whose name you do not know is 'Dear Madam'.`
    )
    return slips
  }
  // A title slip before a name (`Mz. Ryan`).
  if (words.length >= 2) {
    const title = TITLE_SLIPS.get(lower[0])
    if (title && /^\p{Lu}/u.test(words[1][0]))
      wrong(words[0], title, `'${words[0][0]}' is not a title: write '${title}'.`)
  }
  return slips
}

export const salutationClose: Rule = {
  id: 'spelling/salutation-close',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary:
      'A misspelt salutation or complimentary close (`Yours sincerly`, `Your faithfully`, `Dear Ser or Madam`, `Dear Madame`), with what it should be.',
    why: 'The greeting and the sign-off are the first and last words the reader sees, and the ones an examiner checks first: a slip there is noticed more than anywhere else.',
    fail: 'Dear Ser or Madam,\n\nI am writing to ask about the course that starts in September.\n\nYours faithfuly,\nOlena Shevchenko',
    pass: 'Dear Sir or Madam,\n\nI am writing to ask about the course that starts in September.\n\nYours faithfully,\nOlena Shevchenko',
    details:
      "Reads the lines of the draft (not headers or quoted text): a line of two words that starts with `Yours` or a slip of it (`Your`, `Your's`, `Yous`) and whose second word is `sincerely`, `faithfully` or `truly` or a misspelling of one (up to three slips for the long ones: `Sincelery`, `Sinicerely`, `faithfuly`; one for `truly`) is a close: a misspelt word is reported with the right one, and `Your` with `Yours`. " +
      'A `Dear …` line: `Dear X or Y` is checked against `Sir or Madam` (one slip for `Sir`, two for `Madam`: `Ser`, `Madame`); `Dear Madame` alone (two slips from `Madam`, not a first name) is `Dear Madam` (before a name, `Madame Dubois` is the French title and is not reported); a title slip before a name (`Mz`, `Mis`, `Mss`) gets the title meant. ' +
      'Not reported: `Yours Sincerely` with a capital (a style, not a spelling), closes of other words (`Kind regards`: spelling/misspelling checks those), and names (`Dear Adam` is not `Dear Madam`). spelling/misspelling leaves the words of a `Yours …` close to this rule.'
  },
  check(doc, context) {
    // The writer's own lines (doc.prose: headers, quotes and other set-aside parts blanked).
    const lines = linesOf(doc, {start: 0, end: doc.prose.length})
    // The salutation is among the first lines; the close anywhere after it (the splitter may not know it).
    const dear = lines.slice(0, 4).find((line) => afterDear(line.text) !== undefined)
    const slips = dear ? salutationSlips(dear, context.wordLists.isKnownName) : []
    for (const line of lines) {
      if (dear && line.start <= dear.start) continue
      const found = closeSlips(line)
      if (found.length > 0) {
        for (const slip of found) slips.push(slip)
        break
      }
    }
    for (const slip of slips) {
      const actual = doc.text.slice(slip.start, slip.end)
      context.report({
        start: slip.start,
        end: slip.end,
        message: slip.message,
        actual,
        expected: slip.expected,
        suggestion: `Replace '${actual}' with '${slip.expected}'.`
      })
    }
  }
}

/** Whether `[start, end)` is a word of a `Yours …` close line (spelling/misspelling leaves those to this rule). */
export function inYoursClose(doc: CorrDocument, start: number, end: number): boolean {
  // Only a word of a close can be (a cheap test first: looking for the line is not, on a long one).
  const word = doc.text.slice(start, end).toLowerCase()
  if (!YOURS.has(word) && !CLOSE_WORDS.includes(word) && closeWordFor(word) === undefined) return false
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1
  let lineEnd = doc.text.indexOf('\n', end)
  if (lineEnd === -1) lineEnd = doc.text.length
  const match = CLOSE_LINE.exec(doc.text.slice(lineStart, lineEnd))
  return (
    match !== null &&
    YOURS.has(match[1].toLowerCase()) &&
    (closeWordFor(match[2]) !== undefined || CLOSE_WORDS.includes(match[2].toLowerCase()))
  )
}
