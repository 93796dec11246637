/**
 * The language server's worker thread for long drafts: checks a text with the settings it is
 * given and posts the report back. A check of a long draft (a 1 MB letter takes seconds) runs
 * here so that the server keeps answering hovers and code actions meanwhile, and a check made
 * stale by a new edit is cancelled by ending the thread (src/lsp/long-checks.ts).
 *
 * Bundled by scripts/bundle.mjs into dist/bundle/lsp-worker.cjs (started through lsp-worker.js,
 * which loads it with the code cache, as the pool's worker is).
 */
import {parentPort} from 'node:worker_threads'
import type {FileReport, Settings, SourceFormat} from '../types.js'
import {checkText} from './check.js'

/** A check asked of the worker. */
export interface WorkerRequest {
  id: number
  text: string
  path: string
  format: SourceFormat
  settings: Settings
}

/** Its answer: the report, or the one-line reason it failed. */
export type WorkerResponse = {id: number; report: FileReport} | {id: number; error: string}

parentPort?.on('message', (request: WorkerRequest) => {
  checkText(request.text, request.path, request.settings, request.format).then(
    (report) => parentPort!.postMessage({id: request.id, report} satisfies WorkerResponse),
    (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error)
      } satisfies WorkerResponse)
  )
})
