import type {Rule} from '../../src/types.js'
import {confusedWord} from './confused-word.js'
import {doubleSpace} from './double-space.js'
import {finalPunctuation} from './final-punctuation.js'
import {indefiniteArticle} from './indefinite-article.js'
import {itsIts} from './its-its.js'
import {lowercaseI} from './lowercase-i.js'
import {repeatedWord} from './repeated-word.js'
import {salutationClose} from './salutation-close.js'
import {sentenceCapital} from './sentence-capital.js'
import {strayLetter} from './stray-letter.js'
import {unbalanced} from './unbalanced.js'
import {yourYoure} from './your-youre.js'

/**
 * Proofreading rules, one file each: the salutation and close, repeated words, stray letters, a/an,
 * lowercase i, its/it's, your/you're, other confused words, capitals, full stops, spaces, pairs.
 */
export const proofreadingRules: Rule[] = [
  salutationClose,
  repeatedWord,
  strayLetter,
  indefiniteArticle,
  lowercaseI,
  itsIts,
  yourYoure,
  confusedWord,
  sentenceCapital,
  finalPunctuation,
  doubleSpace,
  unbalanced
]
