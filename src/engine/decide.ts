/**
 * The decide stage: turn a draft's raw findings into its file report — findings suppressed by an
 * inline directive or accepted in the config dropped, confidential values masked everywhere, offsets
 * mapped to lines and columns of the original file, each criterion decided — and many file reports
 * into a run report. Pure.
 */

import {CRITERIA, criteria as registered} from '../../rules/criteria.js'
import {append} from '../arrays.js'
import {draftOf} from '../document/draft.js'
import {lineStarts, positionAt} from '../document/lines.js'
import {readability} from '../document/readability.js'
import {attachFix} from '../fix/carry.js'
import type {
  CorrDocument,
  CriterionId,
  CriterionResult,
  Facts,
  FileReport,
  Finding,
  RunReport,
  RunSummary,
  Settings
} from '../types.js'
import {type Checked, criteriaRun, isSuppressed} from './check.js'
import {criteriaInfo} from './criteria.js'
import {maskRange, mergeSpans, SecretMasker, type SecretSpan, ValueIndex} from './masking.js'

/** The criteria that judge the writer's prose, and so judge nothing in a draft with no body. */
const PROSE_CRITERIA = new Set<CriterionId>(
  registered.filter((item) => 'judgesProse' in item && item.judgesProse).map((item) => item.id)
)

/** The file report of a checked draft. */
export function decide(doc: CorrDocument, settings: Settings, checked: Checked): FileReport {
  return buildReport(doc, settings, checked)
}

function buildReport(doc: CorrDocument, settings: Settings, checked: Checked): FileReport {
  const {raw, masked: maskedSpans, inOriginal: originalSpans} = checked
  const source = doc.source
  const starts = lineStarts(source.original)
  const at = (offset: number) => positionAt(starts, Math.max(0, Math.min(offset, source.original.length)))
  const toOriginalEnd = (end: number, start: number) =>
    end > start ? source.toOriginal(end - 1) + 1 : source.toOriginal(end)

  // Every confidential value found is masked in every finding, not only in its own: another rule's
  // message (a misspelt word, a quoted sentence) may repeat it, whole or in part. The spans are
  // sorted and merged once; everything after is a sweep or a look-up (src/engine/masking.ts).
  const kept = raw.filter(({rule, finding}) => !isSuppressed(doc, settings, rule, finding))
  const found: SecretSpan[] = []
  for (const {finding} of kept)
    if (finding.masked !== undefined) found.push({start: finding.start, end: finding.end, masked: finding.masked})
  // Values the writer did not write (a customer's card number in a quoted message) get no finding,
  // but are masked all the same wherever the draft is shown.
  append(found, maskedSpans)
  let inText = mergeSpans(found)
  // The same value again elsewhere (another separator, a link, a header) is masked too.
  const values = new ValueIndex([
    ...inText.flatMap((span) => writtenForms(doc.text.slice(span.start, span.end), span.masked)),
    ...originalSpans.flatMap((span) => writtenForms(source.original.slice(span.start, span.end), span.masked))
  ])
  inText = mergeSpans([...inText, ...values.find(doc.text)])
  const inOriginal = mergeSpans([
    ...inText.map((span) => ({
      start: source.toOriginal(span.start),
      end: toOriginalEnd(span.end, span.start),
      masked: span.masked
    })),
    ...originalSpans,
    ...(source.original === doc.text ? [] : values.find(source.original))
  ])
  const masks: FileReport['masks'] = inOriginal
  const masker = new SecretMasker([
    {text: doc.text, spans: inText},
    ...(source.original === doc.text ? [] : [{text: source.original, spans: inOriginal}])
  ])
  const findings: Finding[] = []
  for (const {rule, severity, finding} of kept) {
    const start = source.toOriginal(finding.start)
    const end = toOriginalEnd(finding.end, finding.start)
    const item: Finding = {
      ruleId: rule.id,
      criterion: rule.criterion,
      severity,
      message: finding.message,
      url: `corrlint explain ${rule.id}`,
      start: at(start),
      end: at(end)
    }
    if (finding.suggestion !== undefined) item.suggestion = finding.suggestion
    if (finding.actual !== undefined) item.actual = finding.actual
    if (finding.expected !== undefined) item.expected = finding.expected
    if (finding.masked !== undefined) item.masked = finding.masked
    for (const key of ['message', 'suggestion', 'actual', 'expected'] as const) {
      const field = item[key]
      if (field !== undefined) item[key] = masker.mask(field)
    }
    attachFix(item, doc, finding.fix, inText, (text) => masker.mask(text))
    if (source.positionStyle === 'paragraph') {
      item.paragraph = item.start.line
      item.quote = quoteAt(source.original, starts, item.start.line, masks)
    }
    findings.push(item)
  }
  findings.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset)

  const ran = criteriaRun(checked.active)
  const noBody = draftOf(doc).missingBody !== undefined
  const criteria: CriterionResult[] = CRITERIA.map((id) => {
    const errors = findings.filter((item) => item.criterion === id && item.severity === 'error').length
    const warnings = findings.filter((item) => item.criterion === id && item.severity === 'warning').length
    // With no body of its own, a draft has no prose for these criteria to judge: a blank
    // submission shows them as not checked, not as passes a tutor would read as earned.
    const unjudged = noBody && PROSE_CRITERIA.has(id) && errors + warnings === 0
    const status = ran.has(id) && !unjudged ? (errors > 0 ? 'fail' : 'pass') : 'not-checked'
    // The spelling criterion is named for the dialect it checks (--dialect en-US: "US spelling …").
    const title =
      id === 'spelling' && settings.dialect === 'en-US'
        ? criteriaInfo[id].title.replace(/^UK /, 'US ')
        : criteriaInfo[id].title
    return {id, title, refs: criteriaInfo[id].refs, status, errors, warnings}
  })

  return {
    path: source.path,
    format: source.format,
    kind: doc.kind,
    parts: doc.parts.map((part) => {
      let start = source.toOriginal(part.start)
      let end = toOriginalEnd(part.end, part.start)
      // Header lines may be in another order in the file (.eml): span them all.
      if (part.kind === 'headers') {
        for (const field of Object.values(doc.headers)) {
          if (!field || field.end <= field.start) continue
          start = Math.min(start, source.toOriginal(field.start))
          end = Math.max(end, toOriginalEnd(field.end, field.start))
        }
      }
      return {kind: part.kind, start: at(Math.min(start, end)), end: at(Math.max(start, end))}
    }),
    criteria,
    findings,
    facts: facts(doc),
    masks,
    errorCount: findings.filter((item) => item.severity === 'error').length,
    warningCount: findings.filter((item) => item.severity === 'warning').length
  }
}

