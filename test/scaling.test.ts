/**
 * Every rule family's cost grows about linearly with adversarial input: for each criterion, long
 * runs of what its rules look for (punctuation, digits, placeholders, repeated words, capitals,
 * quotes, brackets, URLs, email addresses …) are linted at a base size and at four times that, and
 * the larger input must cost under 9 times as much (linear is about 4, n log n under 5, quadratic
 * about 16: a factor of two, whose ratios 2 and 4 a busy machine's noise can blur, failed a linear
 * rule once). CPU time in a process of its own, measured again while a ratio is over the limit, as
 * a ratio — never an absolute time, so a slow or busy machine does not fail it.
 */
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import type {CriterionId} from '../src/types.js'

/** Per criterion: a repeated unit of adversarial text. */
const adversarial: Record<CriterionId, Record<string, string>> = {
  structure: {'salutation lines': 'Dear Sir,\n', 'blank lines': '\n\n\nHi\n', 'sign-offs': 'Kind regards,\nSam\n'},
  purpose: {'purpose phrases': 'I am writing to let you know ', 'one long sentence': 'word '},
  actions: {'actions and dates': 'Please call us by Friday 27 November. ', digits: '1 2 3 4 5 '},
  clarity: {
    'capitals (acronyms)': 'ABC DEF ',
    'repeated words': 'the the the ',
    'no full stop': 'and then we ',
    brackets: '((a) '
  },
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
  completeness: {
    'merge fields': '{{',
    'bracket notes': '[insert name] ',
    placeholders: 'XXX TBC ',
    'angle brackets': '<<<<'
  }
}

const BASE_CHARS = 24_000
const FACTOR = 4
const LIMIT = 9

const probe = new URL('./support/scaling-probe.mjs', import.meta.url).pathname

describe('cost grows about linearly on adversarial input', () => {
  for (const [criterion, inputs] of Object.entries(adversarial) as Array<[CriterionId, Record<string, string>]>) {
    // Measured in a process of its own over the built program: a test worker's heap, shared with
    // other test files, made large inputs pay for collections of garbage that was not theirs. V8
    // runs single-threaded there: its concurrent collector and compiler threads count in the
    // process's CPU time and made one linear ratio vary from 2 to over 9 between runs.
    let ratios: Record<string, number> | undefined
    const measured = () => {
      if (ratios) return ratios
      const run = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          '--single-threaded',
          probe,
          JSON.stringify({criterion, inputs, base: BASE_CHARS, factor: FACTOR, limit: LIMIT})
        ],
        {encoding: 'utf8'}
      )
      if (run.status !== 0) throw new Error(`the scaling probe failed: ${run.stderr}`)
      ratios = JSON.parse(run.stdout) as Record<string, number>
      return ratios
    }
    for (const name of Object.keys(inputs)) {
      it(`${criterion}: ${name}`, {timeout: 300_000}, () => {
        expect(measured()[name]).toBeLessThan(LIMIT)
      })
    }
  }
})
