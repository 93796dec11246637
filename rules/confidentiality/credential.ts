/**
 * confidentiality/credential: passwords, PINs, one-time codes, memorable words and security
 * answers written out as sentences (`your password is Bluebell2024`, `your PIN is 4821`, `your
 * mother's maiden name is Smith`). No secret scanner looks for these: they are prose, not tokens.
 *
 * A cue names the secret (credentials.json); up to six connecting words may follow it (`is also
 * listed as`, `has been reset to`, `:`), and the next word is the candidate value, which must look
 * like one for its kind. Talking about a secret without giving it (`reset your password`, `we will
 * never ask for your PIN`, `your password is case-sensitive`) gives no value, so no finding.
 */
import type {Rule} from '../../src/types.js'
import data from './credentials.json' with {type: 'json'}

type ValueTest = 'secret' | 'digits' | 'code' | 'word'
interface Kind {
  kind: string
  masked: string
  value: ValueTest
  cues: string[]
}

const kinds = data.kinds as Kind[]
const connectors = new Set(data.connectors.map((word) => word.toLowerCase()))
const notValues = new Set(data.notValues.map((word) => word.toLowerCase()))

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Every cue of every kind, longest first, in one pattern; the kind is found from the match. */
const cueToKind = new Map<string, Kind>()
for (const kind of kinds) for (const cue of kind.cues) cueToKind.set(cue.toLowerCase().replace(/’/g, "'"), kind)
const CUES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...cueToKind.keys()]
    .sort((a, b) => b.length - a.length)
    .map((cue) => escape(cue).replace(/'/g, "['’]").replace(/ /g, '[ \\t]+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu'
)

/** Connecting words after which the next word is the value itself. */
const GIVING = new Set(['is', 'was', 'are', 'were', 'as', 'to', 'reads', 'be'])

