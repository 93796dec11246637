/** What learners get wrong (issue 25): each new check on learners' slips and on careful writing. */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {numberSoundsVowel} from '../../rules/spelling/indefinite-article.js'
import {rules} from '../../rules/spelling/index.js'
import {isKnownName, speller} from '../../src/spell/index.js'
import {at, emailWithBody, lintText, statusOf} from '../helpers.js'

/** `line:column rule actual→expected` of every spelling finding. */
async function found(text: string): Promise<string[]> {
  const report = await lintText(text, {rules})
  return report.findings.map(
    (finding) => `${at(finding)} ${finding.ruleId.slice(9)} ${finding.actual}→${finding.expected ?? ''}`
  )
}

const email = emailWithBody
const letter = (body: string, close = 'Yours sincerely,', greeting = 'Dear Mrs Taylor,'): string =>
  `${greeting}\n\n${body}\n\n${close}\nAna Ferreira\n`

describe('words in capitals', () => {
  it('checks the spelling of a sentence in capitals, with the suggestion in capitals', async () => {
    expect(
      await found(
        email('I AM WRITING ABOUT THE ACOMODATION. IN ADITION, THE ROOM WAS NOT CLEAN AND I WAS VERY EMBARASED.')
      )
    ).toEqual([
      '6:24 misspelling ACOMODATION→ACCOMMODATION',
      '6:40 misspelling ADITION→ADDITION',
      '6:87 misspelling EMBARASED→EMBARRASSED'
    ])
  })

  it('keeps acronyms quiet, in capital sentences and in ordinary ones', async () => {
    const body =
      'PLEASE SEND THE FORM TO HMRC, THE DVLA AND OFGEM BEFORE FRIDAY. YOUR NHS NUMBER IS ON THE LETTER. ' +
      'The ACOMODATION team at the BBC will call. Ask the SKU desk.'
    expect(await found(email(body))).toEqual([])
  })
})

describe('capitalised misspellings taken for names', () => {
  it('reports a capitalised slip of a common word mid-sentence, or at a sentence start before a comma', async () => {
    const body =
      'Last year I went to the music Fesival in Cardiff. It was in Augost, on a Wenesday. ' +
      'Secontly, I speak three languages. Howeve, I cannot start before June. Therefor, I could work at weekends.'
    expect(await found(email(body))).toEqual([
      '6:31 misspelling Fesival→Festival',
      '6:61 misspelling Augost→August',
      '6:74 misspelling Wenesday→Wednesday',
      '6:84 misspelling Secontly→Secondly',
      '6:119 misspelling Howeve→However',
      '6:155 misspelling Therefor→Therefore'
    ])
  })

  it('leaves names, towns, brands and runs of capitalised words alone', async () => {
    const body =
      'My friend Siobhan met Mr Okafor at Penzance station, then we took the train to Whitby with Patel and Kwame. ' +
      'Elena Chilkina has gone above and beyond. We visited Covent Garden and the National Gallery. ' +
      'Siobhan, thank you. Argos and Gmail sent the receipt. Payment therefor is due. Pay with Brightpay at the checkout.'
    expect(await found(email(body))).toEqual([])
    expect(isKnownName('Patel') && isKnownName('Penzance')).toBe(true)
    expect(isKnownName('Fesival')).toBe(false)
  })
})

describe('spelling/salutation-close', () => {
  it('spells the close against Yours sincerely / faithfully, also when the splitter took it for a name', async () => {
    expect(await found(letter('Thank you for organising the trip.', 'Your Sincelery,'))).toEqual([
      '5:1 salutation-close Your→Yours',
      '5:6 salutation-close Sincelery→Sincerely'
    ])
    expect(await found(letter('Thank you for organising the trip.', 'Yours sincerly,'))).toEqual([
      '5:7 salutation-close sincerly→sincerely'
    ])
    expect(await found(letter('Thank you for organising the trip.', 'Yours Faithully,', 'Dear Ser or Madam,'))).toEqual(
      ['1:6 salutation-close Ser→Sir', '5:7 salutation-close Faithully→Faithfully']
    )
  })

  it('spells the salutation against Sir or Madam, Madam, and the titles', async () => {
    expect(await found(letter('I would like to ask about the course.', 'Yours faithfully,', 'Dear Madame,'))).toEqual([
      '1:6 salutation-close Madame→Madam'
    ])
    expect(await found(letter('I would like to ask about the course.', 'Yours sincerely,', 'Dear Mz. Ryan,'))).toEqual([
      '1:6 salutation-close Mz→Ms'
    ])
  })

  it('is quiet on right greetings and closes, names, and other closes', async () => {
    for (const [greeting, close] of [
      ['Dear Sir or Madam,', 'Yours faithfully,'],
      ['Dear Madame Dubois,', 'Yours Sincerely,'],
      ['Dear Adam,', 'Yours truly,'],
      ['Dear Ms Ryan,', 'Kind regards,'],
      ['Dear Sirs,', 'Yours,']
    ]) {
      expect(
        await found(letter('I would like to ask about the course.', close, greeting)),
        `${greeting} ${close}`
      ).toEqual([])
    }
  })
})

