import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'
import {BaseSequencer, type TestSpecification} from 'vitest/node'

/**
 * The slowest test files (most CPU: they spawn the built program or a measuring process), slowest
 * first. Vitest runs files it has no timings for in name order (a fresh clone has none), so a slow
 * file named late (scaling, sarif-junit-e2e) started when the other worker was nearly done and
 * left a core idle at the end; longest first keeps both cores busy to the end.
 */
const SLOW_FIRST = [
  'scaling',
  'sarif-junit-e2e',
  'huge-report',
  'html-browser',
  'code-cache',
  'files-robust',
  'pack',
  'long-runs',
  'never-write',
  'no-secret-leak',
  'cli',
  'properties',
  'build-if-stale',
  'bad-input',
  'rules/spelling-dictionary',
  'pool'
].map((name) => `/test/${name}.test.ts`)

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification) => {
      const at = SLOW_FIRST.findIndex((suffix) => file.moduleId.endsWith(suffix))
      return at === -1 ? SLOW_FIRST.length : at
    }
    // A stable sort: the rest keep the base order (timings of the last run, when there are some).
    return sorted
      .map((file, index) => ({file, index}))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
      .map(({file}) => file)
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Vitest's default leaves a core free (one worker on a 2-core machine); most of the slow test
    // files wait on the CLI they spawn, so one worker per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share a worker's loaded modules instead of importing the rules, the dictionaries
    // and the TypeScript parser again for each of 60 files (import time 27 s -> 10 s). Safe while
    // no test mocks a module or changes process.env: tests build their own settings and folders.
    isolate: false,
    sequence: {sequencer: SlowFirst}
  }
})
