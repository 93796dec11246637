/**
 * SHA-256 of a text, in hex: the baseline's and SARIF's fingerprints. node:crypto is loaded on the
 * first fingerprint, not at start: most runs write none, and loading it costs about 2.4 ms of a
 * cold start (issue 10).
 */
import {createRequire} from 'node:module'

const requireBuiltin = createRequire(import.meta.url)
let crypto: typeof import('node:crypto') | undefined

export function sha256Hex(text: string): string {
  crypto ??= requireBuiltin('node:crypto') as typeof import('node:crypto')
  return crypto.createHash('sha256').update(text).digest('hex')
}
