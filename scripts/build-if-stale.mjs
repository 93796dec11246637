// `npm test` builds first (pretest), since its end-to-end tests run dist/. After `npm ci` (whose
// `prepare` has just built) or a previous build, with no source changed since, that second build
// is about 9 s of a 2-core machine's test run for nothing: build only when something the build
// reads is newer than the stamp the last complete build left (node_modules/.cache/, never packed).
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const stamp = join(root, 'node_modules', '.cache', 'corrlint-build-stamp')
const inputs = [
  'src',
  'rules',
  'scripts',
  'schema',
  'bin',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json'
]

/** The newest modification time of a file or of any file below a folder. */
function newest(path) {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let latest = stats.mtimeMs
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)))
  return latest
}

// What the tests run: without it (dist/ deleted by hand) the stamp says nothing.
const outputs = ['dist/bundle/corrlint.cjs', 'dist/src/index.js', 'src/config/schema-validator.ts'].map((path) =>
  join(root, path)
)
const built = existsSync(stamp) && outputs.every((path) => existsSync(path)) ? statSync(stamp).mtimeMs : 0
let changed = 0
for (const input of inputs) changed = Math.max(changed, newest(join(root, input)))
if (process.argv.includes('--stamp')) {
  mkdirSync(dirname(stamp), {recursive: true})
  writeFileSync(stamp, `${new Date().toISOString()}\n`)
} else if (process.argv.includes('--unstamp')) {
  // A build begins: until it completes, dist/ is not known to be current.
  rmSync(stamp, {force: true})
} else if (changed >= built) {
  const result = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'})
  process.exit(result.status ?? 1)
} else {
  console.log('build: dist/ is up to date with src/, rules/ and scripts/ (npm run build to build anyway)')
}
