import {describe, expect, it} from 'vitest'
import {createProgress, shouldShowProgress} from '../src/cli/progress.js'

const tty = {write: () => true, isTTY: true}

describe('shouldShowProgress', () => {
  it('shows a bar only on a TTY, for more than a handful of files, without a machine format on stdout', () => {
    expect(shouldShowProgress({stderr: tty, files: 50, format: 'stylish'})).toBe(true)
    expect(shouldShowProgress({stderr: tty, files: 50, format: 'sarif', output: 'out.sarif'})).toBe(true)
    expect(shouldShowProgress({stderr: {write: () => true, isTTY: false}, files: 50, format: 'stylish'})).toBe(false)
    expect(shouldShowProgress({stderr: tty, files: 5, format: 'stylish'})).toBe(false)
    expect(shouldShowProgress({stderr: tty, files: 50, format: 'json'})).toBe(false)
    expect(shouldShowProgress({stderr: tty, files: 50, format: 'stylish', env: {CI: 'true'}})).toBe(false)
  })
})

describe('createProgress', () => {
  it('draws done/total and the rate, at most every interval, always the last file, and clears itself', () => {
    const written: string[] = []
    let clock = 1000
    const progress = createProgress({write: (text: string) => written.push(text), columns: 65}, 4, () => clock, 100)
    clock = 1500
    progress.update(1)
    clock = 1550
    progress.update(2) // within the interval: not drawn
    clock = 3000
    progress.update(4)
    progress.finish()
    expect(written).toEqual([
      '\r[#####---------------] 1/4 files · 2.0 files/s\u001B[K',
      '\r[####################] 4/4 files · 2.0 files/s\u001B[K',
      '\r\u001B[K'
    ])
  })

  it('writes nothing when nothing was drawn', () => {
    const written: string[] = []
    createProgress({write: (text: string) => written.push(text)}, 10, () => 0).finish()
    expect(written).toEqual([])
  })
})
