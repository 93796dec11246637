#!/usr/bin/env node
/**
 * `node scripts/build-inflections.mjs [--check]`: the inflections of every {lemma} in the built-in
 * phrase lists (rules/<criterion>/*.json), from compromise, into src/text/inflections.json. The
 * lists use the table at run time, so compromise (hundreds of milliseconds to load) is never
 * loaded for them; a guideline with a lemma the table lacks loads it on demand (src/text/pattern.ts).
 * --check: exit 1 when the table is not what the lists need (test/phrase-patterns.test.ts runs it).
 */
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import nlp from 'compromise'
import {inflect} from '../dist/src/text/pattern.js'

const root = new URL('..', import.meta.url).pathname
const out = join(root, 'src/text/inflections.json')

export function lemmasInLists() {
  const lemmas = new Set()
  for (const criterion of readdirSync(join(root, 'rules'), {withFileTypes: true})) {
    if (!criterion.isDirectory()) continue
    for (const name of readdirSync(join(root, 'rules', criterion.name))) {
      // Placeholder syntax ({field}) is not a phrase list.
      if (!name.endsWith('.json') || name === 'placeholders.json') continue
      const text = readFileSync(join(root, 'rules', criterion.name, name), 'utf8')
      for (const match of text.matchAll(/(?<=[\s("|])\{([\p{L}'’-]+)\}(?!\})/gu)) lemmas.add(match[1].toLowerCase())
    }
  }
  return [...lemmas].sort()
}

const table = Object.fromEntries(lemmasInLists().map((lemma) => [lemma, inflect(nlp, lemma)]))
const text = `${JSON.stringify(table, null, 1)}\n`
if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== text) {
    console.error('src/text/inflections.json is out of date: run node scripts/build-inflections.mjs after npm run build')
    process.exit(1)
  }
} else {
  writeFileSync(out, text)
  console.log(`${Object.keys(table).length} lemmas → src/text/inflections.json`)
}
