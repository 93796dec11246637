/**
 * Bundle the CLI for a fast cold start: resolving and loading hundreds of small ESM files of the
 * unified ecosystem costs more than the code itself, and compiling what is loaded costs most of
 * the rest. Writes dist/bundle/:
 * - corrlint.cjs and worker.cjs: the program and the pool's worker, one CommonJS file each, which
 *   code-cache.cjs (from src/cli/code-cache.ts) runs through V8's code cache — V8 can hand back the
 *   code it compiled in an earlier run only for a script, and Node 20 has no cache for modules.
 *   The first line names the build (a hash of the rest), so a cache never outlives its code.
 * - vendor/: what only some inputs need (mammoth for .docx, postal-mime for .eml, rehype-parse for
 *   HTML, yaml and ajv for configuration files, re2js for a config's guideline patterns,
 *   compromise for a guideline phrase's inflections and parts of speech, tinyglobby and ignore for
 *   folders, secretlint for keys, vscode-languageserver for the language server), bundled as ES
 *   modules with shared chunks and imported on first use.
 * - start.cjs (from src/cli/start.ts): what bin/corrlint.cjs runs — V8's flags, then the program.
 * - worker.js: the entry tinypool starts in each worker thread.
 * - lsp-worker.cjs and lsp-worker.js: the language server's thread for long drafts (src/lsp/worker.ts).
 * The library entry (dist/src/index.js, from tsc) is not bundled: a library's users bundle it.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {build} from 'esbuild'
import {writeProfanitiesModule} from './profanities-en.mjs'

const root = new URL('..', import.meta.url).pathname
const outdir = `${root}dist/bundle`

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

/** Packages imported only with import(), on first use: bundled apart, in vendor/. */
const VENDOR = {
  mammoth: 'mammoth',
  'postal-mime': 'postal-mime',
  'rehype-parse': 'rehype-parse',
  yaml: 'yaml',
  ajv: 'ajv',
  tinyglobby: 'tinyglobby',
  ignore: 'ignore',
  re2js: 're2js',
  compromise: 'compromise',
  'secretlint-core': '@secretlint/core',
  'secretlint-preset': '@secretlint/secretlint-rule-preset-recommend',
  // The language server (corrlint --stdio): loaded only by a server run.
  'vscode-languageserver': 'vscode-languageserver/node',
  'vscode-languageserver-textdocument': 'vscode-languageserver-textdocument'
}
const vendorFor = new Map(Object.entries(VENDOR).map(([name, specifier]) => [specifier, `./vendor/${name}.js`]))

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's tables for node20 lower `/\p{L}/u` literals to `new RegExp("\\p{L}", "u")`, which
  // builds a new expression object at every call in a loop (about 7× slower per word); Node 20 has
  // Unicode property escapes, so keep them as literals.
  supported: {'regexp-unicode-property-escapes': true},
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  write: false
}

// 1. The program and the worker. A vendor package stays outside, imported from vendor/.
const vendorImports = {
  name: 'vendor-imports',
  setup(context) {
    context.onResolve({filter: /^[@a-z]/}, (args) => {
      const path = vendorFor.get(args.path)
      return path ? {path, external: true} : undefined
    })
  }
}
// Commander requires node:child_process at load, for subcommands run as programs of their own:
// it gets a stand-in that loads it on first use (scripts/bundle-shims/child-process.cjs).
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(context) {
    context.onResolve({filter: /^node:child_process$/}, (args) =>
      /[\\/]commander[\\/]lib[\\/]command\.js$/.test(args.importer)
        ? {path: `${root}scripts/bundle-shims/child-process.cjs`}
        : undefined
    )
  }
}
// lilconfig reads fs.promises at load, for an asynchronous search corrlint never runs: it gets
// node:fs with fs.promises loaded on first use (scripts/bundle-shims/fs-lazy-promises.cjs).
const lazyFsPromises = {
  name: 'lazy-fs-promises',
  setup(context) {
    context.onResolve({filter: /^(node:)?fs$/}, (args) =>
      /[\\/]lilconfig[\\/]src[\\/]index\.js$/.test(args.importer)
        ? {path: `${root}scripts/bundle-shims/fs-lazy-promises.cjs`}
        : undefined
    )
  }
}
// chalk's supports-color asks node:tty at load whether the standard streams are terminals: it gets
// an isatty that loads node:tty only for a character device (scripts/bundle-shims/tty-isatty.cjs).
const lazyTty = {
  name: 'lazy-tty',
  setup(context) {
    context.onResolve({filter: /^(node:)?tty$/}, (args) =>
      /[\\/]chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]index\.js$/.test(args.importer)
        ? {path: `${root}scripts/bundle-shims/tty-isatty.cjs`}
        : undefined
    )
  }
}
const program = await build({
  ...shared,
  plugins: [jsonAsParse, vendorImports, lazyChildProcess, lazyFsPromises, lazyTty],
  entryPoints: {
    corrlint: `${root}src/cli/index.ts`,
    worker: `${root}src/pipeline/worker.ts`,
    'lsp-worker': `${root}src/lsp/worker.ts`
  },
  outdir,
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  // Written for ES modules: in one CommonJS file, import.meta.url is the file's own URL.
  define: {'import.meta.url': '__corrlintFileUrl'},
  banner: {js: "const __corrlintFileUrl = require('node:url').pathToFileURL(__filename).href;"},
  // Route around dependency hot spots: the project's own nlcst-search, with the same results
  // (test/nlcst-search.test.ts), builds its phrase index once instead of on every call; its own
  // unist-util-visit-parents, with the same visits (test/visit-parents.test.ts), does not set a
  // function name on every node; and retext-profanities with its word list expanded at build
  // time instead of at every start (scripts/profanities-en.mjs; test/profanities.test.ts).
  alias: {
    'nlcst-search': `${root}src/document/nlcst-search.ts`,
    'unist-util-visit-parents': `${root}src/document/visit-parents.ts`,
    'retext-profanities': profanities
  }
})

