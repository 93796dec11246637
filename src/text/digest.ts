/**
 * SHA-256 of a text, in hex: the baseline's and SARIF's fingerprints. node:crypto is loaded on the
 * first fingerprint, not at start: most runs write none, and loading it costs about 2.4 ms of a
 * cold start (issue 10).
 */
import {requireBuiltin} from '../import-module.js'

export function sha256Hex(text: string): string {
  return requireBuiltin<typeof import('node:crypto')>('node:crypto').createHash('sha256').update(text).digest('hex')
}
