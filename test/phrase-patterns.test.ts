/**
 * The phrase pattern language (src/text/pattern.ts) on the shared matcher: inflections, optional
 * words, bounded gaps, alternatives, word classes, and the limits that keep a pattern linear.
 */
import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {judging} from '../src/text/lexicon.js'
import {compilePattern, formsOf, inflect, isPattern, loadPatternLanguage, PatternError} from '../src/text/pattern.js'
import {PhraseMatcher} from '../src/text/phrases.js'
import type {Sentence} from '../src/types.js'

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
function sentenceOf(text: string): Sentence {
  const words = [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length
  }))
  return {text, words, start: 0, end: text.length, paragraph: 0, node: {type: 'SentenceNode', children: []}}
}
const lower = (word: string) => word.toLowerCase().replace(/’/g, "'")
const options = {normalise: lower, between: (raw: string) => (raw.endsWith(',') ? /,\s+/y : /\s+/y)}
function found(phrase: string, text: string): string[] {
  const sentence = sentenceOf(text)
  return new PhraseMatcher([{phrase}], options).find(sentence, text).map((match) => text.slice(match.start, match.end))
}

describe('phrase patterns', () => {
  it('a plain phrase is whole words, any case, not across punctuation', () => {
    expect(found('our policy', 'Our policy is clear, and so is our  policy.')).toEqual(['Our policy', 'our  policy'])
    expect(found('our policy', 'ours, policy; our policies')).toEqual([])
    expect(isPattern('our policy states')).toBe(false)
    expect(isPattern('{fail} to')).toBe(true)
  })

  it('{lemma}: the word and its inflections, from the built-in table', () => {
    expect(formsOf('fail')).toEqual(expect.arrayContaining(['fail', 'fails', 'failed', 'failing']))
    expect(
      found('you {fail} to', 'You failed to reply. You fail to see. You failing to call. You fall to it.')
    ).toEqual(['You failed to', 'You fail to', 'You failing to'])
  })

  it('alternatives, optional items and groups', () => {
    const phrase = "(we|i) (really)? (cannot|can't|are unable to) (do|help with) anything"
    expect(
      found(phrase, 'We cannot do anything. I really can’t help with anything. We are unable to do anything more.')
    ).toEqual(['We cannot do anything', 'I really can’t help with anything', 'We are unable to do anything'])
    expect(found(phrase, 'We can do anything you need.')).toEqual([])
  })

  it('a gap (...) stands for 0 to 3 words, ...N for up to N, across commas but not a sentence end', () => {
    expect(found('staff ... useless', 'Our staff, who are frankly useless, lost it.')).toEqual([
      'staff, who are frankly useless'
    ])
    expect(found('staff ... useless', 'Our staff were useless.')).toEqual(['staff were useless'])
    expect(found('staff ... useless', 'Our staff here in the depot are not at all useless.')).toEqual([])
    expect(found('staff ...8 useless', 'Our staff here in the depot are not at all useless.')).toEqual([
      'staff here in the depot are not at all useless'
    ])
    expect(found('staff ... useless', 'Ask our staff. Useless advice is rare.')).toEqual([])
  })

  it('[negative]: a word that judges (AFINN-165 at -2 or below), not one naming a situation or a feeling', () => {
    for (const word of ['useless', 'incompetent', 'pathetic', 'rubbish', 'idiots'])
      expect(judging(word), word).toBe(true)
    for (const word of ['lost', 'damaged', 'disappointed', 'sorry', 'problem', 'helpful'])
      expect(judging(word), word).toBe(false)
    expect(
      found(
        '(staff|team) (is|are|was|were) [negative]',
        'The team were useless. The team were delighted. Staff are upset.'
      )
    ).toEqual(['team were useless'])
  })

  it('keeps the longest sequence at a word, and reports the words it covered', () => {
    const sentence = sentenceOf('you should of read the terms')
    const [match] = new PhraseMatcher([{phrase: "you should (have|of|'ve) ...2 read"}], options).find(
      sentence,
      sentence.text
    )
    expect([match.index, match.words, sentence.text.slice(match.start, match.end)]).toEqual([
      0,
      4,
      'you should of read'
    ])
  })

  it('refuses what it cannot compile, with where and why', () => {
    expect(() => compilePattern('(we|i cannot', options)).toThrow(PatternError)
    expect(() => compilePattern('... cannot', options)).toThrow(/gap/)
    expect(() => compilePattern('we ...9 cannot', options)).toThrow(/1 to 8/)
    expect(() => compilePattern('we [colour]', options)).toThrow(/unknown word class/)
    expect(() => compilePattern('?', options)).toThrow(/unexpected/)
    // Alternatives of several words multiply: a pattern may stand for at most 512 sequences, so
    // matching stays linear; alternatives of one word each are one position, whatever their number.
    const four = '(a b|c d|e f|g h)'
    expect(() => compilePattern(`${four} ${four} ${four} ${four} ${four}`, options)).toThrow(/512/)
    expect(compilePattern(`${four} ${four} ${four} ${four}`, options)).toHaveLength(256)
    expect(compilePattern('(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d)', options)).toHaveLength(1)
    // A gap is one shape with a span, but counts as the widths it stands for: 9 × 9 × 9 > 512.
    expect(() => compilePattern('we ...8 cannot ...8 help ...8 you', options)).toThrow(/512/)
    expect(compilePattern('staff ... are ...2 useless', options)).toEqual([
      expect.objectContaining({tokens: ['staff', 'are', 'useless'], spans: [3, 2]})
    ])
  })

  it('a gap takes the longest match, and between equally long ones the phrase listed first', () => {
    const text = 'The staff were rude and useless, frankly useless.'
    expect(found('staff ...8 useless', text)).toEqual(['staff were rude and useless, frankly useless'])
    const matcher = new PhraseMatcher(
      [
        {phrase: 'staff ... rude', id: 'first'},
        {phrase: 'staff were rude', id: 'second'},
        {phrase: 'staff ...2 and', id: 'longer'}
      ],
      options
    )
    const sentence = sentenceOf(text)
    const [match] = matcher.find(sentence, text)
    expect([match.entry.id, text.slice(match.start, match.end)]).toEqual(['longer', 'staff were rude and'])
    const tie = new PhraseMatcher(
      [
        {phrase: 'staff were rude', id: 'plain'},
        {phrase: 'staff ... rude', id: 'gap'}
      ],
      options
    ).find(sentence, text)
    expect(tie.map((one) => one.entry.id)).toEqual(['plain'])
    const [gapFirst] = new PhraseMatcher(
      [
        {phrase: 'staff ... rude', id: 'gap'},
        {phrase: 'staff were rude', id: 'plain'}
      ],
      options
    ).find(sentence, text)
    expect(gapFirst.entry.id).toBe('gap')
  })

  it('inflects any lemma and tags parts of speech with compromise, loaded on demand', async () => {
    await loadPatternLanguage()
    const {default: nlp} = await import('compromise')
    expect(inflect(nlp, 'take')).toEqual(expect.arrayContaining(['take', 'takes', 'took', 'taken', 'taking']))
    expect(inflect(nlp, 'customer')).toEqual(
      expect.arrayContaining(['customer', 'customers', "customer's", "customers'"])
    )
    expect(found('{grumble}', 'She grumbled and grumbles.')).toEqual(['grumbled', 'grumbles'])
    expect(found('frankly [adj]', 'They were frankly useless. Frankly we care.')).toEqual(['frankly useless'])
  })

  it('the built-in table has every lemma of the built-in lists, as compromise inflects it', () => {
    // Needs a build (the script imports dist/); npm test builds first.
    execFileSync(process.execPath, ['scripts/build-lexicons.mjs', '--check'], {
      cwd: new URL('..', import.meta.url).pathname
    })
  })
})
