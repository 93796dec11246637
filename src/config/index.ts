/**
 * Configuration: find the config file of a draft, validate it, and resolve presets, `extends`,
 * per-file overrides and command-line flags into the `Settings` of one run.
 *
 * Configs are data only (JSON, YAML, or the `corrlint` key of package.json): no code from a
 * repository ever runs. Every problem a user can cause is a `CorrlintError` of one line naming the
 * file and the key. Files are read once per process (per folder and per path) so a batch of
 * hundreds of drafts does not re-read them.
 */

import {dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import {lilconfigSync} from 'lilconfig'
import {guidelineRules} from '../../rules/guidelines/index.js'
import {allRules} from '../../rules/index.js'
import {append} from '../arrays.js'
import {defaultSettings} from '../engine/settings.js'
import {CorrlintError} from '../errors.js'
import {importModule} from '../import-module.js'
import {readRegularText} from '../input/read.js'
import type {CriterionId, Dialect, Guidelines, PresetName, Rule, Settings, SeverityOrOff} from '../types.js'
import {isPresetName, presets} from './presets.js'
import {validateConfig} from './validate.js'

export {PRESET_NAMES, presets} from './presets.js'

/** A rule setting as written in a config: a severity, or `[severity, options]`. */
export type RuleSetting = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>]

/** The settings a config (or an override block) may carry. */
export interface ConfigBlock {
  preset?: PresetName
  dialect?: Dialect
  template?: boolean
  audience?: string
  rules?: Record<string, RuleSetting>
  criteria?: Partial<Record<CriterionId, boolean>>
  dictionary?: string[]
  accept?: Array<{rule: string; text: string}>
  guidelines?: Guidelines
}

/** A configuration file's contents, as validated against schema/corrlint.schema.json. */
export interface ConfigFile extends ConfigBlock {
  $schema?: string
  extends?: string | string[]
  dictionaryFile?: string
  overrides?: Array<ConfigBlock & {files: string[]}>
  spelling?: {accept?: string[]; reject?: string[]}
  internalDomains?: string[]
  readingTarget?: number
}

/** What the command line adds on top of the config. */
export interface CliSettings {
  rules?: Record<string, SeverityOrOff>
  dialect?: Dialect
  template?: boolean
  preset?: PresetName
  dictionaryFile?: string
  /** `--audience`: who reads the messages (sets the default reading target). */
  audience?: 'general' | 'vulnerable' | 'business'
}

export interface LoadOptions {
  /** The draft being checked: discovery starts in its folder and overrides match it. */
  filePath?: string
  /** `--config FILE`: use this file instead of discovery. */
  configPath?: string
  cwd: string
  cli?: CliSettings
}

/** A config file read and validated, with the folder its relative paths start from. */
interface Layer {
  file: string
  dir: string
  config: ConfigFile
  /** Words read from its `dictionaryFile`. */
  words: string[]
}

const SEARCH_PLACES = [
  'package.json',
  'corrlint.config.json',
  '.corrlintrc.json',
  '.corrlintrc.yaml',
  '.corrlintrc.yml'
]

/**
 * Finds the config file nearest a draft (searching synchronously: a few dozen `stat`s take well
 * under a millisecond, where awaiting each one took about 8 ms of a cold start). The search only
 * decides which file applies; `readConfigFile` reads, parses and validates it, so the loaders hand
 * back the text unparsed (only a package.json is parsed, to see whether it has a "corrlint" key) and
 * a broken file is reported once, there.
 */
const explorer = lilconfigSync('corrlint', {
  searchPlaces: SEARCH_PLACES,
  loaders: {
    // A package.json is read here only to see whether it has a "corrlint" key.
    '.json': (file, content) => (file.endsWith('package.json') ? parsePackage(file, content) : content),
    '.yaml': (_file, content) => content,
    '.yml': (_file, content) => content,
    // Never run a JavaScript config: corrlint configs are data.
    '.js': refuseCode,
    '.mjs': refuseCode,
    '.cjs': refuseCode,
    '.ts': refuseCode,
    noExt: (_file, content) => content
  }
})

/** Resolved layers per config file path, so each file is read and validated once per process. */
const layerCache = new Map<string, Promise<Layer[]>>()

