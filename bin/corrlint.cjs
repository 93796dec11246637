#!/usr/bin/env node
// A shim: `npm run build` bundles the program into dist/bundle/corrlint.cjs, which
// dist/bundle/start.cjs (src/cli/start.ts) runs through V8's code cache, with V8's flags for the
// run (NODE_DISABLE_COMPILE_CACHE=1 turns the cache off). CommonJS, like the bundle: an ES module
// entry starts Node's ESM loader first, about 3 ms of a cold start.
'use strict'
require('../dist/bundle/start.cjs').start(require.resolve('../dist/bundle/corrlint.cjs'))
