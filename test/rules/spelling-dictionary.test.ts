/** The dictionary half of the spelling criterion: spelling/misspelling and spelling/dialect, the speller's suggestions. */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import pairs from '../../rules/spelling/dialect-pairs.json' with {type: 'json'}
import {dictionaryRules} from '../../rules/spelling/dictionary-rules.js'
import {indefiniteArticle} from '../../rules/spelling/indefinite-article.js'
import {
  osa,
  packBlocks,
  prefixBlocks,
  readFrequency,
  Speller,
  speller,
  unpackBlocks,
  WordList,
  wordListPath
} from '../../src/spell/index.js'
import {sortedByKey} from '../../src/text/sorted-pairs.js'
import type {Settings} from '../../src/types.js'
import {at, emailWithBody, findingsOf, lintText, statusOf} from '../helpers.js'

const RULES = ['spelling/misspelling', 'spelling/dialect']

async function found(text: string, settings?: Partial<Settings>): Promise<string[]> {
  const report = await lintText(text, {rules: dictionaryRules, settings})
  return report.findings
    .filter((finding) => RULES.includes(finding.ruleId))
    .map((finding) => `${at(finding)} ${finding.ruleId.slice(9)} ${finding.actual}→${finding.expected ?? ''}`)
}

const email = emailWithBody

