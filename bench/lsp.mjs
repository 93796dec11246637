#!/usr/bin/env node
/**
 * How fast a warm language server re-checks a draft after an edit: starts `bin/corrlint.cjs
 * --stdio`, opens a draft of about 400 words, and types into it — a character added, then removed,
 * in the body — timing each edit from the didChange notification to the diagnostics published for
 * that version (debounce set to 0, so the time is the check and the protocol, nothing waited).
 * The first WARMUP edits are not counted (the server compiles its hot code then).
 *
 * `node bench/lsp.mjs [draft.txt]` prints the figures; bench/run.mjs imports `measureLsp`.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'

const root = new URL('..', import.meta.url).pathname
const WARMUP = 50

/**
 * Time `edits` edits of `text` in a warm server: `{median, p90, first, words, edits}` in ms (first:
 * the diagnostics of the open, cold).
 */
export async function measureLsp({
  text,
  edits = 100,
  env = process.env,
  bin = join(root, 'bin/corrlint.cjs'),
  nodeArgs = []
}) {
  const child = spawn(process.execPath, [...nodeArgs, bin, '--stdio'], {
    cwd: root,
    env,
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin)
  )
  const waiting = new Map()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const done = waiting.get(params.version)
    if (done) {
      waiting.delete(params.version)
      done(params)
    }
  })
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  const uri = pathToFileURL(join(root, 'bench/.corpus/lsp-draft.txt')).href
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: {debounceMs: 0}
  })
  await connection.sendNotification(InitializedNotification.type, {})
  let started = performance.now()
  const opened = published(1)
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: {uri, languageId: 'plaintext', version: 1, text}
  })
  await opened
  const first = performance.now() - started
  // Type in the middle of the body: add an "s", then take it away.
  const at = text.indexOf('\n\n', Math.floor(text.length / 2))
  const before = text.slice(0, at)
  const line = before.split('\n').length - 1
  const character = at - before.lastIndexOf('\n') - 1
  const times = []
  for (let version = 2; version < 2 + WARMUP + edits; version++) {
    const adding = version % 2 === 0
    const change = adding
      ? {range: {start: {line, character}, end: {line, character}}, text: 's'}
      : {range: {start: {line, character}, end: {line, character: character + 1}}, text: ''}
    const done = published(version)
    started = performance.now()
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [change]
    })
    await done
    if (version >= 2 + WARMUP) times.push(performance.now() - started)
  }
  await connection.sendRequest(ShutdownRequest.type)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  await connection.sendNotification(ExitNotification.type)
  await exited
  connection.dispose()
  times.sort((a, b) => a - b)
  const median =
    times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2
  return {
    median,
    p90: times[Math.floor(times.length * 0.9)],
    first,
    words: text.split(/\s+/).filter(Boolean).length,
    edits: times.length
  }
}

/** About `words` words of correspondence: paragraphs of the bench's drafts between one salutation and close. */
export function draftOfWords(texts, words = 400) {
  const paragraphs = []
  let count = 0
  for (const text of texts) {
    for (const paragraph of text.split('\n\n').slice(1, -1)) {
      if (/^(Dear|Ref:)/.test(paragraph) || count >= words - 20) continue
      paragraphs.push(paragraph)
      count += paragraph.split(/\s+/).filter(Boolean).length
    }
    if (count >= words - 20) break
  }
  return `Dear Mrs Patel,\n\n${paragraphs.join('\n\n')}\n\nYours sincerely,\nAnna Reid\nCustomer Relations Team\n`
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let text
  if (process.argv[2]) text = readFileSync(process.argv[2], 'utf8')
  else {
    const {corpus} = await import('./corpus.mjs')
    text = draftOfWords(corpus(35034, 20).map((item) => item.text))
  }
  const result = await measureLsp({text})
  console.log(
    `language server, ${result.words}-word draft: re-check after an edit ${result.median.toFixed(1)} ms median, ${result.p90.toFixed(1)} ms p90 (${result.edits} edits after ${WARMUP} warm-up); first check on open ${result.first.toFixed(0)} ms`
  )
}
