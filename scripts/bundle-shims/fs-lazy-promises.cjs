// What the bundle gives lilconfig for fs (scripts/bundle.mjs). lilconfig reads fs.promises.readFile
// at load, for its asynchronous search, which corrlint does not use (src/config searches with
// lilconfigSync); loading node:fs/promises costs about 1.5 ms of every start, so it is loaded on
// first use instead. Everything else is node:fs itself.
const fs = require('node:fs')

const shim = Object.create(fs)
Object.defineProperty(shim, 'promises', {
  value: {
    readFile: (...args) => fs.promises.readFile(...args),
    access: (...args) => fs.promises.access(...args)
  }
})
module.exports = shim
