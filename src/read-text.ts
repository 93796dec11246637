/**
 * Reading a large text file the build wrote (the bundled program, the word lists): as bytes, then
 * as a one-byte string when every byte is ASCII. Node 20's `readFileSync(path, 'utf8')` decodes
 * more slowly than it reads: about 13 ms for the 1.2 MB word list against 9 ms this way on the
 * reference machines, and 16 ms against 12 ms for the 1.6 MB bundle (both of every cold start).
 * Text with other bytes is decoded as UTF-8, as before. Only Node's built-in modules: the loader
 * (src/cli/code-cache.ts) uses it before the program is loaded.
 */
import {isAscii} from 'node:buffer'
import {readFileSync} from 'node:fs'

/** The file's text, decoded as UTF-8 (its ASCII bytes taken one to one, which is the same). */
export function readText(path: string): string {
  const bytes = readFileSync(path)
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
}
