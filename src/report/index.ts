import {csv} from './csv.js'
import {github} from './github.js'
import {html} from './html.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {markdown} from './markdown.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import type {Formatter} from './types.js'

export type {FormatOptions, Formatter} from './types.js'

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
