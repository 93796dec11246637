import {isAbsolute, relative, sep} from 'node:path'

/** A path as shown in reports: relative to `cwd` when inside it, with `/` separators. */
export function relativePath(path: string, cwd: string): string {
  if (path.startsWith('<')) return path
  const shown = isAbsolute(path) ? relative(cwd, path) : path
  const result = shown.startsWith('..') ? path : shown
  return result.split(sep).join('/')
}

/**
 * `text` safe to print on a terminal or in a log: C0 and C1 control characters (ESC starts the
 * sequences that move the cursor, clear the screen or set the title) and the Unicode bidirectional
 * overrides (which reorder what is shown) become visible escapes such as `\x1b` and `\u202e`. For
 * paths and messages in the stylish, markdown and github formats and on standard error; JSON and
 * SARIF keep the exact value (JSON escapes control characters itself).
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (character) => {
    const code = character.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`
  })
}

/** `printable` for text that may run over several lines: its line breaks are kept. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n')
}
