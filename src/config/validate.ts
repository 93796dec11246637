/**
 * Validate a config file against schema/corrlint.schema.json (the schema editors use too), then
 * what a schema cannot know: rule ids, rule options, and that `required` patterns are safe.
 * The first problem becomes one line naming the file and the key.
 */
import type {ErrorObject, ValidateFunction} from 'ajv'
import {findPhrase, preparePhrases} from '../../rules/guidelines/match.js'
import {CorrlintError} from '../errors.js'
import {importModule} from '../import-module.js'
import {compileUserPattern, loadUserPatternEngine, patternProblem} from '../text/user-pattern.js'
import type {Rule} from '../types.js'
import {PRESET_NAMES} from './presets.js'

type AjvInstance = import('ajv').default
type AjvConstructor = new (options: Record<string, unknown>) => AjvInstance
let ajv: AjvInstance | undefined
/**
 * The schema compiled ahead of time (scripts/generate-config-validator.mjs): no Ajv at run time for
 * most configs. Loaded on the first config file (it is large), so a run without one never pays for it.
 */
let validateSchema: ValidateFunction | undefined
async function schemaValidator(): Promise<ValidateFunction> {
  validateSchema ??= (await import('./schema-validator.js')).validate as unknown as ValidateFunction
  return validateSchema
}
const optionValidators = new WeakMap<Rule, ValidateFunction>()

/** Throw a CorrlintError for the first problem in `config` (from the file shown as `file`). */
export async function validateConfig(config: unknown, file: string, rules: Rule[]): Promise<void> {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new CorrlintError('the configuration must be an object of settings (see schema/corrlint.schema.json)', file)
  }
  const validate = await schemaValidator()
  if (!validate(config)) throw new CorrlintError(describe(validate.errors ?? []), file)
  type Accept = Array<{rule: string}>
  type Guidelines = {
    required?: Array<{pattern?: string; phrase?: string}>
    banned?: Array<{phrase: string}>
    prefer?: Array<{instead: string[]}>
  }
  const data = config as {
    rules?: Record<string, unknown>
    accept?: Accept
    overrides?: Array<{rules?: Record<string, unknown>; accept?: Accept; guidelines?: Guidelines}>
    guidelines?: Guidelines
  }
  await checkRules(data.rules, '/rules', file, rules)
  checkAccepted(data.accept, '/accept', file, rules)
  for (const [index, override] of (data.overrides ?? []).entries()) {
    await checkRules(override.rules, `/overrides/${index}/rules`, file, rules)
    checkAccepted(override.accept, `/overrides/${index}/accept`, file, rules)
  }
  // Every user pattern, wherever it appears, is compiled once here: a bad one fails the run with
  // one line before any draft is read, never per draft.
  const patterns: Array<{pattern: string; at: string}> = []
  const phrases: Array<{phrase: string; at: string}> = []
  const collect = (guidelines: Guidelines | undefined, at: string) => {
    guidelines?.required?.forEach((entry, index) => {
      if (entry.pattern !== undefined) patterns.push({pattern: entry.pattern, at: `${at}/required/${index}/pattern`})
      if (entry.phrase !== undefined) phrases.push({phrase: entry.phrase, at: `${at}/required/${index}/phrase`})
    })
    guidelines?.banned?.forEach((entry, index) =>
      phrases.push({phrase: entry.phrase, at: `${at}/banned/${index}/phrase`})
    )
    guidelines?.prefer?.forEach((entry, index) =>
      entry.instead.forEach((phrase, at2) => phrases.push({phrase, at: `${at}/prefer/${index}/instead/${at2}`}))
    )
  }
  collect(data.guidelines, '/guidelines')
  for (const [index, override] of (data.overrides ?? []).entries())
    collect(override.guidelines, `/overrides/${index}/guidelines`)
  if (patterns.length > 0) {
    await loadUserPatternEngine()
    for (const {pattern, at} of patterns) checkPattern(pattern, at, file)
  }
  // Phrases are phrase patterns (src/text/pattern.ts): a bad one fails here, as a pattern does.
  if (phrases.length > 0) {
    await preparePhrases(phrases.map((item) => item.phrase))
    for (const {phrase, at} of phrases) {
      try {
        findPhrase('', phrase)
      } catch (error) {
        throw new CorrlintError(
          `invalid phrase at ${at}: ${error instanceof Error ? error.message : String(error)}`,
          file
        )
      }
    }
  }
}

