import type {Formatter} from './types.js'
import {stylish} from './stylish.js'
import {json} from './json.js'
import {html} from './html.js'

export type {Formatter, FormatOptions} from './types.js'

/** Every output format by name (`--format NAME`). */
export const formatters: Record<string, Formatter> = {
  stylish,
  json,
  html
}
