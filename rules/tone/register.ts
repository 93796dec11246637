import type {CorrDocument, Rule, RuleContext, Severity} from '../../src/types.js'
import data from './register.json' with {type: 'json'}
import {matchCase, PhraseMatcher, severityFor} from './text.js'

interface CasualEntry {
  phrase: string
  level: string
  instead: string
  lowerOnly?: boolean
}

const casual = new PhraseMatcher<CasualEntry>(data.casual)
const casualCloses = new Set(data.casualCloses)
const formalCloses = new Set(data.formalCloses)
const emoji = /\p{Extended_Pictographic}|(?<![\p{L}\p{N}])[:;]-?[)(DPp](?![\p{L}\p{N}])/gu
/** Text-speak allowed in a chat reply before each use is an error. */
const textSpeakLimit = 2

/** tone/register: not too casual, and one register from greeting to close (officialese: tone/bureaucratic). */
export const register: Rule = {
  id: 'tone/register',
  criterion: 'tone',
  severity: 'warning',
  docs: {
    summary: 'A professional register: no text-speak, slang or emoji, and a close that fits the greeting.',
    why: 'Customers judge an organisation by how it writes. Text-speak ("lol", "u", "thx"), slang and emoji read as careless. Mixing registers ("Dear Sir or Madam" … "Cheers") shows the writer has not thought about the reader.',
    fail: 'Dear Mrs Okafor,\n\nThanks for your email lol. I am gonna send the form today, pls fill it in by Friday 27 November.\n\nKind regards,\nPriya Shah',
    pass: 'Dear Mrs Okafor,\n\nThank you for your email. I am sending the form today; please fill it in by Friday 27 November.\n\nKind regards,\nPriya Shah',
    details:
      'Text-speak ("lol", "u", "pls", "thx", "gonna", "2moro", "def") is an error in an email or letter and a warning in the `chat` preset, until the third in one draft: then each is an error there too. Informal words ("hey", "hiya", "cheers mate", "no worries", "oops") are a warning in an email, an error in a letter and allowed in chat; so are emoji and emoticons such as ":)". ' +
      'A formal salutation closed casually ("Dear Sir or Madam" … "Cheers"), or "Hey" closed "Yours faithfully", is a warning. Lists are in register.json. Stiff officialese ("please be advised", "herewith") is tone/bureaucratic\'s.'
  },
  check(doc, context) {
    const preset = context.settings.preset
    const letter = preset === 'letter' || doc.kind === 'letter'
    const found = casual
      .findAll(doc.sentences, doc.prose)
      .filter((match) => !match.entry.lowerOnly || doc.text.slice(match.start, match.end) === match.entry.phrase)
    // Even in chat, a reply made of text-speak reads like a text to a friend.
    const piled = found.filter((match) => match.entry.level === 'text-speak').length > textSpeakLimit
    for (const match of found) {
      const {entry} = match
      const actual = doc.text.slice(match.start, match.end)
      const severity = piled && entry.level === 'text-speak' ? 'error' : casualSeverity(entry.level, preset, letter)
      if (!severity) continue
      const instead = matchCase(entry.instead, actual)
      context.report({
        start: match.start,
        end: match.end,
        severity: severityFor(context, register.id, severity),
        message: `"${actual}" is ${entry.level === 'text-speak' ? 'text-speak' : 'too informal'} for ${letter ? 'a letter' : 'customer correspondence'}.`,
        actual,
        expected: instead,
        suggestion: instead === 'leave it out' ? `Delete "${actual}".` : `Write "${instead}" instead.`
      })
    }
    if (preset !== 'chat') reportEmoji(doc, context, letter)
    reportMixed(doc, context)
  }
}

function casualSeverity(level: string, preset: string, letter: boolean): Severity | undefined {
  if (level === 'text-speak') return preset === 'chat' ? 'warning' : 'error'
  if (preset === 'chat') return undefined
  return letter ? 'error' : 'warning'
}

function reportEmoji(doc: CorrDocument, context: RuleContext, letter: boolean): void {
  const span = doc.body.span
  if (!span) return
  for (const match of doc.prose.slice(span.start, span.end).matchAll(emoji)) {
    const start = span.start + match.index
    context.report({
      start,
      end: start + match[0].length,
      severity: severityFor(context, register.id, letter ? 'error' : 'warning'),
      message: `"${match[0]}" (emoji or emoticon) is too casual for ${letter ? 'a letter' : 'customer correspondence'}.`,
      actual: match[0],
      expected: 'words that say how you feel, e.g. "I am pleased to tell you"',
      suggestion: `Delete "${match[0]}".`
    })
  }
}

function reportMixed(doc: CorrDocument, context: RuleContext): void {
  const salutation = doc.opening.salutation
  const close = doc.closing.complimentaryClose
  if (!salutation || !close) return
  const formal = salutation.style === 'formal-named' || salutation.style === 'formal-unnamed'
  const casualGreeting = /^(hey|hiya|heya|yo)\b/i.test(salutation.greeting)
  const mixed = (formal && casualCloses.has(close.normalised)) || (casualGreeting && formalCloses.has(close.normalised))
  if (!mixed) return
  const expected = formal
    ? salutation.style === 'formal-unnamed'
      ? 'Yours faithfully,'
      : 'Yours sincerely,'
    : 'Kind regards,'
  context.report({
    start: close.start,
    end: close.end,
    severity: severityFor(context, register.id, 'warning'),
    message: `"${salutation.text}" and "${close.text}" mix a ${formal ? 'formal' : 'casual'} greeting with a ${formal ? 'casual' : 'formal'} close.`,
    actual: close.text,
    expected,
    suggestion: `Close with "${expected}" to match "${salutation.text}".`
  })
}
