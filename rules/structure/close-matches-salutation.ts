import type {ComplimentaryClose, Rule, Salutation} from '../../src/types.js'
import conventions from './close-conventions.json' with {type: 'json'}
import {US_CLOSES} from './complimentary-close.js'

interface Convention {
  expected: string
  wrong: Record<string, string>
  tooFormal?: string[]
  informal: string[]
}

const table = conventions as Record<Salutation['style'], Convention>

/** structure/close-matches-salutation: the close fits the salutation by UK convention. */
export const closeMatchesSalutation: Rule = {
  id: 'structure/close-matches-salutation',
  criterion: 'structure',
  severity: 'error',
  docs: {
    summary: 'The complimentary close fits the salutation by UK convention.',
    why: 'Readers and assessors notice a mismatched pair such as "Dear Mrs Patel … Yours faithfully": it looks like a template filled in without care.',
    fail: 'Dear Mrs Patel,\n\nThank you for your letter about your bill. We will send a corrected bill by Friday 27 November.\n\nYours faithfully,\nSam Okafor',
    pass: 'Dear Mrs Patel,\n\nThank you for your letter about your bill. We will send a corrected bill by Friday 27 November.\n\nYours sincerely,\nSam Okafor',
    details:
      'Errors: "Dear Sir or Madam" (or another unnamed reader) closed with "Yours sincerely"; a named reader ("Dear Mrs Patel") or a first-name greeting closed with "Yours faithfully". Warnings: a formal salutation closed with a casual close ("Cheers", "Ta"), and a casual greeting ("Hi Sam") closed with "Yours sincerely".'
  },
  check(doc, context) {
    const salutation = doc.opening.salutation
    const close = doc.closing.complimentaryClose
    if (!salutation || !close) return
    // An American close in UK correspondence is complimentary-close's finding.
    if (context.settings.dialect === 'en-GB' && US_CLOSES.has(close.normalised)) return
    const convention = table[salutation.style]
    const reason = convention.wrong[close.normalised]
    if (reason) {
      report(context, close, salutation, reason, convention.expected, 'error')
    } else if (convention.informal.includes(close.normalised)) {
      report(
        context,
        close,
        salutation,
        `"${close.text.replace(/,$/, '')}" is too casual after "${salutation.text.replace(/,$/, '')}".`,
        convention.expected,
        'warning'
      )
    } else if (convention.tooFormal?.includes(close.normalised)) {
      report(
        context,
        close,
        salutation,
        `"${close.text.replace(/,$/, '')}" is more formal than the greeting "${salutation.text.replace(/,$/, '')}".`,
        convention.expected,
        'warning'
      )
    }
  }
}

function report(
  context: Parameters<Rule['check']>[1],
  close: ComplimentaryClose,
  salutation: Salutation,
  message: string,
  expected: string,
  severity: 'error' | 'warning'
): void {
  const punctuation = close.text.endsWith(',') ? ',' : ''
  context.report({
    start: close.start,
    end: close.end,
    message:
      severity === 'error'
        ? `"${close.text.replace(/,$/, '')}" does not match "${salutation.text.replace(/,$/, '')}". ${message}`
        : message,
    actual: close.text.replace(/,$/, ''),
    expected,
    severity,
    suggestion: `Close with "${expected}${punctuation}".`,
    fix: {start: close.start, end: close.start + closeWords(close.text).length, text: expected}
  })
}

/** The close without the punctuation and spaces after its words (kept when the fix replaces them). */
function closeWords(text: string): string {
  let end = text.length
  while (end > 0 && ' \t,.!:;'.includes(text[end - 1])) end--
  return text.slice(0, end)
}
