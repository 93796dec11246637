#!/usr/bin/env node
// A shim: the CLI lives in dist/ (built by `npm run build`).
import {run} from '../dist/src/cli/index.js'
run(process.argv)
