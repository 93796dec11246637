import type {Formatter} from './types.js'
import {stylish} from './stylish.js'
import {json} from './json.js'
import {html} from './html.js'
import {sarif} from './sarif.js'
import {junit} from './junit.js'
import {github} from './github.js'
import {csv} from './csv.js'
import {markdown} from './markdown.js'

export type {Formatter, FormatOptions} from './types.js'

/** Every output format by name (`--format NAME`). */
export const formatters: Record<string, Formatter> = {
  stylish,
  json,
  html,
  sarif,
  junit,
  github,
  csv,
  markdown
}
