import type {Rule} from '../../src/types.js'
import {proseOf} from './match.js'

const patterns = new Map<string, RegExp>()

/** spelling/guideline-terms: brand names and terms keep their exact spelling and capitals. */
export const termsRule: Rule = {
  id: 'spelling/guideline-terms',
  criterion: 'spelling',
  severity: 'error',
  docs: {
    summary:
      "Brand names and terms are written exactly as your organisation's guidelines spell them (guidelines.terms).",
    why: 'A brand name spelt wrongly looks careless to the customer and can confuse them about who they are dealing with; organisations protect the exact form of their names.',
    fail: 'Dear Mrs Patel,\n\nYour refund of £4.99 for order 48213 will reach your Payfast wallet by Friday 27 November.\n\nKind regards,\nSam Okafor',
    pass: 'Dear Mrs Patel,\n\nYour refund of £4.99 for order 48213 will reach your PayFast wallet by Friday 27 November.\n\nKind regards,\nSam Okafor',
    details:
      'Each term in guidelines.terms is matched as a whole word in any case, also with a hyphen (or a space, where the term has one) between its parts ("pay-fast", "Ebay", "E-bay" for "PayFast" and "eBay"); any form not spelt exactly like the term is reported. Terms inside email addresses and web addresses (support@payfast.com, www.ebay.co.uk) are left alone. The terms are also added to the spelling dictionary.',
    settings: {guidelines: {terms: ['PayFast']}}
  },
  appliesTo: (settings) => (settings.guidelines?.terms?.length ?? 0) > 0,
  check(doc, context) {
    const terms = context.settings.guidelines?.terms
    if (!terms || terms.length === 0) return
    const prose = proseOf(doc)
    for (const term of terms) {
      const pattern = termPattern(term)
      pattern.lastIndex = 0
      for (const match of prose.matchAll(pattern)) {
        const found = match[0]
        const start = match.index
        const end = start + found.length
        if (found === term || inAddress(prose, start, end)) continue
        context.report({
          start,
          end,
          message: `Write "${term}" as your organisation spells it, not "${found}".`,
          actual: found,
          expected: term,
          suggestion: `Replace "${found}" with "${term}".`
        })
      }
    }
  }
}

/** The term in any case, with an optional hyphen at its inner capitals and a space or hyphen where it has one. */
function termPattern(term: string): RegExp {
  let pattern = patterns.get(term)
  if (!pattern) {
    let body = ''
    for (let index = 0; index < term.length; index++) {
      const char = term[index]
      const previous = term[index - 1] ?? ''
      if (char === ' ' || char === '-') {
        if (previous !== ' ' && previous !== '-') body += '[ \\-]?'
        continue
      }
      if (index > 0 && /\p{Ll}/u.test(previous) && /\p{Lu}/u.test(char)) body += '-?'
      body += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    }
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu')
    patterns.set(term, pattern)
  }
  return pattern
}

/** Part of an email or web address: joined to `@`, `/` or a dot that continues a domain. */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ''
  const after = text[end] ?? ''
  if (before === '@' || before === '/' || before === '.' || after === '@') return true
  return after === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')
}
