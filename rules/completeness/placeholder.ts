import type {Rule} from '../../src/types.js'
import data from './placeholders.json' with {type: 'json'}
import {compile, matches, readableText} from './text.js'

const PLACEHOLDERS = data.placeholders.map((entry) => ({...entry, regex: compile(entry.pattern, entry.flags)}))
const MERGE_FIELDS = data.mergeFields.map((entry) => ({...entry, regex: compile(entry.pattern)}))
const BRACKET_WORDS = new Set(data.squareBracketWords)

/** completeness/placeholder: no unfilled placeholder is left in the message. */
export const placeholder: Rule = {
  id: 'completeness/placeholder',
  criterion: 'completeness',
  severity: 'error',
  docs: {
    summary:
      'No unfilled placeholder is left: "[Customer name]", "[insert date]", "<NAME>", "{{first_name}}", "%FIRSTNAME%", "XXX", "TBC", "Lorem ipsum".',
    why: 'A customer who receives "Dear [Customer name]" knows at once that nobody read the message before it was sent, and a missing date or amount leaves them without the fact they needed.',
    fail: 'Dear [Customer name],\n\nI am writing to let you know that your membership fee will change from [insert date]. Please call us on 0161 496 0911 if you have any questions.\n\nYours sincerely,\nChris Walsh',
    pass: 'Dear Mrs Fletcher,\n\nI am writing to let you know that your membership fee will change from 1 January 2027. Please call us on 0161 496 0911 if you have any questions.\n\nYours sincerely,\nChris Walsh',
    details:
      'Error for each placeholder in the subject line, opening (address blocks, reference line, salutation), body and closing; quoted text and disclaimers are not read. Square brackets count when their words are a placeholder word from placeholders.json ("name", "date", "address", "insert" …) or all capitals; "[1]", "[sic]" and Markdown links do not. Merge fields ({{…}}, %FIELD%, *|FIELD|*, <<field>>, ${field}, {field}) are errors outside template mode; in template mode (`--template`, setting `template: true`) they are allowed and completeness/merge-field checks their syntax, while bracketed notes, XXX, TBC and Lorem ipsum are still errors.'
  },
  check(doc, context) {
    const text = readableText(doc)
    const found: Array<{start: number; end: number; value: string; kind: string}> = []
    // The characters already inside a placeholder: a match is kept unless it overlaps one. Looking
    // at the match's own characters costs its length, where comparing with every placeholder found
    // so far was quadratic (a page of "{{" took seconds).
    const taken = new Uint8Array(text.length)
    const add = (start: number, value: string, kind: string) => {
      const end = start + value.length
      for (let index = start; index < end; index++) if (taken[index]) return
      taken.fill(1, start, end)
      found.push({start, end, value, kind})
    }
    if (!context.settings.template) {
      for (const field of MERGE_FIELDS)
        for (const match of matches(field.regex, text)) add(match.index, match[0], 'merge field')
    }
    for (const entry of PLACEHOLDERS) {
      for (const match of matches(entry.regex, text)) {
        if (entry.checkContent && !isPlaceholderText(match[1])) continue
        add(match.index, match[0], 'placeholder')
      }
    }
    for (const item of found.sort((a, b) => a.start - b.start)) {
      context.report({
        start: item.start,
        end: item.end,
        message: `Unfilled ${item.kind} "${item.value}".`,
        actual: item.value,
        expected: 'the real value',
        suggestion:
          item.kind === 'merge field'
            ? `Replace "${item.value}" with the customer's details, or lint the file as a template (--template).`
            : `Replace "${item.value}" with the real value before sending.`
      })
    }
  }
}

/** The words inside square brackets read as a placeholder: a placeholder word, or all capitals. */
function isPlaceholderText(inner: string): boolean {
  const words = inner
    .trim()
    .toLowerCase()
    .split(/[\s_/-]+/)
    .filter(Boolean)
  if (words.length === 0 || words.length > 6 || /[@.:\d]/.test(inner)) return false
  if (words.some((word) => BRACKET_WORDS.has(word))) return true
  const letters = inner.replace(/[^A-Za-z]/g, '')
  return letters.length >= 2 && letters === letters.toUpperCase()
}
