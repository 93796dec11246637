/**
 * The engine: check one draft. `lintSource` is the checking core every caller shares — the CLI's
 * pipeline (src/pipeline), a library user, an editor server: split (src/document) → check
 * (check.ts) → decide (decide.ts). No file system, no process, no printing: the word lists come in
 * as `options.wordLists` (by default the package's own, read once from dist/data).
 */
import {allRules} from '../../rules/index.js'
import {splitDocument} from '../document/index.js'
import {textSource} from '../input/text.js'
import {packageWordLists} from '../spell/index.js'
import type {FileReport, Rule, Settings, Source, SourceFormat, WordLists} from '../types.js'
import {checkDocument} from './check.js'
import {decide} from './decide.js'
import {defaultSettings} from './settings.js'
import {addTime, timing} from './timing.js'

export {fatalReport, summarise} from './decide.js'
export {defaultSettings} from './settings.js'

export interface EngineOptions {
  /** The rules to choose from (default: every built-in rule). */
  rules?: Rule[]
  /** Keep the original text in the report (for formats that show the draft). */
  includeText?: boolean
  /** Where the rules get their word lists (default: the package's own, from dist/data). */
  wordLists?: WordLists
}

/** Lint one Source with resolved settings: split → check → decide. */
export async function lintSource(source: Source, settings: Settings, options: EngineOptions = {}): Promise<FileReport> {
  const timed = timing()
  if (timed) timed.files++
  let started = timed ? performance.now() : 0
  const doc = splitDocument(source)
  if (timed) addTime('(split and parse the draft)', performance.now() - started)
  const checked = await checkDocument(doc, settings, options.rules ?? allRules, options.wordLists ?? packageWordLists)
  if (timed) started = performance.now()
  const report = decide(doc, settings, checked)
  if (timed) addTime('(decide the criteria)', performance.now() - started)
  if (options.includeText) report.original = source.original
  return report
}

/** What a caller of the library may pass to `lint`. */
export type LintInput = string | {text: string; path?: string; format?: SourceFormat}

/**
 * Lint a draft given as a string (or `{text, path, format}`) and return its report.
 * Settings default to the `email` preset in UK English.
 */
export async function lint(
  input: LintInput,
  options: {settings?: Partial<Settings>; rules?: Rule[]; wordLists?: WordLists} = {}
): Promise<FileReport> {
  const {text, path = '<text>', format = 'text'} = typeof input === 'string' ? {text: input} : input
  const source = format === 'text' ? textSource(normaliseNewlines(text), path) : await fromFormat(text, path, format)
  return lintSource(
    source,
    {...defaultSettings(), ...options.settings},
    {rules: options.rules, wordLists: options.wordLists}
  )
}

async function fromFormat(text: string, path: string, format: SourceFormat): Promise<Source> {
  const {sourceFromBytes} = await import('../input/index.js')
  return sourceFromBytes(new TextEncoder().encode(text), path, format)
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, (match) => (match.length === 2 ? ' \n' : '\n'))
}
