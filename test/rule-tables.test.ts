/**
 * Every registered rule has a RuleTester table (test/support/rule-tester.ts): a rule added without
 * one fails here. A built-in rule's table is test/rules/<criterion>/<id>.test.ts, beside its file
 * rules/<criterion>/<id>.ts; the organisation-guideline rules (rules/guidelines/<kind>.ts, one
 * per criterion for banned, prefer and required) have theirs in test/rules/guidelines/<kind>.test.ts,
 * which runs a table for each registered id of that kind.
 */
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'

const root = new URL('..', import.meta.url)

/** Where the table of a rule id lives. */
function tableFile(id: string): string {
  const [criterion, name] = id.split('/')
  const guideline = /^guideline-(.+)$/.exec(name)
  return guideline ? `test/rules/guidelines/${guideline[1]}.test.ts` : `test/rules/${criterion}/${name}.test.ts`
}

describe('rule tables', () => {
  it('has a RuleTester test file for every registered rule id', () => {
    const missing = allRules
      .map((rule) => rule.id)
      .filter((id) => {
        const file = new URL(tableFile(id), root)
        return !existsSync(file) || !/\.run\(/.test(readFileSync(file, 'utf8'))
      })
    expect(missing, 'rule ids without a RuleTester table (test/support/rule-tester.ts)').toEqual([])
  })

  it("runs the rule's own table: a built-in rule's file imports its rule", () => {
    const wrong = allRules
      .filter((rule) => !rule.id.split('/')[1].startsWith('guideline-'))
      .filter((rule) => existsSync(new URL(tableFile(rule.id), root)))
      .filter((rule) => !readFileSync(new URL(tableFile(rule.id), root), 'utf8').includes(`/rules/${rule.id}.js'`))
      .map((rule) => rule.id)
    expect(wrong).toEqual([])
  })

  it('names the table of a guideline rule by its kind', () => {
    expect(tableFile('tone/guideline-banned')).toBe('test/rules/guidelines/banned.test.ts')
    expect(tableFile('structure/guideline-sign-off')).toBe('test/rules/guidelines/sign-off.test.ts')
    expect(tableFile('clarity/hedge')).toBe('test/rules/clarity/hedge.test.ts')
  })
})
