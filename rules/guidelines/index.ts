/**
 * Organisation guidelines (config `guidelines`) as rules. An entry of `banned`, `prefer` or
 * `required` names the criterion its findings land under, so each of those kinds is one rule per
 * criterion (`tone/guideline-banned`, `completeness/guideline-banned`, …); a rule only looks at
 * the entries for its own criterion and is silent when the config has none. `signOff` and
 * `terms` are single rules under structure and spelling. `readingTarget` and `maxWords` are read
 * by clarity/reading-level and clarity/body-length.
 */
import type {Rule} from '../../src/types.js'
import {CRITERIA} from '../criteria.js'
import {bannedRule} from './banned.js'
import {preferRule} from './prefer.js'
import {requiredRule} from './required.js'
import {signOffRule} from './sign-off.js'
import {termsRule} from './terms.js'

export const guidelineRules: Rule[] = [
  ...CRITERIA.map(bannedRule),
  ...CRITERIA.map(preferRule),
  ...CRITERIA.map(requiredRule),
  signOffRule,
  termsRule
]
