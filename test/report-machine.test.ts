/**
 * The machine formats (sarif, junit, github, csv, markdown) over a hand-built run report, so every
 * assertion is exact and independent of what the rules find today.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {afterAll, describe, expect, it} from 'vitest'
import {CRITERIA} from '../rules/criteria.js'
import {criteriaInfo} from '../src/engine/criteria.js'
import {fatalReport, summarise} from '../src/engine/index.js'
import {cell, csv} from '../src/report/csv.js'
import {github} from '../src/report/github.js'
import {formatters} from '../src/report/index.js'
import {junit} from '../src/report/junit.js'
import {markdown} from '../src/report/markdown.js'
import {sarif} from '../src/report/sarif.js'
import type {FormatOptions} from '../src/report/types.js'
import type {FileReport, Finding, Rule} from '../src/types.js'
import {handMadeReport} from './helpers.js'
import {validateSarif} from './support/sarif.js'

const cwd = '/work/project'
const rules: Rule[] = [
  {
    id: 'structure/salutation',
    criterion: 'structure',
    severity: 'error',
    docs: {
      summary: 'A draft opens with a salutation.',
      why: 'Readers expect a greeting.',
      fail: 'Your order shipped.\n\nAnna',
      pass: 'Dear Mr Khan,\n\nYour order shipped.\n\nAnna'
    },
    check: () => {}
  },
  {
    id: 'tone/blame',
    criterion: 'tone',
    severity: 'warning',
    docs: {
      summary: 'No blaming the reader.',
      why: 'Blame makes readers defensive.',
      fail: 'You failed to pay.',
      pass: 'The payment has not arrived yet.'
    },
    check: () => {}
  }
]

function finding(
  partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'criterion' | 'severity' | 'message'>,
  line: number,
  column: number,
  length: number
): Finding {
  const offset = (line - 1) * 40 + column - 1
  return {
    start: {offset, line, column},
    end: {offset: offset + length, line, column: column + length},
    ...partial
  }
}

function fileReport(path: string, findings: Finding[], notChecked: string[] = []): FileReport {
  return handMadeReport(path, findings, {notChecked})
}

const flawed = fileReport(
  `${cwd}/drafts/reply, "urgent".txt`,
  [
    finding(
      {
        ruleId: 'structure/salutation',
        criterion: 'structure',
        severity: 'error',
        message: 'No salutation: the draft starts with "Your order".',
        suggestion: 'Add "Dear Mr Khan,"'
      },
      1,
      1,
      10
    ),
    finding(
      {
        ruleId: 'tone/blame',
        criterion: 'tone',
        severity: 'warning',
        message: 'Blames the reader: "you failed to".\nRephrase: 100% <neutral> & calm'
      },
      3,
      5,
      14
    )
  ],
  ['spelling']
)
const good = fileReport(`${cwd}/drafts/good.txt`, [])
const broken = fatalReport(
  `${cwd}/drafts/broken.docx`,
  'drafts/broken.docx: not a Word document (the zip has no word/document.xml)'
)
const report = summarise([flawed, good, broken], '0.1.0')
const options: FormatOptions = {color: false, cwd, rules}

const scratch = mkdtempSync(join(tmpdir(), 'corrlint-report-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('registry', () => {
  it('offers every machine format by name', () => {
    for (const name of ['sarif', 'junit', 'github', 'csv', 'markdown']) expect(typeof formatters[name]).toBe('function')
  })
})

describe('sarif', () => {
  const log = JSON.parse(sarif(report, options))
  const run = log.runs[0]

  it('describes the tool and every rule with criterion, help and examples', () => {
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver).toMatchObject({name: 'corrlint', version: '0.1.0', semanticVersion: '0.1.0'})
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toEqual(['structure/salutation', 'tone/blame'])
    const [salutation] = run.tool.driver.rules
    expect(salutation.shortDescription.text).toBe('A draft opens with a salutation.')
    expect(salutation.fullDescription.text).toBe('Readers expect a greeting.')
    expect(salutation.help.markdown).toContain('```text\nDear Mr Khan,\n\nYour order shipped.\n\nAnna\n```')
    expect(salutation.help.text).toContain('Fails:\nYour order shipped.')
    expect(salutation.defaultConfiguration).toEqual({level: 'error'})
    expect(salutation.properties).toEqual({criterion: 'structure', tags: ['correspondence', 'structure']})
  })

  it('gives each finding its rule index, level, region and a fingerprint', () => {
    expect(run.results).toHaveLength(2)
    const [first, second] = run.results
    expect(first).toMatchObject({
      ruleId: 'structure/salutation',
      ruleIndex: 0,
      level: 'error',
      message: {text: 'No salutation: the draft starts with "Your order". Suggestion: Add "Dear Mr Khan,"'}
    })
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'drafts/reply%2C%20%22urgent%22.txt', uriBaseId: '%SRCROOT%'},
      region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 11, charOffset: 0, charLength: 10}
    })
    expect(second).toMatchObject({ruleId: 'tone/blame', ruleIndex: 1, level: 'warning'})
    expect(first.partialFingerprints['corrlintFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/)
  })

  it('reports a file that could not be checked as a tool execution notification', () => {
    expect(run.invocations[0].executionSuccessful).toBe(false)
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: {text: 'drafts/broken.docx: not a Word document (the zip has no word/document.xml)'},
        locations: [{physicalLocation: {artifactLocation: {uri: 'drafts/broken.docx', uriBaseId: '%SRCROOT%'}}}],
        descriptor: {id: 'corrlint/fatal'}
      }
    ])
  })

  it('uses a fingerprint the engine set', () => {
    const withPrint = summarise(
      [{...flawed, findings: flawed.findings.map((item) => ({...item, fingerprint: 'abc123'}))}],
      '0.1.0'
    )
    expect(JSON.parse(sarif(withPrint, options)).runs[0].results[0].partialFingerprints).toEqual({
      'corrlintFingerprint/v1': 'abc123'
    })
  })

  it('drops warnings with quiet', () => {
    expect(
      JSON.parse(sarif(report, {...options, quiet: true})).runs[0].results.map((item: {ruleId: string}) => item.ruleId)
    ).toEqual(['structure/salutation'])
  })

  it('is valid SARIF 2.1.0 (official schema, sarif-multitool when it runs, GitHub requirements)', () => {
    const file = join(scratch, 'hand.sarif')
    writeFileSync(file, sarif(report, options))
    const outcome = validateSarif(file)
    if (!outcome.validator.startsWith('sarif-multitool')) console.warn(`SARIF validated with the ${outcome.validator}`)
    expect(outcome.errors).toEqual([])
  })

  it('has a validator that rejects a broken log (so the check above means something)', () => {
    const file = join(scratch, 'broken.sarif')
    writeFileSync(
      file,
      JSON.stringify({
        version: '2.1.0',
        runs: [{tool: {driver: {}}, results: [{level: 'bogus', message: {text: 'x'}}]}]
      })
    )
    expect(validateSarif(file).errors.length).toBeGreaterThan(0)
  })
})

describe('junit', () => {
  const xml = junit(report, options)

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
  })

  it('has one testsuite per file and one testcase per criterion', () => {
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'testcase'].includes(name)
    }).parse(xml)
    const suites = parsed.testsuites.testsuite
    expect(parsed.testsuites).toMatchObject({name: 'corrlint', tests: '19', failures: '1', errors: '1', skipped: '1'})
    expect(suites.map((suite: {name: string}) => suite.name)).toEqual([
      'drafts/reply, "urgent".txt',
      'drafts/good.txt',
      'drafts/broken.docx'
    ])
    const cases = suites[0].testcase
    expect(cases).toHaveLength(9)
    expect(cases[0]).toMatchObject({classname: 'drafts/reply, "urgent".txt', name: 'Structure'})
    expect(cases[0].failure).toEqual({
      message: 'Structure: 1 error, 0 warnings',
      type: 'structure',
      '#text':
        '1:1 error No salutation: the draft starts with "Your order". Suggestion: Add "Dear Mr Khan," (structure/salutation)'
    })
    const spelling = cases.find((item: {name: string}) => item.name === criteriaInfo.spelling.title)
    expect(spelling.skipped).toEqual({message: 'not checked'})
    const tone = cases.find((item: {name: string}) => item.name === criteriaInfo.tone.title)
    expect(tone['system-out']).toContain('3:5 warning Blames the reader')
    expect(suites[2].testcase[0].error.message).toBe(
      'drafts/broken.docx: not a Word document (the zip has no word/document.xml)'
    )
  })

  it('escapes markup and strips characters XML cannot carry', () => {
    expect(xml).toContain('100% &lt;neutral&gt; &amp; calm')
    const nasty = summarise(
      [
        fileReport(`${cwd}/a<b>&"c\u0001.txt`, [
          finding(
            {ruleId: 'tone/blame', criterion: 'tone', severity: 'error', message: 'bad \u0000\u000b\ud800 "x" <y>'},
            1,
            1,
            1
          )
        ])
      ],
      '0.1.0'
    )
    const out = junit(nasty, options)
    expect(XMLValidator.validate(out)).toBe(true)
    expect(out).toContain('name="a&lt;b&gt;&amp;&quot;c.txt"')
    expect(out).toContain('bad  "x" &lt;y&gt;')
  })
})

describe('github', () => {
  it('prints one workflow command per finding with escaped properties and data', () => {
    expect(github(report, options).split('\n')).toEqual([
      '::error file=drafts/reply%2C "urgent".txt,line=1,col=1,endLine=1,endColumn=11,title=corrlint structure/salutation::No salutation: the draft starts with "Your order". Suggestion: Add "Dear Mr Khan,"',
      '::warning file=drafts/reply%2C "urgent".txt,line=3,col=5,endLine=3,endColumn=19,title=corrlint tone/blame::Blames the reader: "you failed to".%0ARephrase: 100%25 <neutral> & calm',
      '::error file=drafts/broken.docx,title=corrlint%3A could not check this file::drafts/broken.docx: not a Word document (the zip has no word/document.xml)',
      ''
    ])
  })

  it('prints nothing when there is nothing to say', () => {
    expect(github(summarise([good], '0.1.0'), options)).toBe('')
  })
})

describe('csv', () => {
  const rows = csv(report, options).split('\r\n')

  it('has a header and one row per file, CRLF-terminated', () => {
    expect(rows).toHaveLength(5)
    expect(rows[4]).toBe('')
    expect(rows[0]).toBe(
      `file,kind,${CRITERIA.map((id) => criteriaInfo[id].title).join(',')},errors,warnings,${CRITERIA.map((id) => `${criteriaInfo[id].title} findings`).join(',')},words,reading grade,problem`
    )
    expect(rows[1]).toBe(
      '"drafts/reply, ""urgent"".txt",email,FAIL,PASS,PASS,PASS,PASS,NOT CHECKED,PASS,PASS,PASS,1,1,1,0,0,0,1,0,0,0,0,120,7.2,'
    )
    expect(rows[2]).toBe(
      'drafts/good.txt,email,PASS,PASS,PASS,PASS,PASS,PASS,PASS,PASS,PASS,0,0,0,0,0,0,0,0,0,0,0,120,7.2,'
    )
    expect(rows[3]).toBe(
      `drafts/broken.docx,,${Array(9).fill('NOT CHECKED').join(',')},0,0,0,0,0,0,0,0,0,0,0,,,drafts/broken.docx: not a Word document (the zip has no word/document.xml)`
    )
  })

  it('defuses spreadsheet formulas and quotes per RFC 4180', () => {
    expect(cell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(cell('+1 555')).toBe("'+1 555")
    expect(cell('-cmd')).toBe("'-cmd")
    expect(cell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(cell('a\nb')).toBe('"a\nb"')
    expect(cell('plain')).toBe('plain')
    expect(cell('12')).toBe('12')
  })
})

describe('markdown', () => {
  const text = markdown(report, options)

  it('starts with a summary table of files by criteria', () => {
    const lines = text.split('\n')
    expect(lines.slice(0, 10)).toEqual([
      '## corrlint',
      '',
      '3 files checked: 1 passed every criterion, 1 error, 1 warning, 1 could not be checked.',
      '',
      `| File | ${CRITERIA.map((id) => criteriaInfo[id].title).join(' | ')} |`,
      `| --- | ${Array(9).fill(':---:').join(' | ')} |`,
      '| `drafts/reply, "urgent".txt` | ❌ | ✅ | ✅ | ✅ | ✅ | – | ✅ | ✅ | ✅ |',
      '| `drafts/good.txt` | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ |',
      '| `drafts/broken.docx` | ⚠️ | ⚠️ | ⚠️ | ⚠️ | ⚠️ | ⚠️ | ⚠️ | ⚠️ | ⚠️ |',
      ''
    ])
  })

  it('lists the findings of each file, with markup escaped', () => {
    expect(text).toContain(
      '### `drafts/reply, "urgent".txt`\n\n- ❌ **1:1** No salutation: the draft starts with "Your order". — Add "Dear Mr Khan," (`structure/salutation`)\n- ⚠️ **3:5** Blames the reader: "you failed to". Rephrase: 100% \\<neutral\\> & calm (`tone/blame`)'
    )
    expect(text).toContain(
      '### `drafts/broken.docx`\n\n⚠️ Could not be checked: drafts/broken.docx: not a Word document (the zip has no word/document.xml)'
    )
    expect(text).not.toContain('### `drafts/good.txt`')
  })
})

describe("the draft's own text in a message, quote or suggestion", () => {
  const hostile = fileReport(`${cwd}/drafts/hostile.txt`, [
    finding(
      {
        ruleId: 'spelling/misspelling',
        criterion: 'spelling',
        severity: 'error',
        message: "'ref\u001b[2Jund' is not in the en-GB dictionary.",
        quote: 'a \u001b]0;title\u0007 and \u202egnp.exe',
        suggestion: 'Replace "ref\u001b[31mund" with "refund".'
      },
      3,
      5,
      9
    )
  ])
  const hostileRun = summarise([hostile], '0.1.0')

  for (const name of ['stylish', 'markdown', 'github']) {
    it(`${name}: its control characters are shown as escapes, never sent to the terminal`, () => {
      const text = formatters[name](hostileRun, options)
      expect(text).not.toMatch(/[\u001b\u0007\u202e]/)
      // (Markdown escapes the backslash and the bracket, and shows ref\x1b[2Jund.)
      expect(text).toContain(name === 'markdown' ? 'ref\\\\x1b\\[2Jund' : 'ref\\x1b[2Jund')
      expect(text).toContain(name === 'markdown' ? 'ref\\\\x1b\\[31mund' : 'ref\\x1b[31mund')
    })
  }

  it('JSON keeps the exact text (JSON escapes control characters itself)', () => {
    expect(JSON.parse(formatters.json(hostileRun, options)).files[0].findings[0].message).toBe(
      "'ref\u001b[2Jund' is not in the en-GB dictionary."
    )
  })
})
