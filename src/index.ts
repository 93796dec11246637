/**
 * corrlint as a library: lint a draft without the CLI (an editor plugin, a web page, a test).
 *
 * ```js
 * import {lint} from 'corrlint'
 * const report = await lint('Dear Mrs Patel,\n\n…\n\nYours sincerely,\nSam Okafor')
 * report.criteria // [{id: 'structure', status: 'pass', …}, …]
 * ```
 */
export {lint, lintSource, summarise, defaultSettings} from './engine/index.js'
export type {EngineOptions, LintInput} from './engine/index.js'
export {packageWordLists} from './spell/index.js'
export {criteriaInfo} from './engine/criteria.js'
export type {CriterionInfo} from './engine/criteria.js'
export {splitDocument} from './document/index.js'
export {readSource, sourceFromBytes} from './input/index.js'
export {formatters} from './report/index.js'
export type {Formatter, FormatOptions} from './report/index.js'
export {allRules, rulesByCriterion} from '../rules/index.js'
export {CorrlintError} from './errors.js'
export * from './types.js'
export {CRITERIA, criteria} from '../rules/criteria.js'
