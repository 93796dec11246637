// What the bundle gives commander for node:child_process (scripts/bundle.mjs). Commander requires it
// at load, for subcommands that run as programs of their own (corrlint has none); loading it costs
// about 2 ms of every start, so it is loaded on first use instead. Commander calls only spawn().
let loaded
module.exports = {
  spawn: (...args) => (loaded ??= require('node:child_process')).spawn(...args)
}
