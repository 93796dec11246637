import type {Formatter} from './types.js'

/** The run report as JSON: the stable format CI users parse (documented in the README). */
export const json: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`
