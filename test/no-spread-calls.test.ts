/**
 * No call in src/ or rules/ spreads an array into its arguments (`out.push(...lines)`,
 * `Math.max(...widths)`, `String.fromCharCode(...codes)`): every argument goes on the stack, so an
 * array of some 60,000 items or more (a draft's findings, a dictionary file's words) throws
 * "Maximum call stack size exceeded". Use a loop, `append()` or `maxOf()` from src/arrays.ts instead.
 * Found with the TypeScript parser, so a call split over lines is not missed.
 */
import {readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {sourceFiles} from './support/source-files.js'

const root = new URL('..', import.meta.url).pathname

/** Spread arguments of calls and `new`, except of an array literal written out in the call. */
function spreadCallsIn(path: string): string[] {
  const text = readFileSync(path, 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
      for (const argument of node.arguments) {
        if (ts.isSpreadElement(argument) && !ts.isArrayLiteralExpression(argument.expression)) {
          const line = file.getLineAndCharacterOfPosition(argument.getStart()).line + 1
          found.push(`${relative(root, path)}:${line} ${node.getText().split('\n')[0].slice(0, 100)}`)
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('calls with spread arguments', () => {
  it('finds a spread call in a sample', () => {
    const file = ts.createSourceFile('x.ts', 'out.push(...lines); Math.max(0, ...[1, 2])', ts.ScriptTarget.Latest, true)
    let count = 0
    const visit = (node: ts.Node): void => {
      if (ts.isSpreadElement(node) && !ts.isArrayLiteralExpression(node.expression)) count++
      ts.forEachChild(node, visit)
    }
    visit(file)
    expect(count).toBe(1)
  })

  it('has none in src/ or rules/ (a spread of an unbounded array overflows the stack)', () => {
    const found = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))].flatMap(spreadCallsIn)
    expect(found).toEqual([])
  })
})
