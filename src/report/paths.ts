import {isAbsolute, relative, sep} from 'node:path'

/** A path as shown in reports: relative to `cwd` when inside it, with `/` separators. */
export function relativePath(path: string, cwd: string): string {
  if (path.startsWith('<')) return path
  const shown = isAbsolute(path) ? relative(cwd, path) : path
  const result = shown.startsWith('..') ? path : shown
  return result.split(sep).join('/')
}
