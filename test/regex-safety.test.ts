/**
 * Every regular expression in src/ and rules/ is checked for catastrophic backtracking (ReDoS) by
 * recheck: a new unsafe pattern fails the build. Regex literals and `new RegExp(...)` calls with a
 * static pattern are found with the TypeScript parser, so none is missed by a text search. Verdicts
 * are deterministic and kept in test/regex-verdicts.json (see test/support/regex-verdicts.ts).
 */
import {readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {verdictOf} from './support/regex-verdicts.js'
import {sourceFiles} from './support/source-files.js'

const root = new URL('..', import.meta.url).pathname

interface Found {
  where: string
  /** A `// redos-bounded: <reason>` comment on the line above: its input has a small fixed bound. */
  bounded: boolean
  source: string
  flags: string
}

function regexesIn(path: string): Found[] {
  const text = readFileSync(path, 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const found: Found[] = []
  const lines = text.split('\n')
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line
  const where = (node: ts.Node) => `${relative(root, path)}:${lineOf(node) + 1}`
  const bounded = (node: ts.Node) => /redos-bounded: \S/.test(`${lines[lineOf(node) - 1] ?? ''} ${lines[lineOf(node)]}`)
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText()
      const end = literal.lastIndexOf('/')
      found.push({
        where: where(node),
        bounded: bounded(node),
        source: literal.slice(1, end),
        flags: literal.slice(end + 1)
      })
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.length) {
      const [pattern, flags] = node.arguments
      const value = staticString(pattern)
      if (value !== undefined)
        found.push({
          where: where(node),
          bounded: bounded(node),
          source: value,
          flags: (flags && staticString(flags)) ?? ''
        })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** A string literal, or a template whose substitutions are replaced by a plain word. */
function staticString(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `(?:x)${span.literal.text}`).join('')
  return undefined
}

const regexes = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))].flatMap(regexesIn)

describe('regular expressions', () => {
  it('finds the project’s patterns', () => {
    expect(regexes.length).toBeGreaterThan(20)
  })

  it('has no pattern vulnerable to catastrophic backtracking (mark a quadratic one whose input is bounded with `// redos-bounded: why`)', {
    timeout: 600_000
  }, () => {
    const unsafe: string[] = []
    for (const regex of regexes) {
      const verdict = verdictOf(regex.source, regex.flags.replace(/[^dgimsuy]/g, ''))
      // Exponential patterns always fail; polynomial ones only where the input is not bounded; a
      // pattern recheck cannot judge (unsupported syntax) fails too, as nothing says it is safe.
      if (verdict.status === 'unknown')
        unsafe.push(`${regex.where} /${regex.source}/${regex.flags} — no verdict: ${verdict.error}`)
      else if (verdict.status === 'vulnerable' && (verdict.complexity === 'exponential' || !regex.bounded)) {
        unsafe.push(`${regex.where} /${regex.source}/${regex.flags} — ${verdict.summary} ${verdict.attack}`)
      }
    }
    expect(unsafe).toEqual([])
  })
})
