import type {Rule} from '../../src/types.js'
import {blame} from './blame.js'
import {bureaucratic} from './bureaucratic.js'
import {empathy} from './empathy.js'
import {insensitive} from './insensitive.js'
import {negativePhrasing} from './negative-phrasing.js'
import {profanity} from './profanity.js'
import {rapport} from './rapport.js'
import {register} from './register.js'
import {shouting} from './shouting.js'

/** The rules of the tone criterion. */
export const rules: Rule[] = [
  rapport,
  empathy,
  blame,
  negativePhrasing,
  register,
  bureaucratic,
  shouting,
  profanity,
  insensitive
]
