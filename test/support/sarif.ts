/**
 * Validate a SARIF log: with Microsoft's `sarif-multitool validate` when it runs, and always
 * against the official SARIF 2.1.0 JSON schema (shipped in the multitool package) with ajv, plus
 * what GitHub code scanning requires beyond the schema.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'

const root = new URL('../..', import.meta.url).pathname
const schemaPath = join(root, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json')

export interface SarifValidation {
  /** Problems found (empty when valid). */
  errors: string[]
  /** What ran: the multitool, or why it could not and the schema check stood alone. */
  validator: string
}

let compiled: ((data: unknown) => boolean) & {errors?: unknown[] | null}

export function validateSarif(file: string): SarifValidation {
  const errors: string[] = []
  const log = JSON.parse(readFileSync(file, 'utf8'))
  if (!compiled) {
    const ajv = new Ajv2020({strict: false, allErrors: true, validateFormats: false})
    // The official file names itself with draft-04's `id`; ajv wants `$id`.
    const {id, ...schema} = JSON.parse(readFileSync(schemaPath, 'utf8'))
    compiled = ajv.compile({...schema, $id: id})
  }
  if (!compiled(log)) errors.push(...(compiled.errors ?? []).map((error) => `schema: ${JSON.stringify(error)}`))
  errors.push(...githubProblems(log))
  const multitool = runMultitool(file)
  errors.push(...multitool.errors)
  return {errors, validator: multitool.validator}
}

/** GitHub code scanning: every result has a rule id, message text, a relative or file: URI and a start line. */
function githubProblems(log: any): string[] {
  const problems: string[] = []
  for (const run of log.runs ?? []) {
    const ids = new Set((run.tool?.driver?.rules ?? []).map((rule: {id: string}) => rule.id))
    for (const [index, result] of (run.results ?? []).entries()) {
      const where = `results[${index}]`
      if (!ids.has(result.ruleId)) problems.push(`${where}: ruleId ${result.ruleId} not among the driver's rules`)
      if (run.tool?.driver?.rules?.[result.ruleIndex]?.id !== result.ruleId)
        problems.push(`${where}: ruleIndex does not point at ${result.ruleId}`)
      if (typeof result.message?.text !== 'string' || result.message.text === '')
        problems.push(`${where}: no message text`)
      const location = result.locations?.[0]?.physicalLocation
      const uri = location?.artifactLocation?.uri
      if (typeof uri !== 'string' || /[\s"<>\\^`{|}]/.test(uri))
        problems.push(`${where}: artifact uri ${uri} is not a URI reference`)
      else new URL(uri, 'file:///repository/')
      const region = location?.region
      if (!(region?.startLine >= 1)) problems.push(`${where}: no startLine`)
      if (region?.endLine < region?.startLine) problems.push(`${where}: endLine before startLine`)
      if (region?.endLine === region?.startLine && region?.endColumn < region?.startColumn)
        problems.push(`${where}: endColumn before startColumn`)
    }
  }
  return problems
}

function runMultitool(file: string): {errors: string[]; validator: string} {
  // SARIF_MULTITOOL: another build of the tool (4.6.5 crashes on Linux before validating: sarif-sdk#3013).
  const bin = process.env.SARIF_MULTITOOL ?? join(root, 'node_modules/.bin/sarif-multitool')
  const scratch = mkdtempSync(join(tmpdir(), 'corrlint-sarif-'))
  const out = join(scratch, 'validation.sarif')
  try {
    execFileSync(bin, ['validate', file, '--output', out, '--log', 'ForceOverwrite'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000
    })
  } catch (error) {
    const failure = error as {status?: number; stderr?: Buffer; stdout?: Buffer; code?: string}
    const said = `${failure.stdout ?? ''}${failure.stderr ?? ''}`
    let validated: any
    try {
      validated = JSON.parse(readFileSync(out, 'utf8'))
    } catch {
      // No validation log: the tool did not get as far as validating.
      rmSync(scratch, {recursive: true, force: true})
      const reason = failure.code === 'ENOENT' ? 'not installed' : said.split('\n').slice(0, 2).join(' ').slice(0, 240)
      return {errors: [], validator: `official JSON schema only (sarif-multitool could not run here: ${reason})`}
    }
    rmSync(scratch, {recursive: true, force: true})
    return {errors: multitoolErrors(validated), validator: 'sarif-multitool validate + official JSON schema'}
  }
  const validated = JSON.parse(readFileSync(out, 'utf8'))
  rmSync(scratch, {recursive: true, force: true})
  return {errors: multitoolErrors(validated), validator: 'sarif-multitool validate + official JSON schema'}
}

function multitoolErrors(validated: any): string[] {
  return (validated.runs?.[0]?.results ?? [])
    .filter((result: {level?: string}) => result.level === 'error')
    .map(
      (result: {ruleId: string; message: unknown}) => `multitool ${result.ruleId}: ${JSON.stringify(result.message)}`
    )
}
