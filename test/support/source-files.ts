import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

/** Every TypeScript source file (not .d.ts) below `dir`: what the static checks of src/ and rules/ read. */
export function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) for (const file of sourceFiles(path)) files.push(file)
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(path)
  }
  return files
}
