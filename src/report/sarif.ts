/**
 * SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards: every rule with its
 * criterion, help text and examples; every finding with its region; files that could not be
 * checked as tool execution notifications.
 */

import {isAbsolute, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {maxOf} from '../arrays.js'
import {criteriaInfo} from '../engine/criteria.js'
import {sha256Hex} from '../text/digest.js'
import type {FileReport, Finding, Rule, Severity} from '../types.js'
import type {Formatter} from './types.js'

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const INFORMATION_URI = 'https://www.npmjs.com/package/corrlint'

export const sarif: Formatter = (report, options) => {
  const descriptors: SarifRule[] = []
  const indexOf = new Map<string, number>()
  const addRule = (descriptor: SarifRule) => {
    indexOf.set(descriptor.id, descriptors.length)
    descriptors.push(descriptor)
  }
  for (const rule of options.rules) if (!indexOf.has(rule.id)) addRule(ruleDescriptor(rule))

  const results: unknown[] = []
  const notifications: unknown[] = []
  for (const file of report.files) {
    const location = artifactLocation(file.path, options.cwd)
    if (file.fatal) {
      notifications.push({
        level: 'error',
        message: {text: file.fatal},
        locations: [{physicalLocation: {artifactLocation: location}}],
        descriptor: {id: 'corrlint/fatal'}
      })
      continue
    }
    for (const finding of file.findings) {
      if (options.quiet && finding.severity !== 'error') continue
      if (!indexOf.has(finding.ruleId)) addRule(unknownRule(finding))
      results.push(result(finding, file, location, indexOf.get(finding.ruleId) as number))
    }
  }

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corrlint',
            version: report.version,
            semanticVersion: report.version,
            informationUri: INFORMATION_URI,
            rules: descriptors
          }
        },
        invocations: [{executionSuccessful: report.summary.fatal === 0, toolExecutionNotifications: notifications}],
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

interface SarifRule {
  id: string
  name: string
  shortDescription: {text: string}
  fullDescription: {text: string}
  help: {text: string; markdown: string}
  defaultConfiguration: {level: 'error' | 'warning'}
  properties: {criterion: string; tags: string[]}
}

function ruleDescriptor(rule: Rule): SarifRule {
  const criterion = criteriaInfo[rule.criterion]
  const details = rule.docs.details ? `\n\n${rule.docs.details}` : ''
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: {text: rule.docs.summary},
    fullDescription: {text: rule.docs.why},
    help: {
      text: `${rule.docs.summary}\n\nWhy: ${rule.docs.why}${details}\n\nFails:\n${rule.docs.fail}\n\nPasses:\n${rule.docs.pass}`,
      markdown:
        `**${escapeMarkdown(rule.docs.summary)}**\n\n${escapeMarkdown(rule.docs.why)}${details ? `\n\n${escapeMarkdown(rule.docs.details ?? '')}` : ''}` +
        `\n\nCriterion: ${escapeMarkdown(criterion.title)} (${criterion.refs.join(', ')})` +
        `\n\nFails:\n\n${fenced(rule.docs.fail)}\n\nPasses:\n\n${fenced(rule.docs.pass)}`
    },
    defaultConfiguration: {level: rule.severity},
    properties: {criterion: rule.criterion, tags: ['correspondence', rule.criterion]}
  }
}

/** A finding from a rule the formatter was not told about (e.g. an organisation guideline). */
function unknownRule(finding: Finding): SarifRule {
  const summary = `Reported by corrlint (${finding.ruleId}).`
  return {
    id: finding.ruleId,
    name: pascalCase(finding.ruleId),
    shortDescription: {text: summary},
    fullDescription: {text: summary},
    help: {text: summary, markdown: escapeMarkdown(summary)},
    defaultConfiguration: {level: finding.severity},
    properties: {criterion: finding.criterion, tags: ['correspondence', finding.criterion]}
  }
}

function result(finding: Finding, file: FileReport, location: ArtifactLocation, ruleIndex: number) {
  const region: Record<string, number> = {
    startLine: finding.start.line,
    startColumn: finding.start.column,
    endLine: Math.max(finding.end.line, finding.start.line),
    endColumn:
      finding.end.line > finding.start.line ? finding.end.column : Math.max(finding.end.column, finding.start.column)
  }
  // A .docx has no characters to count in the file itself: its "lines" are paragraphs.
  if (file.format !== 'docx') {
    region.charOffset = finding.start.offset
    region.charLength = Math.max(0, finding.end.offset - finding.start.offset)
  }
  let text = finding.message
  if (finding.suggestion) text += ` Suggestion: ${finding.suggestion}`
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: level(finding.severity),
    message: {text},
    locations: [{physicalLocation: {artifactLocation: location, region}}],
    partialFingerprints: {'corrlintFingerprint/v1': finding.fingerprint ?? fallbackFingerprint(location.uri, finding)},
    properties: {criterion: finding.criterion}
  }
}

function level(severity: Severity): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning'
}

/** Without a baseline fingerprint: file, rule and message (messages never hold confidential values). */
function fallbackFingerprint(uri: string, finding: Finding): string {
  return sha256Hex(`${uri}\0${finding.ruleId}\0${finding.message}`).slice(0, 32)
}

/** A relative URI reference for a path inside cwd, a file: URI otherwise. */
interface ArtifactLocation {
  uri: string
  uriBaseId?: '%SRCROOT%'
}

/**
 * A file inside the working folder is a relative URI against %SRCROOT% (what code scanning maps to
 * the repository); one outside it is an absolute file: URI with no base, since SARIF forbids a
 * uriBaseId on an absolute URI (the multitool's SARIF1004).
 */
function artifactLocation(path: string, cwd: string): ArtifactLocation {
  if (path.startsWith('<')) return {uri: encodeURIComponent(path), uriBaseId: '%SRCROOT%'}
  const absolute = resolve(cwd, path)
  const inside = relative(cwd, absolute)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return {uri: pathToFileURL(absolute).href}
  return {uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'}
}

function pascalCase(id: string): string {
  return id
    .split(/[/-]/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (character) => `\\${character}`)
}

function fenced(text: string): string {
  const longest = maxOf(
    2,
    (text.match(/`+/g) ?? []).map((run) => run.length)
  )
  const fence = '`'.repeat(longest + 1)
  return `${fence}text\n${text.trimEnd()}\n${fence}`
}
