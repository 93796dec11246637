/**
 * confidentiality/recipients: external addresses visible to every recipient in To and Cc.
 *
 * Everyone on To or Cc sees every other address there: a customer's email address shared with
 * other customers is a data breach (the ICO has fined organisations for exactly this). Addresses
 * are internal when their domain is one of `settings.internalDomains` (or a subdomain of one), or
 * the From address's own domain. The finding never repeats an address: it gives the count.
 */
import type {CorrDocument, HeaderField, Rule} from '../../src/types.js'

/** Separators between the words of an address header (`Name <a@b.com>, c@d.org`). */
const SEPARATORS = /[\s,;<>"()[\]]+/

/** The addresses in a header value, lower-cased, each once: words with one `@` and a dotted domain. */
export function addressesIn(value: string): string[] {
  const found = new Set<string>()
  for (const raw of value.split(SEPARATORS)) {
    // Outlook pastes `a@b.com<mailto:a@b.com>`: one address.
    const word = raw.replace(/^mailto:/i, '')
    const at = word.indexOf('@')
    if (at < 1 || at !== word.lastIndexOf('@')) continue
    const domain = word.slice(at + 1).replace(/\.$/, '')
    if (!domain.includes('.') || domain.startsWith('.')) continue
    found.add(`${word.slice(0, at)}@${domain}`.toLowerCase())
  }
  return [...found]
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase()
}

/** Whether `domain` is `internal` or a subdomain of it. */
function within(domain: string, internal: string): boolean {
  const clean = internal.toLowerCase().replace(/^@/, '')
  return domain === clean || domain.endsWith(`.${clean}`)
}

export interface RecipientCount {
  external: number
  /** The header (To or Cc) holding the most external addresses. */
  field?: HeaderField
}

/** Count the distinct external addresses in To and Cc. */
export function countExternal(doc: Pick<CorrDocument, 'headers'>, internalDomains: string[]): RecipientCount {
  const internal = [...internalDomains]
  const from = doc.headers.from ? addressesIn(doc.headers.from.value)[0] : undefined
  if (from) internal.push(domainOf(from))
  const seen = new Set<string>()
  let field: HeaderField | undefined
  let most = 0
  for (const header of [doc.headers.to, doc.headers.cc]) {
    if (!header) continue
    let here = 0
    for (const address of addressesIn(header.value)) {
      if (internal.some((domain) => within(domainOf(address), domain))) continue
      if (!seen.has(address)) here++
      seen.add(address)
    }
    if (here > most) {
      most = here
      field = header
    }
  }
  return {external: seen.size, field}
}

interface Options {
  warnAt?: number
  errorAt?: number
}

const body =
  '\n\nDear customers,\n\nThe water supply to Elm Court will be turned off on Tuesday 9 June from 9am to 1pm while we replace the main valve.\n\nIf you have any questions, please call us on 0161 496 0732.\n\nKind regards,\nPriya Shah\nBrightwell Homes'

export const recipients: Rule<Options> = {
  id: 'confidentiality/recipients',
  criterion: 'confidentiality',
  severity: 'error',
  docs: {
    summary: "Customers' email addresses are not shown to each other: no more than one external address in To and Cc.",
    why: "Everyone on To or Cc sees every address there. A customer's email address shown to other customers is personal data disclosed without a reason, and a reply-all can reach them all. Blind copy (Bcc) keeps each address private.",
    fail: `From: Priya Shah <p.shah@brightwellhomes.co.uk>\nTo: k.osei@example.com\nCc: j.wilson@example.org, m.patel@example.net${body}`,
    pass: `From: Priya Shah <p.shah@brightwellhomes.co.uk>\nTo: p.shah@brightwellhomes.co.uk\nBcc: k.osei@example.com, j.wilson@example.org, m.patel@example.net${body}`,
    details:
      'Counts the distinct addresses in To and Cc (of an .eml file, or `To:`/`Cc:` lines at the top of a text draft) whose domain is not internal: internal domains are the setting `internalDomains` (subdomains included) and the domain of the From address. Warning at `warnAt` (default 2) external addresses or more; error at `errorAt` (default 15, the number at which Thunderbird warns about public recipients) or more. Bcc is not counted. One finding, on the To or Cc line with the most external addresses; it gives the count and never repeats an address.'
  },
  schema: {
    type: 'object',
    properties: {warnAt: {type: 'integer', minimum: 2}, errorAt: {type: 'integer', minimum: 2}},
    additionalProperties: false
  },
  defaults: {warnAt: 2, errorAt: 15},
  check(doc, context) {
    const {warnAt = 2, errorAt = 15} = context.options
    const {external, field} = countExternal(doc, context.settings.internalDomains ?? [])
    if (!field || external < Math.min(warnAt, errorAt)) return
    const severity = external >= errorAt ? 'error' : 'warning'
    context.report({
      severity,
      start: field.start,
      end: field.end,
      message: `${external} external email addresses are visible to everyone in To and Cc: each recipient sees the others' addresses.`,
      actual: `${external} external recipients in To and Cc`,
      expected: 'at most one',
      suggestion:
        'Put the customers in Bcc (and yourself in To), or send each one a separate message; keep To and Cc for colleagues.'
    })
  }
}
