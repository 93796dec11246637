import type {Rule} from '../../src/types.js'
import {doubleSpace} from './double-space.js'
import {finalPunctuation} from './final-punctuation.js'
import {indefiniteArticle} from './indefinite-article.js'
import {itsIts} from './its-its.js'
import {lowercaseI} from './lowercase-i.js'
import {repeatedWord} from './repeated-word.js'
import {sentenceCapital} from './sentence-capital.js'
import {unbalanced} from './unbalanced.js'
import {yourYoure} from './your-youre.js'

/** Proofreading rules, one file each: repeated words, a/an, lowercase i, its/it's, your/you're, capitals, full stops, spaces, pairs. */
export const proofreadingRules: Rule[] = [repeatedWord, indefiniteArticle, lowercaseI, itsIts, yourYoure, sentenceCapital, finalPunctuation, doubleSpace, unbalanced]
