/**
 * The CLI program (`main` in src/cli/index.ts) run in the test's own process, with its output
 * captured: the same program as bin/corrlint.cjs runs, without the cost of a new Node process and
 * the bundle's load (about 0.25 s of CPU each). Tests that are about the process itself (exit
 * through a closed pipe, --watch, V8 flags, special files that could block a read) spawn the
 * built program instead.
 */
import {type CliIO, main} from '../../src/cli/index.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export async function runInProcess(
  args: string[],
  options: {cwd: string; env?: Record<string, string | undefined>; stdin?: string | Uint8Array}
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const stdin =
    typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())
  const io: CliIO = {
    stdout: {write: (text: string) => (stdout += text), isTTY: false},
    stderr: {write: (text: string) => (stderr += text), isTTY: false},
    readStdin: async () => stdin,
    cwd: options.cwd,
    env: options.env ?? {NO_COLOR: '1'}
  }
  const code = await main(args, io)
  return {code, stdout, stderr}
}
