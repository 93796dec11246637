import type {InvalidCase} from '../../support/rule-tester.js'
import {RuleTester} from '../../support/rule-tester.js'

/** A building society's reply around the sentence under test, which starts on line 3, column 1. */
export const tester = new RuleTester({
  wrap: (sentence) => `Dear Mr Nowak,\n\n${sentence}\n\nKind regards,\nAmira Hassan\nCalder Building Society`
})

/** An invalid case: `sentence` reports each of `values`, on line 3 at the value, with `message`. */
export function reports(sentence: string, message: string, ...values: string[]): InvalidCase {
  let from = 0
  const errors = values.map((value) => {
    const index = sentence.indexOf(value, from)
    if (index === -1) throw new Error(`"${value}" is not in "${sentence}"`)
    from = index + value.length
    return {
      message,
      line: 3,
      column: index + 1,
      endLine: 3,
      endColumn: index + value.length + 1,
      severity: 'error' as const
    }
  })
  return {name: sentence, text: sentence, errors}
}