describe('contractions and words run together', () => {
  it("reports musn't, dosen't, I'am, Donnot, did'nt and apostrophe-less contractions with the contraction meant", async () => {
    const body =
      "I'am so happy. You musn't forget. She dosen't live here. Donnot bring a towel. I did'nt know. He hasnt got one. We dont mind."
    expect(await found(email(body))).toEqual([
      "6:1 misspelling I'am→I'm",
      "6:20 misspelling musn't→mustn't",
      "6:39 misspelling dosen't→doesn't",
      '6:58 misspelling Donnot→Do not',
      "6:82 misspelling did'nt→didn't",
      "6:98 misspelling hasnt→hasn't",
      "6:116 misspelling dont→don't"
    ])
  })

  it('accepts the real contractions and possessives', async () => {
    const body =
      "I'm sure we mustn't wait: it doesn't matter, we didn't know and they haven't called. The customer's order isn't late, and we daren't guess."
    expect(await found(email(body))).toEqual([])
  })
})

describe('spelling/stray-letter', () => {
  it('reports a letter standing alone between English words, with the word meant', async () => {
    expect(
      await found(
        email(
          'The concert started t 20:15. We waited n the rain. I would b grateful for a refund. Call me n Wednesday. I can bring drinks f you like.'
        )
      )
    ).toEqual([
      '6:21 stray-letter t→at',
      '6:40 stray-letter n→in',
      '6:60 stray-letter b→be',
      '6:93 stray-letter n→on',
      '6:125 stray-letter f→if'
    ])
  })

  it('is quiet on a letter between words of another language (Italian e, Spanish o)', async () => {
    const report = await lintText(email('We ordered pasta e fagioli, and the menu said pollo o pescado.'), {rules})
    expect(report.findings.filter((finding) => finding.ruleId === 'spelling/stray-letter')).toEqual([])
  })

  it('leaves labels, units, list markers, initials and text-speak alone', async () => {
    const body =
      'Choose option b or option c. The box is 5 m long and weighs 3 g in total. Plan B is fine. J. R. Smith called. ' +
      'Send it c/o our office. The x and y values match. See u later.\n\na) your receipt\nb) a photo'
    expect(await found(email(body))).toEqual([])
  })
})

describe('spelling/confused-word', () => {
  it('reports each confusion in a context that rules the word out', async () => {
    const body =
      "You should of asked. Their is nothing to do, and there parents agree. They're coach was late. There going to call. " +
      'It is more expensive then the old one, and better then nothing. Since than, people will loose interest. The screw came lose. ' +
      "I do not know who's idea it was, or whose responsible. The changes will effect everyone, and the affect on families is clear."
    expect(await found(email(body))).toEqual([
      '6:12 confused-word of→have',
      '6:22 confused-word Their→There',
      '6:50 confused-word there→their',
      "6:71 confused-word They're→Their",
      "6:95 confused-word There→They're",
      '6:137 confused-word then→than',
      '6:166 confused-word then→than',
      '6:186 confused-word than→then',
      '6:204 confused-word loose→lose',
      '6:235 confused-word lose→loose',
      "6:255 confused-word who's→whose",
      "6:277 confused-word whose→who's",
      '6:313 confused-word effect→affect',
      '6:338 confused-word affect→effect'
    ])
  })

  it('reports me and my friend as a subject, with the verb agreeing', async () => {
    expect(await found(email('Me and my friend was at the centre. Yesterday me and Tom went to the beach.'))).toEqual([
      '6:1 confused-word Me and my friend was→My friend and I were',
      '6:47 confused-word me and Tom went→Tom and I went'
    ])
  })

  it('is quiet on the right uses of the same words', async () => {
    const body =
      'You could of course call us. In May of 2020 we moved. There is a bus, and their tickets are cheap. Are there parents at the meeting? ' +
      "They're friends. We will know more then. It is better than nothing, and then we will see. Tie up loose ends so you don't lose them. " +
      "Whose turn is it? Who's going? The delay will affect you, and the effect will be small. This will effect change. Call me and my wife will answer."
    expect(await found(email(body))).toEqual([])
  })
})