/** An accepted finding names a rule that exists, or the acceptance would silently do nothing. */
function checkAccepted(accept: Array<{rule: string}> | undefined, at: string, file: string, rules: Rule[]): void {
  for (const [index, item] of (accept ?? []).entries()) {
    if (rules.some((rule) => rule.id === item.rule)) continue
    const near = rules.find((candidate) => candidate.id.endsWith(`/${item.rule.split('/').pop()}`))
    throw new CorrlintError(
      `unknown rule "${item.rule}" at ${at}/${index}/rule${near ? ` (did you mean "${near.id}"?)` : ' (see corrlint rules)'}`,
      file
    )
  }
}

async function checkRules(
  settings: Record<string, unknown> | undefined,
  at: string,
  file: string,
  rules: Rule[]
): Promise<void> {
  for (const [id, value] of Object.entries(settings ?? {})) {
    const rule = rules.find((candidate) => candidate.id === id)
    if (!rule) {
      const near = rules.find((candidate) => candidate.id.endsWith(`/${id.split('/').pop()}`))
      throw new CorrlintError(
        `unknown rule "${id}" at ${at}${near ? ` (did you mean "${near.id}"?)` : ' (see corrlint rules)'}`,
        file
      )
    }
    if (Array.isArray(value) && value[1] !== undefined && rule.schema) {
      let validate = optionValidators.get(rule)
      if (!validate) {
        validate = (await loadAjv()).compile(rule.schema)
        optionValidators.set(rule, validate)
      }
      if (!validate(value[1]))
        throw new CorrlintError(
          describe(validate.errors ?? [], `${at}/${pointer(id)}/1`, `rule "${id}" options: `),
          file
        )
    }
  }
}

/** Ajv itself, loaded only when a config gives a rule options to check against the rule's schema. */
async function loadAjv(): Promise<AjvInstance> {
  if (!ajv) {
    const loaded = (await importModule('ajv')) as {default: AjvConstructor & {default?: AjvConstructor}}
    const Ajv = loaded.default.default ?? loaded.default
    ajv = new Ajv({allErrors: false, strict: false, verbose: true})
  }
  return ajv
}

/**
 * A `required` pattern runs over every draft, on a linear-time engine (src/text/user-pattern.ts), so
 * no pattern can backtrack; refuse what that engine cannot compile: syntax errors, lookaround and
 * backreferences. Call loadUserPatternEngine() first.
 */
export function checkPattern(pattern: string, at: string, file: string): void {
  try {
    compileUserPattern(pattern)
  } catch (error) {
    throw new CorrlintError(
      `invalid pattern /${pattern}/ at ${at}: ${patternProblem(error)}; patterns use RE2 syntax (no lookaround or backreferences)`,
      file
    )
  }
}

function describe(errors: ErrorObject[], prefix = '', lead = ''): string {
  return lead + describeError(errors, prefix)
}

function describeError(errors: ErrorObject[], prefix: string): string {
  // With anyOf and propertyNames, Ajv lists each branch's complaint first; the anyOf error itself says it best.
  const error = errors.find((item) => item.keyword === 'anyOf' || item.keyword === 'propertyNames') ?? errors[0]
  if (!error) return 'invalid configuration'
  const path = `${prefix}${error.instancePath}` || '/'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(params.additionalProperty)}" at ${path === '/' ? '' : path}/${pointer(String(params.additionalProperty))}`
    case 'propertyNames':
      return `unknown criterion "${String(params.propertyName)}" at ${path}/${pointer(String(params.propertyName))}`
    case 'type':
      return `wrong type at ${path}: expected ${String(params.type)}, got ${describeValue(error)}`
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String)
      if (path.endsWith('/preset'))
        return `unknown preset "${String(error.data)}" at ${path} (expected one of ${PRESET_NAMES.join(', ')})`
      return `wrong value ${JSON.stringify(error.data)} at ${path}: expected one of ${allowed.join(', ')}`
    }
    case 'anyOf':
      if (/\/rules\/[^/]+$/.test(path))
        return `wrong value at ${path}: expected "off", "warning", "error" or [severity, {options}]`
      if (path.endsWith('/extends'))
        return `wrong type at ${path}: expected a preset name, a file path, or a list of them`
      if (/\/required\/\d+$/.test(path)) return `missing "phrase" or "pattern" at ${path}`
      return `wrong value at ${path}`
    case 'required':
      return `missing "${String(params.missingProperty)}" at ${path}`
    default:
      return `${path} ${error.message ?? 'is invalid'}`
  }
}

function describeValue(error: ErrorObject): string {
  const value = error.data
  return Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value
}

function pointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