/** One word (any run of non-space characters), a quoted value, or a connecting mark, after position `at`. */
const NEXT = /[ \t]*(?:(["“'‘])([^"”'’\n]{1,64})["”'’]|([:=]|[-–—](?=[ \t]))|(\S{1,80}))/y

/**
 * The run of non-space characters around a cue is a link, a path, a merge field or an identifier
 * (`…/users/password/edit?reset_password_token=…`, `{{edit_password_url}}`, `new_password`): the
 * word names a page or a field there, and what follows it is not a secret written for the reader.
 */
function inToken(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' '
  const after = text[end] ?? ' '
  if (/[_=&{%\\]/.test(before) || /[_}%\\]/.test(after)) return true
  let from = start
  while (from > 0 && !/\s/.test(text[from - 1]) && start - from < 200) from--
  const lead = text.slice(from, start)
  return lead.includes('://') || /^[("'<[]?www\./i.test(lead)
}

/** A link given after the cue (`reset your password here: https://…`) is a way to set one, not the password. */
const LINK_VALUE = /^(?:<?https?:\/\/|www\.)|:\/\//i

/** A value made only of masking characters (`********`, `XXXX`, `••••`) hides nothing. */
const MASKED_VALUE = /^(?:[*•xX#]{3,}|\[[^\]]*\]|\{\{?[^}]*\}?\}|<[^>]*>|%[^%]*%)$/

/** Hard to guess: a digit or a symbol, or a capital after a small letter (`Bluebell2024`, `Tr0ub4dor&3x`, `xY7kP`). */
function looksSecret(value: string): boolean {
  return /\d/.test(value) || /[!@#$%^&*+=?~_|\\/<>]/.test(value) || /\p{Ll}\p{Lu}/u.test(value)
}

function accepts(test: ValueTest, value: string, afterMark: boolean, quoted: boolean): boolean {
  if (value.length === 0 || MASKED_VALUE.test(value) || LINK_VALUE.test(value)) return false
  if (notValues.has(value.toLowerCase())) return false
  switch (test) {
    case 'digits':
      return /^\d{4,8}$/.test(value)
    case 'code':
      return /^(?=[A-Za-z]*\d)[A-Za-z\d-]{4,12}$/.test(value)
    case 'secret':
      return value.length >= 4 && (quoted || looksSecret(value) || (afterMark && /^\S{4,}$/.test(value)))
    case 'word':
      // A name or a word: quoted, capitalised, or any word right after `is`/`:` that ends the clause.
      return value.length >= 2 && /^[\p{L}\p{N}'’-]+$/u.test(value)
  }
}

interface Found {
  start: number
  end: number
  kind: Kind
}

/** Every credential value written in `text`. */
export function findCredentials(text: string): Found[] {
  const found: Found[] = []
  CUES.lastIndex = 0
  for (let cue = CUES.exec(text); cue; cue = CUES.exec(text)) {
    const kind = cueToKind.get(
      cue[0]
        .toLowerCase()
        .replace(/’/g, "'")
        .replace(/[ \t]+/g, ' ')
    )
    if (!kind || inToken(text, cue.index, cue.index + cue[0].length)) continue
    let at = cue.index + cue[0].length
    let afterMark = false
    let lastConnector = ''
    for (let step = 0; step < 7; step++) {
      NEXT.lastIndex = at
      const next = NEXT.exec(text)
      if (!next) break
      at = NEXT.lastIndex
      if (next[3]) {
        afterMark = true
        continue
      }
      const quoted = next[2] !== undefined
      let value = quoted ? next[2] : next[4]
      let start = quoted ? next.index + next[0].indexOf(next[1]) + 1 : at - value.length
      if (!quoted) {
        // Sentence punctuation after the value is not part of it.
        // (A password may end in `!` or `?`: kept, since masking one more character costs nothing.)
        // redos-bounded: the value is at most 80 characters (NEXT)
        const trimmed = value.replace(kind.value === 'secret' ? /[.,;:)\]]+$/ : /[.,;:!?)\]]+$/, '')
        if (trimmed.length !== value.length) value = trimmed
        start = at - next[4].length
        if (/^[([]/.test(value) && !MASKED_VALUE.test(value)) break
      }
      const word = value.toLowerCase()
      if (!quoted && connectors.has(word)) {
        lastConnector = word
        continue
      }
      // A word-like secret is given by `is`, `as`, `to` or a colon, not described (`is stored securely`).
      if (kind.value === 'word' && !quoted && !afterMark && !GIVING.has(lastConnector)) break
      if (
        !quoted &&
        step === 0 &&
        !afterMark &&
        kind.value !== 'secret' &&
        kind.value !== 'digits' &&
        kind.value !== 'code'
      )
        break
      if (
        kind.value === 'word' &&
        !quoted &&
        !afterMark &&
        !endsClause(text, start + value.length) &&
        !/^\p{Lu}/u.test(value)
      )
        break
      if (accepts(kind.value, value, afterMark, quoted)) found.push({start, end: start + value.length, kind})
      break
    }
  }
  return found
}

/** Whether the clause ends right after `end`: punctuation, a line break, `and`, or the end of the text. */
function endsClause(text: string, end: number): boolean {
  return /^(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+and[ \t])/.test(text.slice(end, end + 6))
}

const wording: Record<string, {message: string; suggestion: string}> = {
  password: {
    message:
      'A password is written in the message: anyone who reads it, or a forwarded copy, can sign in as the customer.',
    suggestion: 'Never send a password. Send a password-reset link, or ask the customer to set a new one themselves.'
  },
  pin: {
    message:
      'A PIN is written in the message: with the card or the account it gives full access, and correspondence is never a safe place for it.',
    suggestion:
      'Remove the PIN. PINs reach customers only by their own secure route (a separate letter, the app), never in correspondence.'
  },
  'one-time-code': {
    message:
      "A one-time code is written in the message: whoever reads it first can use it to pass the customer's security check.",
    suggestion: "Remove the code. Codes come only from the verification service, straight to the customer's phone."
  },
  'memorable-word': {
    message:
      "A memorable word is written in the message: it is part of the customer's security check, and anyone who reads it can pass as them.",
    suggestion:
      'Remove it. Never repeat a security answer; ask the customer to confirm it by phone if you must check it.'
  },
  'security-answer': {
    message:
      "The answer to a security question is written in the message: anyone who reads it can pass the customer's security check.",
    suggestion:
      'Remove it. Never repeat a security answer; ask the customer to confirm it by phone if you must check it.'
  }
}

const opening = 'Dear Ms Wilson,\n\nThank you for calling us today about signing in to your online account.\n\n'
const closing =
  '\n\nIf you have any questions, please call us on 0161 496 0732.\n\nKind regards,\nDaniel Hughes\nBrightwell Home'

export const credential: Rule = {
  id: 'confidentiality/credential',
  criterion: 'confidentiality',
  severity: 'error',
  docs: {
    summary: 'No password, PIN, one-time code, memorable word or security answer written in the message.',
    why: 'An email can be forwarded and a letter can reach the wrong address. A secret written in it lets anyone who reads it sign in, pay or pass a security check as the customer; no secret scanner catches these, because they are ordinary words in sentences.',
    fail: `${opening}Your temporary password: Willow-Tree-58. Please sign in and change it within 24 hours.${closing}`,
    pass: `${opening}We have sent you a link to set a new password. Please use it within 24 hours.${closing}`,
    details:
      "Reports the value after a cue (credentials.json: `password`, `temporary password`, `PIN`, `one-time code`, `verification code`, `memorable word`, `mother's maiden name`, `answer to your security question`…) and up to six connecting words (`is`, `was`, `has been reset to`, `is also listed as`, `:`, `=`). The value must look like one: a password must be quoted, contain a digit or a symbol or a capital after a small letter, or follow a colon; a PIN is 4–8 digits; a code has a digit; a memorable word or an answer is a quoted word, a capitalised name, or a word after `is` or `:` that ends the clause. Talking about a secret without giving it is not reported: `reset your password`, `we will never ask for your PIN`, `your password is case-sensitive`, `a one-time code will be sent to your phone`, masked values (`********`) and template placeholders (`{{password}}`, `[password]`). The finding covers the value only, and every format shows `[password]`, `[PIN]`… in its place."
  },
  check(doc, context) {
    for (const {start, end, kind} of findCredentials(context.draft.writerText)) {
      const {message, suggestion} = wording[kind.kind]
      context.report({start, end, message, suggestion, actual: kind.masked, masked: kind.masked})
    }
  },
  mask(doc) {
    // The whole text, quoted messages included: not reported, but never shown.
    return findCredentials(doc.text).map(({start, end, kind}) => ({start, end, masked: kind.masked}))
  }
}
