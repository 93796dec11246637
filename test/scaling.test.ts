/**
 * Every rule family's cost grows about linearly with adversarial input: for each criterion, long
 * runs of what its rules look for (punctuation, digits, placeholders, repeated words, capitals,
 * quotes, brackets, URLs, email addresses …) are linted at a base size and at four times that, and
 * the larger input must cost under 9 times as much (linear is about 4, n log n under 5, quadratic
 * about 16: a factor of two, whose ratios 2 and 4 a busy machine's noise can blur, failed a linear
 * rule once). CPU time, best of three, as a ratio — never an absolute time, so a slow or busy
 * machine does not fail it.
 *
 */
import {describe, expect, it} from 'vitest'
import {rulesByCriterion} from '../rules/index.js'
import {defaultSettings, lintSource} from '../src/engine/index.js'
import {textSource} from '../src/input/text.js'
import type {CriterionId} from '../src/types.js'

/** Per criterion: a repeated unit of adversarial text. */
const adversarial: Record<CriterionId, Record<string, string>> = {
  structure: {'salutation lines': 'Dear Sir,\n', 'blank lines': '\n\n\nHi\n', 'sign-offs': 'Kind regards,\nSam\n'},
  purpose: {'purpose phrases': 'I am writing to let you know ', 'one long sentence': 'word '},
  actions: {'actions and dates': 'Please call us by Friday 27 November. ', digits: '1 2 3 4 5 '},
  clarity: {'capitals (acronyms)': 'ABC DEF ', 'repeated words': 'the the the ', 'no full stop': 'and then we ', brackets: '((a) '},
  tone: {exclamations: '!!!!', shouting: 'SHOUTING NOW ', quotes: '"a" \'b\' ', 'question marks': '?? '},
  spelling: {misspellings: 'teh recieve ', hyphen: 'a-a-a-a-', 'dotted digits': '1.1.1.', 'at signs': 'a@a@'},
  confidentiality: {
    emails: 'anna.lee@example.com ',
    urls: 'https://example.com/a?b=c ',
    'long digits': '123456789 ',
    'card numbers': 'card 4111 1111 1111 1111 ',
    'sort codes and accounts': 'sort code 12-34-56 account 12345678 '
  },
  commitments: {guarantees: 'We guarantee this will never happen again. ', blame: 'My colleague made a mistake. '},
  completeness: {'merge fields': '{{', 'bracket notes': '[insert name] ', placeholders: 'XXX TBC ', 'angle brackets': '<<<<'}
}

const BASE_CHARS = 24_000
const FACTOR = 4
const LIMIT = 9

function letter(unit: string, chars: number): string {
  return `Dear Mrs Patel,\n\nThank you for your email. ${unit.repeat(Math.ceil(chars / unit.length))}\n\nKind regards,\nSam Okafor\n`
}

async function cost(text: string, criterion: CriterionId, times = 3): Promise<number> {
  const runs: number[] = []
  for (let run = 0; run < times; run++) {
    const start = process.cpuUsage()
    await lintSource(textSource(text), defaultSettings(), {rules: rulesByCriterion[criterion]})
    const used = process.cpuUsage(start)
    runs.push(used.user + used.system)
  }
  return runs.reduce((best, run) => Math.min(best, run))
}

describe('cost grows about linearly on adversarial input', () => {
  for (const [criterion, inputs] of Object.entries(adversarial) as Array<[CriterionId, Record<string, string>]>) {
    for (const [name, unit] of Object.entries(inputs)) {
      it(`${criterion}: ${name}`, {timeout: 120_000}, async () => {
        // Warm up at the larger size: word lists load, code is compiled and the heap has grown
        // before anything is measured (a first run can cost ten times a later one).
        await cost(letter(unit, BASE_CHARS * FACTOR), criterion, 1)
        // Other processes on a shared machine can slow one measurement: a quadratic cost fails
        // every attempt, a linear one disturbed by them passes the next.
        let ratio = Infinity
        for (let attempt = 0; attempt < 3 && ratio >= LIMIT; attempt++) {
          const base = await cost(letter(unit, BASE_CHARS), criterion)
          ratio = Math.min(ratio, (await cost(letter(unit, BASE_CHARS * FACTOR), criterion)) / base)
        }
        expect(ratio).toBeLessThan(LIMIT)
      })
    }
  }
})
