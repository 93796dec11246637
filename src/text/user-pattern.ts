/**
 * Regular expressions from a user's config (guidelines.required[].pattern) run on re2js, a pure-JS
 * port of RE2: matching takes time linear in the text whatever the pattern, so no pattern can hang
 * a run — `(a+)+$`, `(a?){28}a{28}` and `.*.*.*=` included, which JavaScript's backtracking engine
 * takes seconds to minutes on. A checker (recheck) would have to find every exponential and
 * polynomial shape and still leave the rest to the backtracking engine; it is also some 60 MB with
 * its native and JVM back ends and spends about half a second of CPU on its first check. re2js has no dependencies,
 * is about 260 KB and loads in about 25 ms, and only when a config has patterns.
 *
 * RE2 has no lookaround and no backreferences: such a pattern is refused with the rest of the
 * syntax errors when the config is loaded.
 */
import {importModule} from '../import-module.js'

type Re2Module = typeof import('re2js')
type Re2 = import('re2js').RE2JS

let re2: Re2Module | undefined
const compiled = new Map<string, Re2>()

/** Load the engine; needed once before compileUserPattern (cheap after the first call). */
export async function loadUserPatternEngine(): Promise<void> {
  re2 ??= await importModule<Re2Module>('re2js')
}

/**
 * A user pattern, matched without regard to case. Throws a plain Error with RE2's reason when the
 * pattern is invalid or uses syntax RE2 does not have. Compiled once per pattern.
 */
export function compileUserPattern(pattern: string): {test(text: string): boolean} {
  if (!re2) throw new Error('loadUserPatternEngine() was not awaited')
  let regex = compiled.get(pattern)
  if (!regex) {
    regex = re2.RE2JS.compile(pattern, re2.RE2JS.CASE_INSENSITIVE)
    compiled.set(pattern, regex)
  }
  const found = regex
  return {test: (text: string) => found.matcher(text).find()}
}

/** The reason RE2 gives for refusing a pattern, without its class name. */
export function patternProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // re2js reports the pattern with the case-insensitive flag it added in front.
  return message.replace(/^error parsing regexp: /, '').replace('`(?i)', '`')
}
