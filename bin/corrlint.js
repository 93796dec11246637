#!/usr/bin/env node
// A shim: the CLI is bundled into dist/bundle/ by `npm run build` (a fast cold start).
import {run} from '../dist/bundle/corrlint.js'
run(process.argv)
