/**
 * Bundle the CLI for a fast cold start: resolving and loading hundreds of small ESM files of the
 * unified ecosystem costs more than the code itself. Code splitting keeps what only some inputs
 * need (.docx, .eml, HTML readers, the worker pool) in chunks loaded on demand.
 * The library entry (dist/src/index.js, from tsc) is not bundled: a library's users bundle it.
 */
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {join, relative} from 'node:path'
import {build} from 'esbuild'
import {writeProfanitiesModule} from './profanities-en.mjs'

const root = new URL('..', import.meta.url).pathname
const entryPoints = {corrlint: `${root}src/cli/index.ts`}
if (existsSync(`${root}src/engine/worker.ts`)) entryPoints.worker = `${root}src/engine/worker.ts`

// Generated at build time, outside what ships.
mkdirSync(`${root}node_modules/.cache/corrlint`, {recursive: true})
const profanities = writeProfanitiesModule(`${root}node_modules/.cache/corrlint/retext-profanities-en.js`)

/**
 * JSON data (the word lists and phrase lists beside the rules, about 220 KB) as `JSON.parse('…')`
 * instead of object literals: V8 parses a JSON string faster than the same data as JavaScript, and
 * the start-up chunk holds all of it. Small files stay literals (esbuild's default).
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(context) {
    context.onLoad({filter: /\.json$/}, (args) => {
      const text = readFileSync(args.path, 'utf8')
      if (text.length < 2048) return undefined
      return {contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))})`, loader: 'js'}
    })
  }
}

const result = await build({
  metafile: true,
  plugins: [jsonAsParse],
  entryPoints,
  outdir: `${root}dist/bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // esbuild's tables for node20 lower `/\p{L}/u` literals to `new RegExp("\\p{L}", "u")`, which
  // builds a new expression object at every call in a loop (about 7× slower per word); Node 20 has
  // Unicode property escapes, so keep them as literals.
  supported: {'regexp-unicode-property-escapes': true},
  chunkNames: 'chunks/[name]-[hash]',
  // Some CommonJS dependencies call require(); give every output file one.
  banner: {js: "import {createRequire as __corrlintCreateRequire} from 'node:module'; const require = __corrlintCreateRequire(import.meta.url);"},
  // Route around dependency hot spots: the project's own nlcst-search, with the same results
  // (test/nlcst-search.test.ts), builds its phrase index once instead of on every call; its own
  // unist-util-visit-parents, with the same visits (test/visit-parents.test.ts), does not set a
  // function name on every node; and retext-profanities with its word list expanded at build
  // time instead of at every start (scripts/profanities-en.mjs; test/profanities.test.ts).
  alias: {
    'nlcst-search': `${root}src/document/nlcst-search.ts`,
    'unist-util-visit-parents': `${root}src/document/visit-parents.ts`,
    'retext-profanities': profanities
  },
  legalComments: 'none',
  logLevel: 'warning'
})

// Chunk names carry a content hash: remove the chunks of earlier builds, or they pile up and ship
// in the package. (Removed after the build, so a run in progress never finds the bundle missing.)
const outdir = `${root}dist/bundle`
const current = new Set(Object.keys(result.metafile.outputs).map((file) => relative(outdir, join(process.cwd(), file))))
for (const entry of readdirSync(outdir, {recursive: true, withFileTypes: true})) {
  if (!entry.isFile()) continue
  const file = relative(outdir, join(entry.parentPath ?? entry.path, entry.name))
  if (!current.has(file)) rmSync(join(outdir, file))
}
