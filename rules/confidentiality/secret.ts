/**
 * confidentiality/secret: API keys, access tokens and private keys in the writer's prose.
 *
 * Detection is secretlint's (`@secretlint/core` with its recommended preset: AWS, GCP, GitHub,
 * Slack, npm, OpenAI, Anthropic, SendGrid, Shopify, private keys, credentials in URLs…), not
 * hand-copied patterns. It is heavy, so it is imported lazily, and only when a cheap precheck
 * finds something token-like in the prose: most letters never load it. secretlint's messages can
 * hold the value, so none is passed through: each finding gets our own message and a masked form
 * (`[API key]`, `[access token]`, `[private key]`).
 */

import {defineView, draftOf} from '../../src/document/draft.js'
import {importModule} from '../../src/import-module.js'
import type {Rule, Span} from '../../src/types.js'
import data from './secrets.json' with {type: 'json'}

const MARKERS = data.precheck.markers
const KINDS = data.kinds as Record<string, string>

/** A run of token characters, 20 or more (bounded by the run itself: no nested quantifier). */
const RUN = /[A-Za-z0-9_/+=.-]{20,}/g

/** `scheme://user:password@` (each part bounded). */
const CREDENTIALS_IN_URL = /:\/\/[^\s:@/]{1,100}:[^\s@/]{1,100}@/

/** Whether `text` holds anything a secret could be: a known marker, or a long run mixing letters and digits. */
export function mightHoldSecret(text: string): boolean {
  if (MARKERS.some((marker) => text.includes(marker))) return true
  // A user name and password in a URL or a connection string (`postgres://app:pw@host`).
  if (CREDENTIALS_IN_URL.test(text)) return true
  RUN.lastIndex = 0
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    if (/[A-Za-z]/.test(match[0]) && /\d/.test(match[0])) return true
  }
  return false
}

type Linter = (text: string) => Promise<Array<{ruleId: string; range: readonly [number, number]}>>

let linter: Promise<Linter> | undefined

/** Load secretlint once, on first need. */
function loadLinter(): Promise<Linter> {
  linter ??= (async () => {
    const [{lintSource}, {creator}] = await Promise.all([
      importModule<typeof import('@secretlint/core')>('@secretlint/core'),
      importModule<typeof import('@secretlint/secretlint-rule-preset-recommend')>(
        '@secretlint/secretlint-rule-preset-recommend'
      )
    ])
    // The preset's AWS rule reports an access key ID on its own (AKIA…, ASIA…) only with
    // `enableIDScanRule`; off by default, it waits for a secret access key beside the ID.
    const config = {
      rules: [
        {
          id: '@secretlint/secretlint-rule-preset-recommend',
          rule: creator,
          rules: [{id: '@secretlint/secretlint-rule-aws', options: {enableIDScanRule: true}}]
        }
      ]
    }
    return async (text: string) => {
      const result = await lintSource({
        source: {filePath: 'draft.txt', content: text, contentType: 'text'},
        options: {config, maskSecrets: true, noPhysicFilePath: true}
      })
      return result.messages.map((message) => ({ruleId: message.ruleId, range: message.range}))
    }
  })()
  return linter
}

export interface SecretFinding extends Span {
  /** `API key`, `access token` or `private key`. */
  kind: string
  /** `[API key]`… */
  masked: string
}

/** The kind of secret a secretlint rule id reports. */
function kindOf(ruleId: string): string {
  const name = ruleId.replace(/^@secretlint\/secretlint-rule-/, '')
  return KINDS[name] ?? data.default
}

/**
 * JSON Web Tokens: three base64url parts joined by dots, the first of which decodes to a JSON
 * object with an `alg` (the token's header). The preset has no rule for them. Domain names,
 * file names and version numbers have dots too, but no such first part.
 */
const JWT =
  /(?<![A-Za-z0-9_.-])([A-Za-z0-9_-]{10,2000})\.[A-Za-z0-9_-]{2,20000}\.[A-Za-z0-9_-]{0,2000}(?![A-Za-z0-9_-])/g

export function findJwts(text: string): SecretFinding[] {
  const found: SecretFinding[] = []
  if (!text.includes('.')) return found
  JWT.lastIndex = 0
  for (let match = JWT.exec(text); match; match = JWT.exec(text)) {
    let header: unknown
    try {
      header = JSON.parse(atob(match[1].replace(/-/g, '+').replace(/_/g, '/')))
    } catch {
      continue
    }
    if (typeof header !== 'object' || header === null || typeof (header as {alg?: unknown}).alg !== 'string') continue
    found.push({start: match.index, end: match.index + match[0].length, kind: 'access token', masked: '[access token]'})
  }
  return found
}

const KEY_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g
const KEY_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/y
/** A line of a key's body (base64, or the headers some formats carry), after a line break. */
const KEY_LINE = /\n[ \t>]*(?:[A-Za-z0-9+/=:,-][A-Za-z0-9+/=:, -]*)?/y

/**
 * Private-key blocks (`-----BEGIN … PRIVATE KEY-----` to `-----END … PRIVATE KEY-----`), however
 * short or wrapped: secretlint reports only a well-formed key of 100 base64 characters or more.
 * Without an END line, the block runs to the end of its lines of base64.
 */
