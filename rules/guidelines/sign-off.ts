import type {Rule} from '../../src/types.js'

/** structure/guideline-sign-off: the complimentary close is one the organisation allows. */
export const signOffRule: Rule = {
  id: 'structure/guideline-sign-off',
  criterion: 'structure',
  severity: 'error',
  docs: {
    summary:
      "The complimentary close is one of the sign-offs your organisation's guidelines allow (guidelines.signOff).",
    why: "The close is the last thing the customer reads; a house sign-off keeps every reply in the organisation's voice, and a casual one in a formal reply undoes its care.",
    fail: 'Dear Mrs Patel,\n\nYour refund of £4.99 for order 48213 will reach your card by Friday 27 November.\n\nCheers,\nSam Okafor',
    pass: 'Dear Mrs Patel,\n\nYour refund of £4.99 for order 48213 will reach your card by Friday 27 November.\n\nKind regards,\nSam Okafor',
    details:
      'guidelines.signOff lists the closes allowed ("Kind regards", "Yours sincerely"); case and trailing punctuation do not matter. Reports a close that is not in the list. A draft with no close at all is left to structure/complimentary-close.',
    settings: {guidelines: {signOff: ['Kind regards', 'Yours sincerely']}}
  },
  appliesTo: (settings) => (settings.guidelines?.signOff?.length ?? 0) > 0,
  check(doc, context) {
    const allowed = context.settings.guidelines?.signOff
    const close = doc.closing.complimentaryClose
    if (!allowed || allowed.length === 0 || !close) return
    if (allowed.some((item) => normalise(item) === close.normalised)) return
    const shown = trimPunctuation(close.text)
    const list = allowed.map((item) => `"${trimPunctuation(item)}"`)
    context.report({
      start: close.start,
      end: close.end,
      message: `"${shown}" is not one of your organisation's sign-offs: use ${list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list[0]}.`,
      actual: shown,
      expected: allowed.join(' | '),
      suggestion: `Close with "${trimPunctuation(allowed[0])},".`
    })
  }
}

/** As the splitter normalises a close: lower case, trailing punctuation and spaces dropped. */
function normalise(close: string): string {
  return trimPunctuation(close.toLowerCase()).replace(/\s+/g, ' ')
}

/** `close` without trailing spaces and punctuation (a loop: a regex anchored at the end backtracks). */
function trimPunctuation(close: string): string {
  let end = close.length
  while (end > 0 && ' \t,.!:;'.includes(close[end - 1])) end--
  return close.slice(0, end).trim()
}
