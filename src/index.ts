/**
 * corrlint as a library: lint a draft without the CLI (an editor plugin, a web page, a test).
 *
 * ```js
 * import {lint} from 'corrlint'
 * const report = await lint('Dear Mrs Patel,\n\n…\n\nYours sincerely,\nSam Okafor')
 * report.criteria // [{id: 'structure', status: 'pass', …}, …]
 * ```
 */

export {CRITERIA, criteria} from '../rules/criteria.js'
export {allRules, rulesByCriterion} from '../rules/index.js'
export {splitDocument} from './document/index.js'
export type {CriterionInfo} from './engine/criteria.js'
export {criteriaInfo} from './engine/criteria.js'
export type {EngineOptions, LintInput} from './engine/index.js'
export {defaultSettings, lint, lintSource, summarise} from './engine/index.js'
export {CorrlintError} from './errors.js'
export {readSource, sourceFromBytes} from './input/index.js'
export type {FormatOptions, Formatter} from './report/index.js'
export {formatters} from './report/index.js'
export {packageWordLists} from './spell/index.js'
export * from './types.js'
