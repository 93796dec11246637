/**
 * Where the run writes (the report of -o/--output, the baseline of --write-baseline): never over a
 * draft being checked, always whole. corrlint never writes to the files it checks, so an output
 * that is one of this run's inputs — the same file by name, through a symbolic or hard link, or
 * found in a checked folder or by a checked glob — is refused before anything is checked or written.
 */

import {mkdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {CorrlintError} from '../errors.js'
import {printable} from '../report/paths.js'
import {randomHex} from '../text/digest.js'

/** A file the run will write: the flag that names it and the path as the user typed it. */
export interface OutputTarget {
  flag: '--output' | '--write-baseline'
  path: string
}

/**
 * Refuse (a CorrlintError: one line, exit 2) any target that is one of `inputs` (the expanded list
 * of files to check), compared by device and inode so links are caught, or that two flags share.
 */
export function guardOutputs(targets: OutputTarget[], inputs: string[], cwd: string): void {
  const seen = new Map<string, OutputTarget>()
  for (const target of targets) {
    const id = identity(resolve(cwd, target.path)) ?? `path:${resolve(cwd, target.path)}`
    const other = seen.get(id)
    if (other)
      throw new CorrlintError(
        `${other.flag} and ${target.flag} name the same file — give each its own file`,
        target.path
      )
    seen.set(id, target)
  }
  const existing = new Map([...seen].filter(([id]) => !id.startsWith('path:')))
  if (existing.size === 0) return
  for (const input of inputs) {
    const target = existing.get(identity(resolve(cwd, input)) ?? '')
    if (target) {
      const what = target.flag === '--output' ? 'report' : 'baseline'
      const via = input === target.path ? '' : ` (it is ${input}, which is being checked)`
      throw new CorrlintError(
        `${target.flag} would overwrite a draft being checked${via} — write the ${what} to another file`,
        target.path
      )
    }
  }
}

/** Device and inode of the file at `path` (following links), or undefined when there is none. */
function identity(path: string): string | undefined {
  try {
    const info = statSync(path, {bigint: true})
    return `${info.dev}:${info.ino}`
  } catch {
    return undefined
  }
}

/**
 * Write `text` to `path` whole: into a temporary file in the same folder, then renamed over the
 * target, so an interrupted run leaves the old file or the new one, never half a report. Missing
 * folders are created. Any failure is one line naming the file (`shown`) and what to do.
 */
export function writeOutputFile(path: string, text: string, shown: string, flag: OutputTarget['flag']): void {
  // Through a symbolic link, replace the file it points to, not the link.
  const target = realTarget(path)
  const folder = dirname(target)
  try {
    mkdirSync(folder, {recursive: true})
  } catch (error) {
    throw new CorrlintError(`${flag}: cannot create the folder ${dirname(shown)} (${reason(error)})`, shown)
  }
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomHex()}.tmp`)
  try {
    writeFileSync(temporary, text, {flag: 'wx'})
    renameSync(temporary, target)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // It was never created, or is gone already.
    }
    throw new CorrlintError(`${flag}: cannot write the file (${reason(error)})`, shown)
  }
}

function realTarget(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/** An errno code in words a user can act on. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: check the folder can be written'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of the path is a file, not a folder: check the path'
    case 'EISDIR':
      return 'it is a folder: name a file'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EROFS':
      return 'the file system is read-only'
    case 'ENAMETOOLONG':
      return 'the path is too long'
    default:
      return code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error))
  }
}

/** A message as one line on standard error: control characters in a file name cannot rewrite the terminal. */
export function errorLine(message: string): string {
  return `corrlint: ${printable(message)}\n`
}

/** The line for a run that failed: the user's problem as it is, anything else as an internal error. */
export function failureLine(error: unknown): string {
  if (error instanceof CorrlintError) return errorLine(error.message)
  return errorLine(`internal error: ${error instanceof Error ? error.message : String(error)}`)
}
