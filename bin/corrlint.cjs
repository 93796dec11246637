#!/usr/bin/env node
// A shim: `npm run build` bundles the program into dist/bundle/corrlint.cjs, which runs through
// V8's code cache (dist/bundle/code-cache.cjs; NODE_DISABLE_COMPILE_CACHE=1 turns it off).
// CommonJS, like the bundle: an ES module entry starts Node's ESM loader, about 3 ms of a cold start.
'use strict'
const {setFlagsFromString} = require('node:v8')
const {loadBundle} = require('../dist/bundle/code-cache.cjs')

// V8 first compiles a regular expression to bytecode and, once it has run, again to machine code;
// corrlint's patterns run on every sentence, so compile them to machine code at once (for the whole
// process, worker threads included: about 5 ms of a cold start and 7% of a batch; issue 10).
setFlagsFromString('--no-regexp-tier-up')
// A run is short: inlining makes V8's optimising compiler (on background threads, one set per
// worker) cost more than its faster code earns back within it. Without it: 500 drafts at --jobs 2
// 14% faster and 16% less CPU, 2,000 drafts at --jobs 1 9% faster, the 1 MB file the same (issue 10).
setFlagsFromString('--no-turbo-inlining')
const bundle = loadBundle(require('node:url').pathToFileURL(require.resolve('../dist/bundle/corrlint.cjs')))
// Written once a draft has been checked, so the cache holds the code that checks drafts.
process.once('exit', () => {
  try {
    if (bundle.exports.checkedDrafts()) bundle.save()
  } catch {
    // A cache only buys speed.
  }
})
const notes = {
  used: `code cache used (${bundle.file})`,
  missing: `no code cache yet; written at exit to ${bundle.file}`,
  rejected: `code cache out of date; written again at exit to ${bundle.file}`,
  untrusted: `code cache not used: others can write to its folder (${bundle.file})`,
  off: 'code cache off (NODE_DISABLE_COMPILE_CACHE)'
}
bundle.exports.run(process.argv, notes[bundle.state])
