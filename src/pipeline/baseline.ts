/**
 * Baselines for repositories adopting corrlint on existing templates: `--write-baseline FILE`
 * records today's findings by fingerprint, `--baseline FILE` drops the known ones so only new
 * findings count.
 *
 * A fingerprint hashes the file path, the rule, the part of the letter and the normalised words
 * at and around the finding, so it survives edits elsewhere in the file. Confidential values never
 * enter it: every masked span is replaced by its masked form before any word is taken, so neither
 * the value nor a plain hash of it (a short number is easily brute-forced) can be recovered.
 */
import {sha256Hex} from '../text/digest.js'
import type {FileReport, Finding} from '../types.js'

/** Words taken on each side of a finding. */
const CONTEXT_WORDS = 4

export interface BaselineEntry {
  file: string
  ruleId: string
  fingerprint: string
  /** How many findings of the file share this fingerprint. */
  count: number
}

export interface Baseline {
  corrlintBaseline: 1
  findings: BaselineEntry[]
}

/**
 * Set `fingerprint` on every finding of a report, from the original text of its file.
 * `displayPath` is the path as reports show it (relative to cwd, `/` separators), so a baseline
 * written on one machine works on another.
 */
export function addFingerprints(report: FileReport, original: string, displayPath: string): void {
  if (report.findings.length === 0) return
  const masked = maskedText(original, report.masks)
  for (const finding of report.findings) finding.fingerprint = fingerprintOf(finding, report, masked, displayPath)
}

/** The baseline of a run: every fingerprinted finding, counted per file. */
export function createBaseline(files: Array<{report: FileReport; displayPath: string}>): Baseline {
  const entries = new Map<string, BaselineEntry>()
  for (const {report, displayPath} of files) {
    for (const finding of report.findings) {
      if (!finding.fingerprint) continue
      const key = `${displayPath}\0${finding.fingerprint}`
      const entry = entries.get(key)
      if (entry) entry.count++
      else entries.set(key, {file: displayPath, ruleId: finding.ruleId, fingerprint: finding.fingerprint, count: 1})
    }
  }
  const findings = [...entries.values()].sort(
    (a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint)
  )
  return {corrlintBaseline: 1, findings}
}

/** Read a baseline file's text; `undefined` when it is not a corrlint baseline. */
export function parseBaseline(text: string): Baseline | undefined {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  const candidate = data as Partial<Baseline> | null
  if (!candidate || candidate.corrlintBaseline !== 1 || !Array.isArray(candidate.findings)) return undefined
  const valid = candidate.findings.every(
    (entry) =>
      entry &&
      typeof entry.fingerprint === 'string' &&
      typeof entry.file === 'string' &&
      Number.isInteger(entry.count) &&
      entry.count > 0
  )
  return valid ? (candidate as Baseline) : undefined
}

/**
 * Drop the findings a baseline knows (as many of each fingerprint as it recorded) and decide the
 * criteria again from what is left. Returns new reports and how many findings were dropped.
 */
export function applyBaseline(files: FileReport[], baseline: Baseline): {files: FileReport[]; suppressed: number} {
  const known = new Map<string, number>()
  for (const entry of baseline.findings) known.set(entry.fingerprint, (known.get(entry.fingerprint) ?? 0) + entry.count)
  let suppressed = 0
  const result = files.map((file) => {
    const findings = file.findings.filter((finding) => {
      const left = finding.fingerprint ? (known.get(finding.fingerprint) ?? 0) : 0
      if (left === 0) return true
      known.set(finding.fingerprint as string, left - 1)
      suppressed++
      return false
    })
    return findings.length === file.findings.length ? file : withFindings(file, findings)
  })
  return {files: result, suppressed}
}

function withFindings(file: FileReport, findings: Finding[]): FileReport {
  const count = (criterion: string | undefined, severity: Finding['severity']) =>
    findings.filter(
      (finding) => (criterion === undefined || finding.criterion === criterion) && finding.severity === severity
    ).length
  const criteria = file.criteria.map((result) => {
    const errors = count(result.id, 'error')
    const warnings = count(result.id, 'warning')
    const status = result.status === 'not-checked' ? result.status : errors > 0 ? 'fail' : 'pass'
    return {...result, errors, warnings, status} as typeof result
  })
  return {...file, findings, criteria, errorCount: count(undefined, 'error'), warningCount: count(undefined, 'warning')}
}

function fingerprintOf(finding: Finding, report: FileReport, masked: MaskedText, displayPath: string): string {
  const start = masked.map(finding.start.offset)
  const end = Math.max(start, masked.map(finding.end.offset))
  const part =
    report.parts.find((item) => item.start.offset <= finding.start.offset && finding.start.offset < item.end.offset)
      ?.kind ?? 'none'
  const covered = finding.masked ?? masked.text.slice(start, end)
  const before = words(masked.text.slice(Math.max(0, start - 300), start)).slice(-CONTEXT_WORDS)
  const after = words(masked.text.slice(end, end + 300)).slice(0, CONTEXT_WORDS)
  const key = JSON.stringify([
    displayPath,
    finding.ruleId,
    part,
    words(covered).join(' '),
    before.join(' '),
    after.join(' ')
  ])
  return sha256Hex(key).slice(0, 32)
}

interface MaskedText {
  text: string
  /** An offset in the original to the same place in `text`. */
  map(offset: number): number
}

/** The original with every confidential span replaced by its masked form. */
function maskedText(original: string, masks: FileReport['masks']): MaskedText {
  const sorted = [...masks]
    .sort((a, b) => a.start - b.start)
    .filter((mask, index, list) => index === 0 || mask.start >= list[index - 1].end)
  if (sorted.length === 0) return {text: original, map: (offset) => offset}
  let text = ''
  let from = 0
  const shifts: Array<{start: number; end: number; delta: number; at: number}> = []
  let delta = 0
  for (const mask of sorted) {
    text += original.slice(from, mask.start)
    const at = mask.start + delta
    text += mask.masked
    delta += mask.masked.length - (mask.end - mask.start)
    shifts.push({start: mask.start, end: mask.end, delta, at})
    from = mask.end
  }
  text += original.slice(from)
  return {
    text,
    map(offset) {
      let shift = 0
      for (const item of shifts) {
        if (offset < item.start) break
        if (offset < item.end) return item.at
        shift = item.delta
      }
      return offset + shift
    }
  }
}

/** Lower-case words and numbers: punctuation, spacing and line breaks do not matter. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
