/**
 * Long drafts are checked in a worker thread (src/lsp/worker.ts), one at a time: the server's
 * thread stays free for hovers, code actions and new edits, and a check that a newer edit made
 * stale is cancelled outright by ending the thread (a check cannot be interrupted otherwise: the
 * engine runs its rules in one go). A short draft — a few milliseconds to check — never leaves
 * the server's thread. Where there is no compiled worker (the sources run under a test runner),
 * every draft is checked in the thread.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {FileReport, Settings, SourceFormat} from '../types.js'
import {checkText} from './check.js'
import type {WorkerRequest, WorkerResponse} from './worker.js'

/** Drafts longer than this (in UTF-16 units, about 4,000 words) are checked in the worker. */
export const LONG_DRAFT_CHARS = 24_000

/** An idle worker is ended after this long, giving back its copy of the rules and dictionaries. */
const IDLE_MS = 60_000

/** What a cancelled check resolves with. */
export const CANCELLED = Symbol('cancelled')

interface Job {
  uri: string
  request: WorkerRequest
  resolve(result: FileReport | typeof CANCELLED): void
  reject(error: Error): void
}

export class DraftChecker {
  private worker: Worker | undefined
  private active: Job | undefined
  private readonly queue: Job[] = []
  private idle: NodeJS.Timeout | undefined
  private nextId = 1

  constructor(private readonly workerFile: string | undefined = defaultWorkerFile()) {}

  /** Check `text`: in this thread when it is short, else in the worker. */
  check(
    uri: string,
    text: string,
    path: string,
    format: SourceFormat,
    settings: Settings
  ): Promise<FileReport | typeof CANCELLED> {
    if (text.length <= LONG_DRAFT_CHARS || !this.workerFile) return checkText(text, path, settings, format)
    return new Promise((resolve, reject) => {
      this.queue.push({uri, request: {id: this.nextId++, text, path, format, settings}, resolve, reject})
      this.pump()
    })
  }

  /** Cancel the checks of `uri` not yet finished: a queued one is dropped, a running one ends with its thread. */
  cancel(uri: string): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      if (this.queue[index].uri === uri) this.queue.splice(index, 1)[0].resolve(CANCELLED)
    }
    if (this.active?.uri === uri) {
      const job = this.active
      this.active = undefined
      void this.worker?.terminate()
      this.worker = undefined
      job.resolve(CANCELLED)
      this.pump()
    }
  }

  /** End the worker (the server is shutting down). */
  dispose(): void {
    clearTimeout(this.idle)
    for (const job of this.queue.splice(0)) job.resolve(CANCELLED)
    if (this.active) this.active.resolve(CANCELLED)
    this.active = undefined
    void this.worker?.terminate()
    this.worker = undefined
  }

  private pump(): void {
    if (this.active || this.queue.length === 0) return
    clearTimeout(this.idle)
    const job = this.queue.shift()!
    this.active = job
    this.start().postMessage(job.request)
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.workerFile!)
    // The server's life is its connection's, not its worker's.
    worker.unref()
    worker.on('message', (response: WorkerResponse) => {
      const job = this.active
      if (!job || job.request.id !== response.id) return
      this.active = undefined
      if ('report' in response) job.resolve(response.report)
      else job.reject(new Error(response.error))
      this.afterJob()
    })
    worker.on('error', (error) => {
      if (this.worker !== worker) return
      this.worker = undefined
      const job = this.active
      this.active = undefined
      job?.reject(error)
      this.afterJob()
    })
    this.worker = worker
    return worker
  }

  private afterJob(): void {
    this.pump()
    if (!this.active && this.worker) {
      const worker = this.worker
      this.idle = setTimeout(() => {
        if (this.worker === worker && !this.active) {
          this.worker = undefined
          void worker.terminate()
        }
      }, IDLE_MS)
      this.idle.unref()
    }
  }
}

/**
 * The compiled worker: dist/bundle/lsp-worker.js beside the bundled program, or worker.js beside
 * this module in dist/src; undefined when running from the TypeScript sources.
 */
function defaultWorkerFile(): string | undefined {
  const here = import.meta.url
  const candidate = new URL(here.endsWith('.cjs') ? './lsp-worker.js' : './worker.js', here)
  const path = fileURLToPath(candidate)
  return existsSync(path) ? path : undefined
}
