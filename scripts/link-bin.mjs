// Links the package's own command into node_modules/.bin after `npm ci` (run by `prepare`), as
// `npm install` does for a dependency: without it `npx corrlint` inside the clone cannot find the
// command, so npx installs the checkout into its own cache and builds it again (16-29 s) instead
// of running the build that is here. Nothing is linked outside a clone (no node_modules here).
import {existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const binDir = join(root, 'node_modules', '.bin')

if (existsSync(join(root, 'node_modules'))) {
  mkdirSync(binDir, {recursive: true})
  for (const [name, target] of Object.entries(manifest.bin ?? {})) {
    const link = join(binDir, name)
    const to = relative(binDir, join(root, target))
    try {
      lstatSync(link)
      rmSync(link, {force: true})
    } catch {
      // Nothing there yet.
    }
    if (process.platform === 'win32') {
      // npm's own shims on Windows are .cmd files that call node.
      writeFileSync(`${link}.cmd`, `@node "%~dp0\\${to.replaceAll('/', '\\')}" %*\r\n`)
    } else {
      symlinkSync(to, link)
    }
  }
}