describe("its and it's, a and an", () => {
  it("reports 'Its important that', it's before a noun, and a/an by the sound of an amount", async () => {
    const body =
      "Its important that young people have somewhere to go. The town has lost it's cinema. There is an £30 charge and a £80 fee."
    const report = await lintText(email(body), {rules})
    expect(
      report.findings.map(
        (finding) => `${at(finding)} ${finding.ruleId.slice(9)} ${finding.actual}→${finding.expected}`
      )
    ).toEqual([
      "6:1 its-its Its important→It's important",
      "6:73 its-its it's cinema→its cinema",
      '6:95 indefinite-article an→a',
      '6:113 indefinite-article a→an'
    ])
    expect(statusOf(report, 'spelling')).toBe('fail')
  })

  it('is quiet on the possessive before an adjective and on amounts with the right article', async () => {
    const body =
      "The park is known for its important role. It's important to us. There is an £8 discount, a £30 charge, an £11 ticket and a £1,800 bill."
    expect(await found(email(body))).toEqual([])
    expect(['8', '11', '18', '80', '850', '8,000', '11,500', '18000'].map(numberSoundsVowel)).toEqual(
      Array(8).fill(true)
    )
    expect(['1', '30', '110', '1,800', '100', '7', '12'].map(numberSoundsVowel)).toEqual(Array(7).fill(false))
  })
})

describe('suggestions', () => {
  it('ranks by word frequency, doubled letters and dropped apostrophes; hotspot is a word', async () => {
    const spell = speller('en-GB')
    expect(spell.suggest('embarased', 1)).toEqual(['embarrassed'])
    expect(spell.suggest('comitee', 1)).toEqual(['committee'])
    expect(spell.suggest('hasnt', 1)).toEqual(["hasn't"])
    // A possessive is not a contraction: `familys` is not taken for `family's`.
    expect(spell.suggest('familys', 1)).not.toEqual(["family's"])
    expect(spell.frequency('the')).toBeGreaterThan(spell.frequency('hotshot'))
    expect(await found(email('The hotspot and the hotspots are near the webchat kiosk.'))).toEqual([])
  })
})

describe('the learner-like fixtures (fixtures/learner/)', () => {
  const dir = new URL('../../fixtures/learner/', import.meta.url).pathname
  const files = [
    ...readdirSync(dir).map((name) => join(dir, name)),
    ...readdirSync(join(dir, 'holdout')).map((name) => join(dir, 'holdout', name))
  ].filter((path) => path.endsWith('.txt'))

  it('has no spelling finding on any corrected or careful draft', async () => {
    for (const path of files) {
      const good = readFileSync(path, 'utf8').replace(/\{[^{}|]*\|([^{}|]*)(?:\|[^{}|]*)?\}/g, '$1')
      expect(await found(good), path).toEqual([])
    }
  })

  it('catches at least nine in ten of the marked errors', async () => {
    let errors = 0
    let caught = 0
    for (const path of files) {
      const source = readFileSync(path, 'utf8')
      let bad = ''
      let last = 0
      const marks: Array<{start: number; end: number}> = []
      for (const match of source.matchAll(/\{([^{}|]*)\|[^{}]*\}/g)) {
        bad += source.slice(last, match.index)
        marks.push({start: bad.length, end: bad.length + match[1].length})
        bad += match[1]
        last = match.index + match[0].length
      }
      bad += source.slice(last)
      const findings = (await lintText(bad, {rules})).findings
      errors += marks.length
      caught += marks.filter((mark) =>
        findings.some((finding) => finding.start.offset < mark.end && finding.end.offset > mark.start)
      ).length
    }
    expect(errors).toBeGreaterThan(100)
    expect(caught / errors).toBeGreaterThanOrEqual(0.9)
  })
})