describe('spelling/misspelling', () => {
  it('reports unknown words with the closest dictionary word, and fails the criterion', async () => {
    const report = await lintText(email('I will definately send it today and you should recieve it by Friday.'), {
      rules: dictionaryRules
    })
    expect(
      findingsOf(report, 'spelling/misspelling').map((finding) => [
        at(finding),
        finding.message,
        finding.suggestion,
        finding.expected
      ])
    ).toEqual([
      ['6:8', "'definately' is not in the en-GB dictionary.", 'Replace "definately" with "definitely".', 'definitely'],
      ['6:48', "'recieve' is not in the en-GB dictionary.", 'Replace "recieve" with "receive".', 'receive']
    ])
    expect(statusOf(report, 'spelling')).toBe('fail')
  })

  it('never reports names, codes, money, dates, postcodes, phone numbers, emails, URLs or acronyms', async () => {
    const body =
      "Thank you for calling Mrs O'Neill at our Ashworth depot about order ORD-35034 and invoice INV-30326. " +
      'I have refunded £4.99 (ref: AB12CD) on 21st March; it reaches your account in 3–5 working days. ' +
      'Write to us at 14 Kettering Road, Northampton NN1 4AW, call 0161 496 0732, email help@brightwell.co.uk or visit https://www.brightwell.co.uk/help/refunds or www.brightwell.co.uk. ' +
      "The HMRC and DVLA letters, your customer's T&Cs and the SKU BW-4471-X are attached as invoice.pdf. " +
      "We'll call you back; isn't that easier? Our e-mail, log-in and pre-paid webchat team can help."
    expect(await found(email(body))).toEqual([])
  })

  it('is quiet on informal business email full of abbreviations, compounds, brands and numbers', async () => {
    const body =
      "Thank you for your e-mail re: your a/c. We've credited £10 to your a/c no. 12345678, eg for the delay, ie today. Your ref. is ABC. " +
      "I've attached the PDF — it's 2 pages. Your parcel's on its way via DPD/Evri. Please ring 0800-123-456 between 9–5, Mon–Fri. " +
      "See §4.2 of the T's & C's. Re your letter of 3 May, we've upped your limit to 2k. FYI, the engineer's visit is TBC; I'll confirm asap. " +
      'Our Bristol office (open 8.30am–5pm) can help. Your new SIM and e-SIM arrive by Royal Mail 1st Class. ' +
      'We\'re sorry for the mix-up and the to-ing and fro-ing. You\'ll get a text from "Brightwell" with a one-time passcode. ' +
      "The self-service portal at account.brightwell.co.uk lets you top-up. It's a no-win situation; a win-win would be nicer. " +
      "You're owed £12.50, and we'll pay it within 5–7 days. We'd welcome your feedback at feedback@brightwell.co.uk or on Trustpilot. " +
      "O2, EE and Vodafone customers can text 'STOP' to 60123. We've waived the £25 late-payment fee as a one-off gesture. Thanks again — and apologies for the hassle."
    expect(await found(`Subject: Hello\n\nHi Jo,\n\n${body}\n\nCheers,\nKaz\n`)).toEqual([])
  })

  it('leaves a word the writer marks [sic] or (sic), and still checks the others', async () => {
    expect(
      await found(
        email(
          'You wrote that the cupboard was "fited [sic] badly" and the colour (sic) was "aweful (sic)". We have recieved it.'
        )
      )
    ).toEqual(['6:102 misspelling recieved→received'])
  })

  it("never checks (or repeats) the value after a secret's name", async () => {
    expect(
      await found(
        email(
          'Your new password is bluemoonsky, your memorable word: zanzibarr, and the PIN was set to qwertyx. It is a temporery one.'
        )
      )
    ).toEqual(['6:107 misspelling temporery→temporary'])
  })

  it('checks the first word of a sentence when it is one slip from a word, and not when it is a name', async () => {
    expect(await found(email('Definately by Friday. Okafor will call you. Brightwell sent it.'))).toEqual([
      '6:1 misspelling Definately→Definitely'
    ])
    // A capitalised word used as a name elsewhere in the draft is a name at the start of a sentence too.
    expect(await found(email('Tesco sent it. We asked Tesco to refund you.'))).toEqual([])
    // Retailers and first names one letter from a word, but not by a common slip: not reported.
    expect(await found(email('Argos sent it. Asda and Lidl did not. Currys will call.'))).toEqual([])
    expect(await found(email('Recieved with thanks. Thier reply is attached.'))).toEqual([
      '6:1 misspelling Recieved→Received',
      '6:23 misspelling Thier→Their'
    ])
    // The signature shows Siân is a name; at the start of a sentence it stays one.
    const signed = 'Dear Mr Khan,\n\nSian will call you on Monday.\n\nKind regards,\n\nSian Evans\nBilling Team\n'
    expect(await found(signed)).toEqual([])
  })

  it('checks each part of a hyphenated word and the stem of a possessive or contraction', async () => {
    expect(await found(email("It was a well-knwon problem with the customer's acount and we'll fix it."))).toEqual([
      '6:15 misspelling knwon→known',
      '6:49 misspelling acount→account'
    ])
    expect(await found(email("The custmer's parcel arrived."))).toEqual(["6:5 misspelling custmer's→customer's"])
    expect(await found(email('The café on the façade side is a naïve rôle for the crèche.'))).toEqual([])
  })

  it('accepts the personal dictionary (case-insensitive) and reports reject words', async () => {
    const text = email('Your Flexisaver account and the zorbing voucher are ready. Please use the portal.')
    expect(await found(text)).toEqual(['6:33 misspelling zorbing→morning'])
    expect(await found(text, {dictionary: ['ZORBING']})).toEqual([])
    expect(await found(text, {dictionary: ['Zorbing Days Ltd']})).toEqual([])
    const rejected = await lintText(text, {
      rules: dictionaryRules,
      settings: {dictionary: ['zorbing'], rejectWords: ['portal']}
    })
    expect(findingsOf(rejected, 'spelling/misspelling').map((finding) => [at(finding), finding.message])).toEqual([
      ['6:75', "'portal' is on the organisation's list of words not to use (spelling.reject)."]
    ])
    const part = await lintText(email('Use the self-service portal.'), {
      rules: dictionaryRules,
      settings: {rejectWords: ['self']}
    })
    expect(findingsOf(part, 'spelling/misspelling').map((finding) => [at(finding), finding.actual])).toEqual([
      ['6:9', 'self']
    ])
  })

  it('never checks the names in the salutation and signature, only the greeting word', async () => {
    const text =
      'Dear Mr Okonkwo-Achterberg,\n\nThank you for your letter.\n\nYours sincerely,\n\nSiobhan Ni Bhriain\nFlexisaver Team, Brightwell\n'
    expect(await found(text)).toEqual([])
  })

  it('bounds suggestions per draft: a page of unknown words is reported, the first 60 distinct ones with a suggestion', async () => {
    const words = Array.from(
      {length: 150},
      (_, index) =>
        `blorp${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}ing`
    )
    const started = performance.now()
    // Each in an English sentence, so the paragraph reads as English and every word is reported.
    const report = await lintText(email(words.map((word) => `The ${word} has arrived.`).join(' ')), {
      rules: dictionaryRules
    })
    const findings = findingsOf(report, 'spelling/misspelling')
    expect(findings).toHaveLength(150)
    expect(findings.slice(60).every((finding) => finding.expected === undefined)).toBe(true)
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('reports a paragraph in another language once, as a warning, and an English paragraph full of slips word by word', async () => {
    const welsh =
      'Thank you for your letter about the bin collection. We will collect your recycling on Friday 27 November.\n\n' +
      'Diolch am eich llythyr am gasglu biniau ar Heol y Coed. Byddwn yn casglu eich ailgylchu ddydd Gwener 27 Tachwedd, ac rydym yn ymddiheuro am yr oedi.'
    const report = await lintText(email(welsh), {rules: dictionaryRules})
    expect(
      findingsOf(report, 'spelling/misspelling').map((finding) => [at(finding), finding.severity, finding.message])
    ).toEqual([
      [
        '8:1',
        'warning',
        'Paragraph 2 does not read as en-GB: 16 of its 25 words are not in the dictionary, so they are not reported one by one.'
      ]
    ])
    expect(statusOf(report, 'spelling')).toBe('pass')
    const french =
      'Nous vous remercions de votre lettre concernant la livraison de votre commande. Le colis sera livré vendredi prochain, et nous nous excusons pour ce retard.'
    expect(
      findingsOf(await lintText(email(french), {rules: dictionaryRules}), 'spelling/misspelling').map(
        (finding) => finding.severity
      )
    ).toEqual(['warning'])
    // Slips of English words, however many, are misspellings; so is a short foreign phrase in an English paragraph.
    const slips =
      'Unfortunatly teh replacment was dispached to teh wrong adress becuase of a sytem eror, and we aplogise for teh inconvenince this has caused yuo.'
    expect(await found(email(slips))).toHaveLength(13)
    expect(
      await found(email('We wish you a joyeux anniversaire and a happy birthday from all of us at the depot.'))
    ).toEqual(['6:15 misspelling joyeux→joyful', '6:22 misspelling anniversaire→anniversary'])
  })

  it('leaves US spellings and articles in a paragraph in another language alone, in every dictionary rule and --fix', async () => {
    const body =
      'Thank you for your letter about the colour of your new sofa. We will deliver it on Friday 27 November.\n\n' +
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\n\n' +
      'Le escribimos sobre el color de su sofá nuevo. Vamos a invitar a unos amigos a entregar el sofá el viernes, y el color es muy bonito.'
    const report = await lintText(email(body), {rules: [...dictionaryRules, indefiniteArticle]})
    expect(report.findings.map((finding) => [at(finding), finding.ruleId, finding.severity])).toEqual([
      ['8:1', 'spelling/misspelling', 'warning'],
      ['10:1', 'spelling/misspelling', 'warning']
    ])
    expect(report.findings.every((finding) => finding.fix === undefined)).toBe(true)
    // The same words in an English paragraph are still reported.
    const english = await lintText(
      email('The color of the sofa is a unusual shade of green, and we will send it soon.'),
      {
        rules: [...dictionaryRules, indefiniteArticle]
      }
    )
    expect(english.findings.map((finding) => [at(finding), finding.ruleId])).toEqual([
      ['6:5', 'spelling/dialect'],
      ['6:26', 'spelling/indefinite-article']
    ])
    expect(english.findings.every((finding) => finding.fix !== undefined)).toBe(true)
  })

  it('uses the US dictionary with --dialect en-US', async () => {
    expect(
      await found(email('Your favorite color is in the catalog; we recieve it today.'), {dialect: 'en-US'})
    ).toEqual(['6:43 misspelling recieve→receive'])
  })
})

describe('spelling/dialect', () => {
  it('reports US spellings in en-GB with the UK form, once (not also as misspellings)', async () => {
    const report = await lintText(
      email('Our service center will analyze your color samples, and our organization is traveling to your defense.'),
      {rules: dictionaryRules}
    )
    expect(report.findings.map((finding) => [at(finding), finding.ruleId, finding.message, finding.expected])).toEqual([
      ['6:13', 'spelling/dialect', "'center' is the US spelling; in en-GB write 'centre'.", 'centre'],
      ['6:25', 'spelling/dialect', "'analyze' is the US spelling; in en-GB write 'analyse'.", 'analyse'],
      ['6:38', 'spelling/dialect', "'color' is the US spelling; in en-GB write 'colour'.", 'colour'],
      ['6:77', 'spelling/dialect', "'traveling' is the US spelling; in en-GB write 'travelling'.", 'travelling'],
      ['6:95', 'spelling/dialect', "'defense' is the US spelling; in en-GB write 'defence'.", 'defence']
    ])
    expect(statusOf(report, 'spelling')).toBe('fail')
  })

  it('keeps the capitals of a sentence start, leaves names and ambiguous words alone', async () => {
    expect(await found(email('Color samples are ready. Visit Center Parcs or the Harbor Freight store.'))).toEqual([
      '6:1 dialect Color→Colour'
    ])
    expect(
      await found(email('Please check the program, the license and the meter before you tire of the draft.'))
    ).toEqual([])
  })

  it('accepts -ize by default (Oxford spelling), never -yze; reports -ize when the organisation sets oxford: false', async () => {
    const text = email(
      'We will organize a realized analysis and analyze the organization of it. The organizers apologized.'
    )
    expect(await found(text)).toEqual(['6:42 dialect analyze→analyse'])
    expect(await found(text, {rules: {'spelling/dialect': {options: {oxford: true}}}})).toEqual([
      '6:42 dialect analyze→analyse'
    ])
    const ise = {rules: {'spelling/dialect': {options: {oxford: false}}}}
    expect(await found(text, ise)).toEqual([
      '6:9 dialect organize→organise',
      '6:20 dialect realized→realised',
      '6:42 dialect analyze→analyse',
      '6:54 dialect organization→organisation',
      '6:78 dialect organizers→organisers',
      '6:89 dialect apologized→apologised'
    ])
    const report = await lintText(email('Our organization will call you.'), {rules: dictionaryRules, settings: ise})
    expect(findingsOf(report, 'spelling/dialect')[0].message).toBe(
      "'organization' is the US (and Oxford) spelling; your organisation writes -ise (the oxford option of spelling/dialect is off): write 'organisation'."
    )
  })

  it('reports UK spellings in en-US', async () => {
    expect(
      await found(email('Your favourite colour is in the catalogue; we will organise it and analyse the centre.'), {
        dialect: 'en-US'
      })
    ).toEqual([
      '6:6 dialect favourite→favorite',
      '6:16 dialect colour→color',
      '6:33 dialect catalogue→catalog',
      '6:52 dialect organise→organize',
      '6:68 dialect analyse→analyze',
      '6:80 dialect centre→center'
    ])
  })

  it('has the pairs the installed dictionaries give (scripts/build-wordlist.mjs --pairs)', {timeout: 20_000}, () => {
    const result = spawnSync(process.execPath, ['scripts/build-wordlist.mjs', '--pairs', '--check'], {
      cwd: new URL('../..', import.meta.url).pathname,
      encoding: 'utf8'
    })
    expect(result.status, result.stderr).toBe(0)
  })

  it('has pairs whose US form is US-only and UK form UK-only in the dictionaries', () => {
    const gb = speller('en-GB')
    const us = speller('en-US')
    for (const [american, british] of [...pairs.ize, ...pairs.other].map((line) => line.split(' '))) {
      expect(gb.correct(american) || !us.correct(american), american).toBe(false)
      expect(gb.correct(british) && !us.correct(british), british).toBe(true)
    }
  })

  it('has its pairs as SortedPairs searches them: one space, sorted by the US word, none twice', () => {
    for (const list of [pairs.ize, pairs.other]) {
      expect(sortedByKey(list)).toBe(true)
      for (const line of list) expect(line, line).toMatch(/^[a-z][a-z'-]* [a-z][a-z'-]*$/)
    }
  })
})

describe('speller suggestions', () => {
  it('computes the optimal string alignment distance, bounded', () => {
    expect(osa('recieve', 'receive', 2)).toBe(1)
    expect(osa('definately', 'definitely', 2)).toBe(1)
    expect(osa('acount', 'account', 2)).toBe(1)
    expect(osa('abc', 'abc', 2)).toBe(0)
    expect(osa('kitten', 'sitting', 2)).toBe(3)
    expect(osa('ca', 'abc', 2)).toBe(3)
    expect(osa('a', 'abcd', 2)).toBe(3)
  })
  it('offers likely words, in the case of the word, cached; nothing for far-off words', () => {
    const spell = speller('en-GB')
    expect(spell.suggest('seperate')[0]).toBe('separate')
    expect(spell.suggest('Accomodation')[0]).toBe('Accommodation')
    expect(spell.suggest('GOVERMENT')[0]).toBe('GOVERNMENT')
    expect(spell.suggest('xqzvwk')).toEqual([])
    // Common words first among equally close ones; a letter left out before one typed in.
    expect(spell.suggest('wich')[0]).toBe('which')
    expect(spell.suggest('thier')[0]).toBe('their')
    expect(spell.suggest('untill')[0]).toBe('until')
    expect(spell.suggest('seperate')).toBe(spell.suggest('seperate'))
  })

  it('loads the word list with the entry index written at build time, the same entries as scanning it', () => {
    for (const dialect of ['en-GB', 'en-US'] as const) {
      const loaded = speller(dialect).list
      expect(loaded.indexed, dialect).toBe(true)
      const scanned = new WordList(readFileSync(wordListPath(dialect), 'utf8'))
      expect(scanned.indexed).toBe(false)
      expect([...loaded.entries()]).toEqual([...scanned.entries()])
    }
  })

  it('suggests exactly the same with the letter masks written at build time as without them', () => {
    const withMasks = speller('en-GB')
    // The same word frequencies, without the masks.
    const without = new Speller(withMasks.list, undefined, undefined, () => readFrequency(wordListPath('en-GB')))
    expect(withMasks.usesMasks()).toBe(true)
    expect(without.usesMasks()).toBe(false)
    // 400 typos of words spread over the list: a letter dropped, doubled, swapped with the next,
    // replaced, or two of these; in lower, Title and UPPER case, and some with an apostrophe or a digit.
    let seed = 35034
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % below
    }
    const letters = "abcdefghijklmnopqrstuvwxyz'é1"
    const edit = (word: string): string => {
      const at = random(word.length)
      switch (random(4)) {
        case 0:
          return word.slice(0, at) + word.slice(at + 1)
        case 1:
          return word.slice(0, at) + letters[random(letters.length)] + word.slice(at)
        case 2:
          return word.slice(0, at) + (word[at + 1] ?? '') + word[at] + word.slice(at + 2)
        default:
          return word.slice(0, at) + letters[random(letters.length)] + word.slice(at + 1)
      }
    }
    const words = [...withMasks.list.entries()].filter(
      ([word, suggest]) => suggest && word.length >= 3 && word.length <= 14
    )
    let compared = 0
    for (let index = 0; index < 400; index++) {
      const [word] = words[Math.floor((index * words.length) / 400)]
      let typo = edit(word)
      if (random(3) === 0) typo = edit(typo)
      typo = [typo, typo.charAt(0).toUpperCase() + typo.slice(1), typo.toUpperCase()][random(3)]
      if (typo.length < 2) continue
      expect(withMasks.suggest(typo, 5), typo).toEqual(without.suggest(typo, 5))
      compared++
    }
    expect(compared).toBeGreaterThan(390)
  })

  it('reads the prefix blocks the build wrote, and refuses blocks that belong to another list', () => {
    for (const dialect of ['en-GB', 'en-US'] as const) {
      const path = wordListPath(dialect)
      const list = speller(dialect).list
      const bytes = readFileSync(path.replace(/\.txt$/, '.blocks'))
      const written = new Uint32Array(new Uint8Array(bytes).buffer)
      const computed = prefixBlocks(list)
      expect(computed.length).toBeGreaterThan(1000)
      expect(unpackBlocks(written, list)).toEqual(computed)
      expect([...packBlocks(computed)]).toEqual([...written])
    }
    // Blocks of another list (a stale build): not used.
    const gb = prefixBlocks(speller('en-GB').list)
    const small = new WordList('apple\napricot\nbanana\nberry\n')
    expect(unpackBlocks(packBlocks(gb), small)).toBeUndefined()
    expect(unpackBlocks(packBlocks(prefixBlocks(small)), small)).toEqual([
      {first: 97, second: 112, low: 0, high: 2},
      {first: 98, second: 97, low: 2, high: 3},
      {first: 98, second: 101, low: 3, high: 4}
    ])
    expect(unpackBlocks(new Uint32Array([0, 0x610070, 1]), small)).toBeUndefined()
    expect(unpackBlocks(new Uint32Array([]), small)).toBeUndefined()
  })
})
