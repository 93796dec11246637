/**
 * Bundle the CLI for a fast cold start: resolving and loading hundreds of small ESM files of the
 * unified ecosystem costs more than the code itself. Code splitting keeps what only some inputs
 * need (.docx, .eml, HTML readers, the worker pool) in chunks loaded on demand.
 * The library entry (dist/src/index.js, from tsc) is not bundled: a library's users bundle it.
 */
import {existsSync} from 'node:fs'
import {build} from 'esbuild'

const root = new URL('..', import.meta.url).pathname
const entryPoints = {corrlint: `${root}src/cli/index.ts`}
if (existsSync(`${root}src/engine/worker.ts`)) entryPoints.worker = `${root}src/engine/worker.ts`

await build({
  entryPoints,
  outdir: `${root}dist/bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Some CommonJS dependencies call require(); give every output file one.
  banner: {js: "import {createRequire as __corrlintCreateRequire} from 'node:module'; const require = __corrlintCreateRequire(import.meta.url);"},
  // Route around a dependency hot spot: the project's own nlcst-search, with the same results
  // (test/nlcst-search.test.ts), builds its phrase index once instead of on every call.
  alias: {'nlcst-search': `${root}src/document/nlcst-search.ts`},
  legalComments: 'none',
  logLevel: 'warning'
})