/** Forget every config read so far (for `--watch` after a config edit, and for tests). */
export function clearConfigCache(): void {
  layerCache.clear()
  explorer.clearCaches()
}

/** Every rule id a config may name: the built-in rules and the guideline rules. */
export function knownRules(): Rule[] {
  const ids = new Set(allRules.map((rule) => rule.id))
  return [...allRules, ...guidelineRules.filter((rule) => !ids.has(rule.id))]
}

/**
 * The settings for one draft: preset, then the config files (`extends` first), then the
 * overrides matching the draft, then the command line.
 */
export async function loadSettings(options: LoadOptions): Promise<{settings: Settings; configFile?: string}> {
  const cwd = options.cwd
  let configFile: string | undefined
  if (options.configPath) {
    configFile = resolve(cwd, options.configPath)
  } else {
    const from = options.filePath && options.filePath !== '-' ? dirname(resolve(cwd, options.filePath)) : cwd
    configFile = searchConfig(from, cwd) ?? undefined
  }
  const layers = configFile ? await layersOf(configFile, cwd, []) : []
  const settings = await resolveSettings(layers, options)
  if (configFile) settings.configFile = displayPath(configFile, cwd)
  return {settings, configFile}
}

/** `--print-config FILE`: the resolved settings for FILE as JSON text. */
export async function printConfig(options: LoadOptions): Promise<string> {
  const {settings} = await loadSettings(options)
  return `${JSON.stringify(settings, null, 2)}\n`
}

/** The config file that applies to drafts in `from` (lilconfig remembers each folder it searched). */
function searchConfig(from: string, cwd: string): string | null {
  try {
    return explorer.search(from)?.filepath ?? null
  } catch (error) {
    throw asConfigError(error, cwd)
  }
}

async function layersOf(file: string, cwd: string, chain: string[]): Promise<Layer[]> {
  if (chain.includes(file)) {
    throw new CorrlintError(
      `"extends" loops back to ${displayPath(file, cwd)}`,
      displayPath(chain[chain.length - 1] ?? file, cwd)
    )
  }
  const cached = layerCache.get(file)
  if (cached && chain.length === 0) return cached
  const pending = readLayers(file, cwd, chain)
  if (chain.length === 0) {
    layerCache.set(file, pending)
    pending.catch(() => layerCache.delete(file))
  }
  return pending
}

async function readLayers(file: string, cwd: string, chain: string[]): Promise<Layer[]> {
  const shown = displayPath(file, cwd)
  const config = await readConfigFile(file, shown)
  await validateConfig(config, shown, knownRules())
  const dir = dirname(file)
  const layers: Layer[] = []
  for (const base of toList(config.extends)) {
    if (isPresetName(base)) continue
    if (!looksLikePath(base))
      throw new CorrlintError(
        `unknown preset "${base}" at /extends (expected one of ${Object.keys(presets).join(', ')}, or a config file path)`,
        shown
      )
    append(layers, await layersOf(resolve(dir, base), cwd, [...chain, file]))
  }
  const words = config.dictionaryFile
    ? await readWordList(resolve(dir, config.dictionaryFile), `${shown}: dictionaryFile`)
    : []
  layers.push({file, dir, config, words})
  return layers
}