// 2. The vendor packages, and the loader: start.cjs and code-cache.cjs (Node's built-in modules only).
const vendor = await build({
  ...shared,
  entryPoints: Object.fromEntries(Object.entries(VENDOR).map(([name, specifier]) => [`vendor/${name}`, specifier])),
  outdir,
  format: 'esm',
  splitting: true,
  chunkNames: 'vendor/chunks/[name]-[hash]',
  // Some CommonJS dependencies call require(); give every output file one.
  banner: {
    js: "import {createRequire as __corrlintCreateRequire} from 'node:module'; const require = __corrlintCreateRequire(import.meta.url);"
  }
})
const loader = await build({
  ...shared,
  entryPoints: {start: `${root}src/cli/start.ts`, 'code-cache': `${root}src/cli/code-cache.ts`},
  outdir,
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  define: {__CORRLINT_VENDOR__: JSON.stringify(Object.fromEntries(vendorFor))}
})

const written = new Set()
function write(path, text) {
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, text)
  written.add(relative(outdir, path))
}
for (const file of program.outputFiles) {
  // esbuild escapes non-ASCII characters in strings and templates, not in comments and regular
  // expression literals: escaped there too (the same meaning in both), the bundle is one-byte text,
  // which Node reads and V8 scans faster than two-byte (about 3 ms of a cold start).
  const text = file.text.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
  // Code from a cache cannot run import() on Node 20: packages are imported through
  // importModule() (src/import-module.ts), which the loader serves. esbuild prints an import() of a
  // package it leaves outside as `import("…")`. (lilconfig's import() of JavaScript configs stays:
  // corrlint's config search gives lilconfig loaders for JSON and YAML only.)
  const imports = text.match(/(?<![\w$.])import\("/g)
  if (imports)
    throw new Error(
      `${relative(root, file.path)}: ${imports.length} import() calls left; import packages with importModule()`
    )
  for (const specifier of vendorFor.keys()) {
    if (text.includes(`require("${specifier}")`))
      throw new Error(`${relative(root, file.path)}: ${specifier} must be imported with importModule(), not require()`)
  }
  // Names the build for the code cache (code-cache.ts reads this line).
  const build = createHash('sha256').update(text).digest('hex').slice(0, 16)
  write(file.path, `// corrlint build ${build}\n${text}`)
}
for (const file of [...vendor.outputFiles, ...loader.outputFiles]) write(file.path, file.text)
write(
  join(outdir, 'worker.js'),
  `// The entry tinypool starts in a worker thread: the worker bundle, through the code cache
// (written after the worker's first task, when the code that checks drafts is compiled).
import {loadBundle} from './code-cache.cjs'

const bundle = loadBundle(new URL('./worker.cjs', import.meta.url))
let saved = false

export default async function task(input) {
  const result = await bundle.exports.default(input)
  if (!saved) {
    saved = true
    bundle.save()
  }
  return result
}
`
)

write(
  join(outdir, 'lsp-worker.js'),
  `// The language server's worker thread for long drafts (src/lsp/worker.ts), through the code cache.
import {loadBundle} from './code-cache.cjs'

const bundle = loadBundle(new URL('./lsp-worker.cjs', import.meta.url))
bundle.save()
`
)

// Remove the files and emptied folders of earlier builds (chunk names carry a content hash, and
// the layout changed over time), or they pile up and ship in the package. Removed after writing,
// so a run in progress never finds the bundle missing.
for (const entry of readdirSync(outdir, {recursive: true, withFileTypes: true})) {
  if (!entry.isFile()) continue
  const file = relative(outdir, join(entry.parentPath ?? entry.path, entry.name))
  if (!written.has(file)) rmSync(join(outdir, file))
}
for (const entry of readdirSync(outdir, {recursive: true, withFileTypes: true}).reverse()) {
  const folder = join(entry.parentPath ?? entry.path, entry.name)
  if (entry.isDirectory() && readdirSync(folder).length === 0) rmSync(folder, {recursive: true})
}
