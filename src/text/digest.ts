/**
 * What corrlint takes from node:crypto, which is loaded on first use, not at start: most runs write
 * no fingerprint and no file, and loading it costs 3 to 6 ms of a cold start (issue 10; measured
 * again for issue 23).
 */
import {requireBuiltin} from '../import-module.js'

/** SHA-256 of a text, in hex: the baseline's and SARIF's fingerprints. */
export function sha256Hex(text: string): string {
  return requireBuiltin<typeof import('node:crypto')>('node:crypto').createHash('sha256').update(text).digest('hex')
}

/** Eight random hex digits: the unique part of a temporary file's name. */
export function randomHex(): string {
  return requireBuiltin<typeof import('node:crypto')>('node:crypto').randomBytes(4).toString('hex')
}
