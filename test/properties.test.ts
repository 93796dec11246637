/**
 * Property-based tests (fast-check) over the splitter and every rule: arbitrary strings and
 * mutated realistic drafts never throw, every offset is inside the file and ordered, and the work
 * grows linearly with the input.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {splitDocument} from '../src/document/index.js'
import {wordsUpTo} from '../src/document/lines-classify.js'
import {defaultSettings, lintSource} from '../src/engine/index.js'
import {textSource} from '../src/input/text.js'

const draft = `Subject: Your refund for order ORD-48213
To: anita.patel@example.com

Dear Mrs Patel,

Thank you for your email about order ORD-48213. I am sorry your parcel arrived damaged.

We will refund £24.99 to your card by Friday 27 November. If it has not arrived by then, please call us on 0161 496 0000.

Kind regards,
Sam Okafor
Customer Relations Team

> I want my money back NOW!!!
`

/** Realistic drafts with random lines cut, doubled, swapped or garbled. */
const mutated = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom('cut', 'double', 'swap', 'garble', 'blank')), {maxLength: 6})
  .chain((edits) =>
    fc.string({maxLength: 12}).map((noise) => {
      const lines = draft.split('\n')
      for (const [at, edit] of edits) {
        const index = at % lines.length
        if (edit === 'cut') lines.splice(index, 1)
        else if (edit === 'double') lines.splice(index, 0, lines[index])
        else if (edit === 'swap') lines.splice(index, 2, ...lines.slice(index, index + 2).reverse())
        else if (edit === 'garble') lines[index] = noise + (lines[index] ?? '').slice(noise.length)
        else lines[index] = ''
      }
      return lines.join('\n')
    })
  )

const texts = fc.oneof(fc.string({maxLength: 400}), fc.string({unit: 'grapheme', maxLength: 200}), mutated)

function inside(text: string, span: {start: number; end: number}) {
  return span.start >= 0 && span.start <= span.end && span.end <= text.length
}

describe('properties', () => {
  it("wordsUpTo counts a line's words as splitting it on white space does, up to the limit", () => {
    const white = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2003', '\n')
    const word = fc.string({minLength: 1, maxLength: 6}).map((text) => text.replace(/\s/g, '') || 'x')
    const line = fc.array(fc.tuple(word, white), {maxLength: 30}).map((parts) => parts.flat().join('').trim())
    fc.assert(
      fc.property(line, fc.integer({min: 1, max: 20}), (text, limit) => {
        expect(wordsUpTo(text, limit)).toBe(Math.min(text.split(/\s+/).length, limit + 1))
      })
    )
  })

  it('the splitter never throws and its spans are inside the text and ordered', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const doc = splitDocument(textSource(text))
        let last = -1
        for (const part of doc.parts) {
          expect(inside(text, part)).toBe(true)
          expect(part.start).toBeGreaterThanOrEqual(last)
          last = part.start
        }
        for (const sentence of doc.sentences) {
          expect(inside(text, sentence)).toBe(true)
          for (const word of sentence.words) expect(text.slice(word.start, word.end)).toBe(word.text)
        }
        expect(doc.prose.length).toBe(text.length)
      }),
      {numRuns: 300}
    )
  })

  it('no rule throws, and every finding is inside the file with start ≤ end', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        const report = await lintSource(textSource(text), defaultSettings(), {rules: allRules})
        for (const finding of report.findings) {
          expect(finding.start.offset).toBeGreaterThanOrEqual(0)
          expect(finding.start.offset).toBeLessThanOrEqual(finding.end.offset)
          expect(finding.end.offset).toBeLessThanOrEqual(text.length)
        }
      }),
      {numRuns: 150}
    )
  })

  it('work grows linearly: twice the input costs well under four times as much', async () => {
    const body = draft.split('\n\n').slice(1, -1).join('\n\n')
    const sized = (copies: number) =>
      `${draft.split('\n\n')[0]}\n\nDear Mrs Patel,\n\n${Array.from({length: copies}, () => body).join('\n\n')}\n\nKind regards,\nSam Okafor\n`
    const cost = async (text: string) => {
      const runs: number[] = []
      for (let run = 0; run < 3; run++) {
        const start = process.cpuUsage()
        await lintSource(textSource(text), defaultSettings(), {rules: allRules})
        const used = process.cpuUsage(start)
        runs.push(used.user + used.system)
      }
      return runs.sort((a, b) => a - b)[1]
    }
    await cost(sized(20)) // warm up: dictionaries and word lists load once
    const small = await cost(sized(200))
    const large = await cost(sized(400))
    // A generous bound (quadratic would be ~4×), on CPU time rather than wall-clock time.
    expect(large / small).toBeLessThan(3.2)
  })
})
