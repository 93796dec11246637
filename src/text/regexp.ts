/**
 * Compile a pattern kept as data (a JSON list beside a rule). The `u` flag is added only when the
 * pattern needs it (`\p{…}`, `\u{…}`, or a character outside the Basic Multilingual Plane):
 * V8 runs case-insensitive Unicode patterns with lookbehinds or `\b` many times slower (the
 * actions rules' vague-time patterns: 82 ms against 5 ms over 500 drafts), and ASCII phrases
 * match the same either way.
 */
export function dataRegExp(pattern: string, flags: string): RegExp {
  return new RegExp(pattern, needsUnicode(pattern) ? `${flags}u` : flags)
}

/** Whether `pattern` means something else, or nothing, without the `u` flag. */
export function needsUnicode(pattern: string): boolean {
  return /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/.test(pattern)
}