export function findPrivateKeys(text: string): SecretFinding[] {
  const found: SecretFinding[] = []
  if (!text.includes('PRIVATE KEY')) return found
  KEY_BEGIN.lastIndex = 0
  for (let match = KEY_BEGIN.exec(text); match; match = KEY_BEGIN.exec(text)) {
    let end = match.index + match[0].length
    // Key lines up to the END line (at most 200 lines).
    for (let line = 0; line < 200; line++) {
      KEY_END.lastIndex = end
      if (KEY_END.exec(text)) {
        end = KEY_END.lastIndex
        break
      }
      KEY_LINE.lastIndex = end
      const next = KEY_LINE.exec(text)
      if (!next) break
      KEY_END.lastIndex = end + (next[0].length - next[0].replace(/^\n[ \t>]*/, '').length)
      if (KEY_END.exec(text)) {
        end = KEY_END.lastIndex
        break
      }
      if (next[0].replace(/[\n \t>]/g, '') === '') break
      end = KEY_LINE.lastIndex
    }
    found.push({start: match.index, end, kind: 'private key', masked: '[private key]'})
    KEY_BEGIN.lastIndex = end
  }
  return found
}

/** Every API key, token or private key in `text` (offsets into `text`): secretlint's findings, JWTs and private-key blocks. secretlint is not loaded when the precheck finds nothing. */
export async function findSecrets(text: string): Promise<SecretFinding[]> {
  const own = [...findPrivateKeys(text), ...findJwts(text)]
  const all: SecretFinding[] = [...own]
  if (mightHoldSecret(text)) {
    const lint = await loadLinter()
    for (const {ruleId, range} of await lint(text)) {
      const [start, end] = range
      if (!(end > start)) continue
      const kind = kindOf(ruleId)
      all.push({start, end, kind, masked: `[${kind}]`})
    }
  }
  // Where two overlap, the longer is kept (a key block over secretlint's part of it).
  all.sort((a, b) => a.start - b.start || b.end - a.end)
  const found: SecretFinding[] = []
  for (const item of all) {
    const last = found[found.length - 1]
    if (last && item.start < last.end) continue
    found.push(item)
  }
  return found
}

/** The keys in the whole text of a draft: one secretlint run, shared by check() and mask(). */
const secretsView = defineView('secrets in the whole text', (draft) => findSecrets(draft.doc.text))

const wording: Record<string, {message: string; suggestion: string}> = {
  'API key': {
    message:
      'An API key is written in the message: anyone who reads it, or a forwarded copy, can use the service as your organisation.',
    suggestion:
      'Remove the key and revoke it now (it has been written down); share keys only through a secrets manager.'
  },
  'access token': {
    message:
      'An access token or a sign-in secret is written in the message: anyone who reads it can act as the account it belongs to.',
    suggestion:
      'Remove the token and revoke it now (it has been written down); share access through the service itself.'
  },
  'private key': {
    message: 'A private key is written in the message: whoever reads it can decrypt or sign as its owner.',
    suggestion:
      'Remove the key and replace it (a written-down private key is compromised); never send one by email or letter.'
  }
}

const opening = 'Dear Mr Osei,\n\nThank you for setting up the link between your shop and our booking system.\n\n'
const closing =
  '\n\nIf you have any questions, please call us on 0161 496 0732.\n\nKind regards,\nPriya Shah\nBrightwell Home'

export const secret: Rule = {
  id: 'confidentiality/secret',
  criterion: 'confidentiality',
  severity: 'error',
  docs: {
    summary: 'No API key, access token or private key written in the message.',
    why: 'A key or a token in an email or a letter works for whoever reads it, including anyone it is forwarded to. Once written down it must be treated as stolen and replaced.',
    fail: `${opening}The shop now uses our token xoxb-000000000000-0000000000000-EXAMPLEexampleEXAMPLEex to post your bookings.${closing}`,
    pass: `${opening}The shop now posts your bookings through the token you set up in your account settings.${closing}`,
    details:
      "Detection is secretlint's recommended preset (@secretlint/core with @secretlint/secretlint-rule-preset-recommend: AWS, GCP, GitHub, Slack, npm, OpenAI, Anthropic, SendGrid, Shopify, Linear, 1Password, private keys, user:password in URLs, database connection strings; AWS access key IDs on their own, with the AWS rule's `enableIDScanRule`), with corrlint's own JSON Web Tokens (three base64url parts whose first decodes to a JSON header with `alg`) and private-key blocks (`-----BEGIN … PRIVATE KEY-----` to its END line, however short or wrapped), run once over the whole text: keys in the writer's prose are reported, keys elsewhere (a colleague's token in a quoted message) are not reported but masked in every format that shows the draft. It is loaded lazily and only when a cheap precheck finds something token-like (a marker such as `-----BEGIN`, `AKIA`, `ghp_`, `github_pat_`, `sk_live_`, `xox`, a `user:password@` in a URL, or a run of 20 or more letters, digits and `_/+=.-` mixing letters and digits), so drafts without one cost nothing. secretlint's own message is never shown (it can hold the value): each finding has our message and the masked form `[API key]`, `[access token]` or `[private key]`. secretlint skips documented example values (`AKIAIOSFODNN7EXAMPLE`); order numbers, tracking numbers and URLs are not keys."
  },
  async check(doc, context) {
    // One secretlint run over the whole text: the writer's prose is reported, and the rest (a
    // colleague's key in a quoted message) is kept for mask(), which the engine calls after every
    // check.
    const all = await context.draft.get(secretsView)
    // Only the writer's prose (and an annex after the sign-off): a key that is even partly in a
    // quote, header or signature is masked, not reported.
    const writer = context.draft.writerText
    for (const item of all) {
      if (writer.slice(item.start, item.end) !== doc.text.slice(item.start, item.end)) continue
      const {message, suggestion} = wording[item.kind] ?? wording['API key']
      context.report({start: item.start, end: item.end, message, suggestion, actual: item.masked, masked: item.masked})
    }
  },
  async mask(doc) {
    // check() has run unless the rule or its criterion is switched off: then this scans.
    const all = await draftOf(doc).get(secretsView)
    return all.map(({start, end, masked}) => ({start, end, masked}))
  }
}
