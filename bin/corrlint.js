#!/usr/bin/env node
// A shim: the CLI is bundled into dist/bundle/ by `npm run build` (a fast cold start).
import module from 'node:module'

// Node 22.1 and later can keep V8's compiled code between runs (in the system's temporary folder;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off): most of the bundle's cost at start-up is compiling
// it. Node 20 has no such cache, and this does nothing there.
try {
  module.enableCompileCache?.()
} catch {
  // A cache that cannot be written only costs speed.
}

const {run} = await import('../dist/bundle/corrlint.js')
await run(process.argv)