async function readConfigFile(file: string, shown: string): Promise<ConfigFile> {
  let content: string
  try {
    content = await readBounded(file, MAX_CONFIG_BYTES, shown)
  } catch (error) {
    if (error instanceof CorrlintError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new CorrlintError(
      code === 'ENOENT' ? 'config file not found' : `config file cannot be read (${code ?? 'error'})`,
      shown
    )
  }
  const lower = file.toLowerCase()
  let data: unknown
  if (lower.endsWith('.json')) data = parseJson(shown, content)
  else if (lower.endsWith('.yaml') || lower.endsWith('.yml') || !/\.[a-z]+$/.test(lower.split(/[\\/]/).pop() ?? ''))
    data = await parseYaml(shown, content)
  else
    throw new CorrlintError(
      'a config file must be JSON (.json) or YAML (.yaml, .yml); corrlint never runs code from a config',
      shown
    )
  if (lower.endsWith('package.json')) {
    data = (data as Record<string, unknown> | null)?.corrlint
    if (data === undefined) throw new CorrlintError('package.json has no "corrlint" key', shown)
  }
  if (data === null || data === undefined) return {}
  return data as ConfigFile
}

async function resolveSettings(layers: Layer[], options: LoadOptions): Promise<Settings> {
  const cli = options.cli ?? {}
  const settings = defaultSettings()
  const presetName = cli.preset ?? (await presetOf(layers, options.filePath, options.cwd)) ?? 'email'
  applyPreset(settings, presetName)
  for (const layer of layers) {
    applyBlock(settings, layer.config)
    const config = layer.config
    append(append(settings.dictionary, config.spelling?.accept ?? []), layer.words)
    if (config.spelling?.reject) settings.rejectWords = [...(settings.rejectWords ?? []), ...config.spelling.reject]
    if (config.internalDomains)
      append(
        settings.internalDomains,
        config.internalDomains.map((domain) => domain.toLowerCase())
      )
    if (config.readingTarget !== undefined) settings.guidelines.readingTarget = config.readingTarget
    for (const override of config.overrides ?? []) {
      if (options.filePath && (await matchesFiles(override.files, layer.dir, resolve(options.cwd, options.filePath)))) {
        applyBlock(settings, override)
      }
    }
  }
  if (cli.dialect) settings.dialect = cli.dialect
  if (cli.template) settings.template = true
  if (cli.audience) settings.audience = cli.audience
  for (const [id, severity] of Object.entries(cli.rules ?? {})) {
    settings.rules[id] = {...settings.rules[id], severity}
  }
  if (cli.dictionaryFile)
    append(settings.dictionary, await readWordList(resolve(options.cwd, cli.dictionaryFile), '--dictionary'))
  // Brand terms are words the spelling criterion must accept in their exact form.
  append(settings.dictionary, settings.guidelines.terms ?? [])
  settings.dictionary = [...new Set(settings.dictionary)]
  return settings
}

/** The preset in force: the last one named by a layer (its own `preset` over its `extends`) or a matching override. */
async function presetOf(layers: Layer[], filePath: string | undefined, cwd: string): Promise<PresetName | undefined> {
  let name: PresetName | undefined
  for (const layer of layers) {
    for (const base of toList(layer.config.extends)) if (isPresetName(base)) name = base
    if (layer.config.preset) name = layer.config.preset
    for (const override of layer.config.overrides ?? []) {
      if (override.preset && filePath && (await matchesFiles(override.files, layer.dir, resolve(cwd, filePath))))
        name = override.preset
    }
  }
  return name
}

/** The settings of a preset alone, as `--preset NAME` gives them with no config file. */
export function presetSettings(name: PresetName): Settings {
  const settings = defaultSettings()
  applyPreset(settings, name)
  return settings
}

function applyPreset(settings: Settings, name: PresetName): void {
  const preset = presets[name]
  settings.preset = name
  if (preset.template) settings.template = true
  const known = knownRules()
  for (const [criterion, severity] of Object.entries(preset.criteria ?? {})) {
    for (const rule of known) if (rule.criterion === criterion) settings.rules[rule.id] = {severity}
  }
  for (const [id, severity] of Object.entries(preset.rules ?? {})) {
    if (known.some((rule) => rule.id === id)) settings.rules[id] = {severity}
  }
  if (preset.guidelines) mergeGuidelines(settings.guidelines, preset.guidelines)
}

function applyBlock(settings: Settings, block: ConfigBlock): void {
  if (block.dialect) settings.dialect = block.dialect
  if (block.template !== undefined) settings.template = block.template
  if (block.audience) settings.audience = block.audience
  for (const [id, value] of Object.entries(block.rules ?? {})) {
    const [severity, options] = Array.isArray(value) ? value : [value]
    const previous = settings.rules[id] ?? {}
    settings.rules[id] = {...previous, severity, ...(options ? {options: {...previous.options, ...options}} : {})}
  }
  Object.assign(settings.criteria, block.criteria)
  append(settings.dictionary, block.dictionary ?? [])
  append(settings.accept, block.accept ?? [])
  if (block.guidelines) mergeGuidelines(settings.guidelines, block.guidelines)
}

/** Lists add up (a base's banned phrases stay banned); single values are replaced. */
function mergeGuidelines(target: Guidelines, source: Guidelines): void {
  for (const key of ['banned', 'prefer', 'required'] as const) {
    if (source[key]) target[key] = [...(target[key] ?? []), ...(source[key] as never[])] as never
  }
  if (source.terms) target.terms = [...new Set([...(target.terms ?? []), ...source.terms])]
  if (source.signOff) target.signOff = [...source.signOff]
  if (source.readingTarget !== undefined) target.readingTarget = source.readingTarget
  if (source.maxWords !== undefined) target.maxWords = source.maxWords
}

/** Loaded with the first `overrides` block: most configs have none. */
let ignoreModule: Promise<{default: typeof import('ignore')}> | undefined

async function matchesFiles(patterns: string[], dir: string, file: string): Promise<boolean> {
  const path = relative(dir, file)
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return false
  const {default: ignore} = await (ignoreModule ??= importModule<{default: typeof import('ignore')}>('ignore'))
  return ignore().add(patterns).ignores(path.split(sep).join('/'))
}

/** Larger than any real word list or config; a FIFO or a device (which never ends) is refused outright. */
const MAX_WORD_LIST_BYTES = 64 * 1024 * 1024
const MAX_CONFIG_BYTES = 5 * 1024 * 1024

/** A regular file's text, bounded: a FIFO or /dev/zero given as a dictionary or config must not hang the run. */
async function readBounded(file: string, maxBytes: number, shown: string): Promise<string> {
  return readRegularText(file, maxBytes, shown)
}

const wordLists = new Map<string, Promise<string[]>>()

/** A word list: one word a line, blank lines and `#` comments skipped. Read once per process. */
function readWordList(file: string, what: string): Promise<string[]> {
  let pending = wordLists.get(file)
  if (!pending) {
    pending = readBounded(file, MAX_WORD_LIST_BYTES, `${what}: ${file}`).then(
      (text) =>
        text
          .split(/\r?\n/)
          .map((line) => line.replace(/#.*/, '').trim())
          .filter((line) => line.length > 0),
      (error: NodeJS.ErrnoException) => {
        wordLists.delete(file)
        if (error instanceof CorrlintError) throw error
        throw new CorrlintError(
          `${what}: cannot read ${file} (${error.code === 'ENOENT' ? 'not found' : (error.code ?? 'error')})`
        )
      }
    )
    wordLists.set(file, pending)
  }
  return pending
}

/** A package.json that is not valid JSON only matters when it holds corrlint settings. */
function parsePackage(file: string, content: string): unknown {
  try {
    return parseJson(file, content)
  } catch (error) {
    if (content.includes('"corrlint"')) throw error
    return {}
  }
}

function parseJson(shown: string, content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new CorrlintError(`bad JSON: ${firstLine(error)}`, shown)
  }
}

async function parseYaml(shown: string, content: string): Promise<unknown> {
  // Loaded only when a YAML config exists, to keep the cold start small.
  const loaded = await importModule<typeof import('yaml') & {default?: typeof import('yaml')}>('yaml')
  // Bundled, the CommonJS build may sit under `default`.
  const yaml = typeof loaded.parse === 'function' ? loaded : loaded.default!
  try {
    return yaml.parse(content, {prettyErrors: true, uniqueKeys: true})
  } catch (error) {
    throw new CorrlintError(`bad YAML: ${firstLine(error)}`, shown)
  }
}

function refuseCode(file: string): never {
  throw new CorrlintError('corrlint configs are data (JSON or YAML); a JavaScript config is never run', file)
}

function asConfigError(error: unknown, cwd: string): CorrlintError {
  if (error instanceof CorrlintError) {
    // Loaders named the file by its absolute path: show it relative to the working folder.
    const file = error.file
    return file ? new CorrlintError(error.message.slice(file.length + 2), displayPath(file, cwd)) : error
  }
  return new CorrlintError(`cannot read the configuration: ${firstLine(error)}`)
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const line = message.split('\n')[0].replace(/\s+/g, ' ').trim()
  // YAML's pretty errors end their first line with a colon before a code frame.
  return line.endsWith(':') ? line.slice(0, -1) : line
}

function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, file)
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path
}

function looksLikePath(value: string): boolean {
  return /[\\/]/.test(value) || /\.(?:json|ya?ml)$/i.test(value)
}

function toList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
