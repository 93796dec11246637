#!/usr/bin/env node
/**
 * The baseline corrlint is measured against: a plain unified + retext pipeline with the same
 * plugins corrlint builds on, reading each file as plain text and counting messages. No document
 * splitting, no criteria, no report. Spelling is stock retext-spell with nspell and
 * dictionary-en-gb, with suggestions capped (see below).
 *
 *   node bench/plain-retext.mjs FILE...
 */
import {readFile} from 'node:fs/promises'
import dictionary from 'dictionary-en-gb'
import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import retextIndefiniteArticle from 'retext-indefinite-article'
import retextIntensify from 'retext-intensify'
import retextPassive from 'retext-passive'
import retextProfanities from 'retext-profanities'
import retextReadability from 'retext-readability'
import retextRepeatedWords from 'retext-repeated-words'
import retextSimplify from 'retext-simplify'
import retextSpell from 'retext-spell'
import {unified} from 'unified'
import {VFile} from 'vfile'

const processor = unified()
  .use(retextEnglish)
  .use(retextReadability, {age: 16})
  .use(retextPassive)
  .use(retextSimplify)
  .use(retextIntensify)
  .use(retextRepeatedWords)
  .use(retextIndefiniteArticle)
  .use(retextProfanities)
  .use(retextEquality)
  // One suggestion per process (`max: 1`; 0 means the default, 30): stock suggestions cost about
  // 0.3 s per unknown word (every reference code), which would make the baseline minutes long and
  // the ratios flattering. A faster baseline is the stricter comparison.
  .use(retextSpell, {dictionary, max: 1})

let messages = 0
for (const path of process.argv.slice(2)) {
  // Lint only: parse and run the plugins; there is nothing to compile.
  const file = new VFile({path, value: await readFile(path, 'utf8')})
  await processor.run(processor.parse(file), file)
  messages += file.messages.length
}
process.stdout.write(`${messages} messages in ${process.argv.length - 2} files\n`)
