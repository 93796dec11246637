/**
 * The one place the language server and `--fix` call the engine: a draft's text (or a file, for
 * .docx) and its settings in, a FileReport out. The engine is being split into pipeline stages
 * with a pure core; when that lands, only this module changes.
 */
import {extname} from 'node:path'
import {type CliSettings, clearConfigCache, loadSettings} from '../config/index.js'
import {lintSource} from '../engine/index.js'
import {normaliseNewlines} from '../input/decode.js'
import {readSource, sourceFromBytes} from '../input/index.js'
import {textSource} from '../input/text.js'
import type {FileReport, Settings, SourceFormat} from '../types.js'

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.eml': 'eml',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx'
}

/** The format corrlint reads a file of this name as (undefined: not a draft corrlint knows). */
export function formatOf(path: string): SourceFormat | undefined {
  return FORMATS[extname(path).toLowerCase()]
}

/** Check a draft held in memory (an editor's buffer, a file read for `--fix`). */
export async function checkText(
  text: string,
  path: string,
  settings: Settings,
  format = formatOf(path) ?? 'text'
): Promise<FileReport> {
  // Plain text needs no decoding: the text is the original, as `lint()` of the library does it.
  const source =
    format === 'text'
      ? textSource(text, path, 'text', normaliseNewlines(text))
      : await sourceFromBytes(new TextEncoder().encode(text), path, format)
  return lintSource(source, settings)
}

/** Check a file as it is on disk (a .docx, which an editor does not hold as text). */
export async function checkFile(path: string, settings: Settings): Promise<FileReport> {
  return lintSource(await readSource(path), settings)
}

/** The settings for a draft, found as the command line finds them (src/config), and the config file's absolute path. */
export async function settingsFor(
  path: string,
  cwd: string,
  options: {configPath?: string; cli?: CliSettings} = {}
): Promise<{settings: Settings; configFile?: string}> {
  return loadSettings({filePath: path, configPath: options.configPath, cwd, cli: options.cli})
}

/** Forget the config files read so far (one changed). */
export function forgetConfigs(): void {
  clearConfigCache()
}