/** A value as it may be written in the file: as is, HTML-escaped (`&amp;`) and URL-encoded (`%26`). */
function writtenForms(value: string, masked: string): Array<{value: string; masked: string}> {
  const forms = new Set([
    value,
    value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  ])
  try {
    forms.add(encodeURIComponent(value.trim()))
  } catch {
    // A lone surrogate cannot be URL-encoded: there is no such form.
  }
  return [...forms].map((form) => ({value: form, masked}))
}

function quoteAt(original: string, starts: number[], line: number, masks: FileReport['masks']): string {
  const start = starts[line - 1] ?? 0
  const end = starts[line] === undefined ? original.length : starts[line] - 1
  // Masked by position: a value that runs on over the line's end shows none of its characters.
  const text = maskRange(original, start, end, masks)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

function facts(doc: CorrDocument): Facts {
  const body = doc.sentences.filter((sentence) => sentence.paragraph !== -1)
  const words = body.reduce((sum, sentence) => sum + sentence.words.length, 0)
  const result: Facts = {words, sentences: body.length, paragraphs: doc.body.paragraphs.length}
  if (words > 0) {
    // The same measure as clarity/reading-level, so the facts and the finding agree.
    const measured = readability(body)
    if (measured.words > 0) {
      result.readingGrade = round(measured.grade)
      result.readingEase = round(measured.ease)
    }
  }
  return result
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** Summarise many file reports into a run report. */
export function summarise(files: FileReport[], version: string): RunReport {
  const criteria = Object.fromEntries(
    CRITERIA.map((id) => [id, {pass: 0, fail: 0, notChecked: 0}])
  ) as RunSummary['criteria']
  const counts = new Map<string, number>()
  let errors = 0
  let warnings = 0
  for (const file of files) {
    errors += file.errorCount
    warnings += file.warningCount
    for (const result of file.criteria) {
      const bucket = criteria[result.id]
      if (file.fatal || result.status === 'not-checked') bucket.notChecked++
      else if (result.status === 'pass') bucket.pass++
      else bucket.fail++
    }
    for (const finding of file.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1)
  }
  const topRules = [...counts]
    .map(([ruleId, count]) => ({ruleId, count}))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
    .slice(0, 5)
  return {
    version,
    files,
    summary: {
      files: files.length,
      fatal: files.filter((file) => file.fatal).length,
      errors,
      warnings,
      criteria,
      topRules
    }
  }
}

/** A report for a file that could not be read or checked. */
export function fatalReport(path: string, message: string): FileReport {
  return {
    path,
    fatal: message,
    parts: [],
    criteria: CRITERIA.map((id) => ({
      id,
      title: criteriaInfo[id].title,
      refs: criteriaInfo[id].refs,
      status: 'not-checked',
      errors: 0,
      warnings: 0
    })),
    findings: [],
    facts: {words: 0, sentences: 0, paragraphs: 0},
    masks: [],
    errorCount: 0,
    warningCount: 0
  }
}
