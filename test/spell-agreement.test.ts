/**
 * The precompiled word lists (scripts/build-wordlist.mjs) with src/spell's `correct` accept exactly
 * what nspell accepts with the same dictionaries: every token of every fixture, and a few thousand
 * generated words (dictionary words in three cases, one-letter slips of them, ordinals, curly
 * apostrophes, names in lower case, capitals in the middle).
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {speller} from '../src/spell/index.js'
import type {Dialect} from '../src/types.js'

const require = createRequire(import.meta.url)
const nspell = require('nspell') as (dictionary: {aff: Buffer; dic: Buffer}) => {correct(word: string): boolean}
const root = new URL('..', import.meta.url).pathname

function dictionary(pkg: string): {aff: Buffer; dic: Buffer} {
  const dir = join(root, 'node_modules', pkg)
  return {aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic'))}
}

function fixtureTokens(): string[] {
  const tokens = new Set<string>()
  const dir = join(root, 'fixtures')
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory() || name.endsWith('.json') || name.endsWith('.docx')) continue
    const text = readFileSync(path, 'latin1').includes('\uFFFD')
      ? readFileSync(path, 'latin1')
      : readFileSync(path, 'utf8')
    for (const match of text.matchAll(/[\p{L}\p{N}'’.-]+/gu)) {
      const token = match[0]
      tokens.add(token)
      for (const piece of token.split(/[-.]/)) if (piece) tokens.add(piece)
      tokens.add(token.replace(/^['’.-]+|['’.-]+$/g, ''))
    }
  }
  tokens.delete('')
  return [...tokens]
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function generated(words: string[], count: number, seed: number): string[] {
  const next = random(seed)
  const letters = "abcdefghijklmnopqrstuvwxyz'"
  const out: string[] = []
  for (let index = 0; index < count; index++) {
    const word = words[Math.floor(next() * words.length)]
    const lower = word.toLowerCase()
    const position = Math.floor(next() * word.length)
    const letter = letters[Math.floor(next() * letters.length)]
    out.push(
      word,
      lower,
      word.toUpperCase(),
      word.charAt(0).toUpperCase() + word.slice(1),
      lower.charAt(0).toUpperCase() + lower.slice(1),
      word.slice(0, position) + letter + word.slice(position + 1),
      word.slice(0, position) + word.slice(position + 1),
      word.slice(0, position) + letter + word.slice(position),
      word.slice(0, position) + word.charAt(position).toUpperCase() + word.slice(position + 1),
      word.replaceAll("'", '’')
    )
  }
  out.push(
    '21st',
    '22nd',
    '23rd',
    '11th',
    '12TH',
    '101st',
    '111th',
    '1th',
    '2th',
    '3th',
    '4th',
    '1st',
    '0th',
    'x21sty',
    '2nd-floor',
    '’',
    "'",
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    ' colour ',
    'ſt',
    '21ſt'
  )
  return out
}

function disagreements(dialect: Dialect, pkg: string): {checked: number; wrong: string[]} {
  const reference = nspell(dictionary(pkg))
  const ours = speller(dialect)
  const sample = [...ours.list.entries()].map(([word]) => word)
  const tokens = [...new Set([...fixtureTokens(), ...generated(sample, 3000, dialect === 'en-GB' ? 1 : 2)])]
  const wrong: string[] = []
  for (const token of tokens) {
    const expected = reference.correct(token)
    if (ours.correct(token) !== expected) wrong.push(`${JSON.stringify(token)}: nspell ${expected}`)
  }
  return {checked: tokens.length, wrong}
}

describe('speller agrees with nspell', () => {
  for (const [dialect, pkg] of [
    ['en-GB', 'dictionary-en-gb'],
    ['en-US', 'dictionary-en']
  ] as const) {
    it(`${dialect} (${pkg})`, {timeout: 20_000}, () => {
      const {checked, wrong} = disagreements(dialect, pkg)
      expect(checked).toBeGreaterThan(5000)
      expect(wrong, `${wrong.length} of ${checked} tokens disagree:\n${wrong.slice(0, 50).join('\n')}`).toEqual([])
      console.log(`spell agreement ${dialect}: ${checked} tokens, ${wrong.length} disagreements`)
    })
  }
})
