/**
 * JUnit XML, as GitLab and Jenkins read it: one testsuite per file, one testcase per criterion.
 * A failed criterion carries its findings in <failure>; a criterion not checked is <skipped/>;
 * a file that could not be checked is one testcase with an <error>.
 */
import type {FileReport, Finding} from '../types.js'
import {relativePath} from './paths.js'
import type {Formatter} from './types.js'

export const junit: Formatter = (report, options) => {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  let errors = 0
  let skipped = 0
  for (const file of report.files) {
    const name = relativePath(file.path, options.cwd)
    const suite = file.fatal ? fatalSuite(file, name) : fileSuite(file, name, Boolean(options.quiet))
    tests += suite.tests
    failures += suite.failures
    errors += suite.errors
    skipped += suite.skipped
    suites.push(suite.xml)
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="corrlint" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}

interface Suite {
  xml: string
  tests: number
  failures: number
  errors: number
  skipped: number
}

function fileSuite(file: FileReport, name: string, quiet: boolean): Suite {
  const cases: string[] = []
  let failures = 0
  let skipped = 0
  for (const result of file.criteria) {
    const findings = file.findings.filter(
      (finding) => finding.criterion === result.id && (!quiet || finding.severity === 'error')
    )
    const open = `    <testcase classname="${attribute(name)}" name="${attribute(result.title)}" time="0">`
    if (result.status === 'not-checked') {
      skipped++
      cases.push(`${open}\n      <skipped message="not checked"/>\n    </testcase>`)
    } else if (result.status === 'fail') {
      failures++
      const summary = `${result.title}: ${counts(result.errors, result.warnings)}`
      cases.push(
        `${open}\n      <failure message="${attribute(summary)}" type="${attribute(result.id)}">${text(findingLines(findings))}</failure>\n    </testcase>`
      )
    } else if (findings.length > 0) {
      // Passed with warnings: keep them visible without failing the case.
      cases.push(`${open}\n      <system-out>${text(findingLines(findings))}</system-out>\n    </testcase>`)
    } else {
      cases.push(`${open}</testcase>`)
    }
  }
  const tests = file.criteria.length
  const xml = [
    `  <testsuite name="${attribute(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...cases,
    '  </testsuite>'
  ].join('\n')
  return {xml, tests, failures, errors: 0, skipped}
}

function fatalSuite(file: FileReport, name: string): Suite {
  const xml = [
    `  <testsuite name="${attribute(name)}" tests="1" failures="0" errors="1" skipped="0" time="0">`,
    `    <testcase classname="${attribute(name)}" name="Read and check the file" time="0">`,
    `      <error message="${attribute(file.fatal ?? '')}" type="fatal">${text(file.fatal ?? '')}</error>`,
    '    </testcase>',
    '  </testsuite>'
  ].join('\n')
  return {xml, tests: 1, failures: 0, errors: 1, skipped: 0}
}

function findingLines(findings: Finding[]): string {
  return findings
    .map((finding) => {
      const where =
        finding.paragraph !== undefined
          ? `paragraph ${finding.paragraph}`
          : `${finding.start.line}:${finding.start.column}`
      const suggestion = finding.suggestion ? ` Suggestion: ${finding.suggestion}` : ''
      return `${where} ${finding.severity} ${finding.message}${suggestion} (${finding.ruleId})`
    })
    .join('\n')
}

function counts(errors: number, warnings: number): string {
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
}

/**
 * Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
 * removed, since no escape can carry them.
 */
// eslint-disable-next-line no-control-regex
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function text(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function attribute(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}
