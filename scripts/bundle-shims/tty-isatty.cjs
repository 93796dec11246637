// What the bundle gives chalk's supports-color for node:tty (scripts/bundle.mjs). It asks at load
// whether standard output and standard error are terminals; node:tty (and node:net, which it
// loads) costs about 1.5 ms of every start, and corrlint asks chalk about colour only when standard
// output is a terminal (src/cli/index.ts). A terminal is a character device: for anything else (a
// file, a pipe) or /dev/null the answer is no without loading node:tty; otherwise node:tty answers.
const {fstatSync, statSync} = require('node:fs')

let tty
let devNull
function realIsatty(fd) {
  tty ??= require('node:tty')
  return tty.isatty(fd)
}

module.exports = {
  isatty(fd) {
    let stats
    try {
      stats = fstatSync(fd)
    } catch {
      return realIsatty(fd)
    }
    if (!stats.isCharacterDevice()) return false
    try {
      devNull ??= process.platform === 'win32' ? null : statSync('/dev/null').rdev
    } catch {
      devNull = null
    }
    if (devNull !== null && stats.rdev === devNull) return false
    return realIsatty(fd)
  }
}
