/**
 * The language server end to end: the real program (`node bin/corrlint.cjs --stdio`) as a child
 * process, driven by the client side of vscode-languageserver-protocol as an editor drives it:
 * initialize, open a flawed draft, diagnostics at the right ranges, a quick fix requested and
 * applied, the text changed and the diagnostics updated, hover, "accept this finding", a config
 * change picked up, then shutdown and exit with code 0.
 */
import {type ChildProcess, spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {
  type CodeAction,
  CodeActionRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  InlayHintRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit
} from 'vscode-languageserver-protocol/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {defaultSettings} from '../src/engine/index.js'
import {checkText} from '../src/lsp/check.js'
import {CANCELLED, DraftChecker, LONG_DRAFT_CHARS} from '../src/lsp/long-checks.js'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/corrlint.cjs')

const DRAFT = `Dear Mrs Patel,

Thank you for your letter about the the color of your new sofa. We will call you on Friday 27 November to arrange an exchange.

If you have any questions, reply to this email or call us on 0161 496 0000.

Yours sincerely,
Sam Okafor
Customer Service
`

let dir: string
let child: ChildProcess
let connection: ProtocolConnection
let stderr = ''
const published: PublishDiagnosticsParams[] = []
const waiters: Array<{
  test: (params: PublishDiagnosticsParams) => boolean
  resolve: (params: PublishDiagnosticsParams) => void
}> = []

/** The next diagnostics published for `uri` that satisfy `test` (or the latest already published). */
function diagnosticsFor(
  uri: string,
  test: (params: PublishDiagnosticsParams) => boolean = () => true
): Promise<PublishDiagnosticsParams> {
  const done = [...published].reverse().find((params) => params.uri === uri)
  if (done && test(done)) return Promise.resolve(done)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}; stderr: ${stderr}`)), 20_000)
    waiters.push({
      test: (params) => params.uri === uri && test(params),
      resolve: (params) => {
        clearTimeout(timer)
        resolve(params)
      }
    })
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corrlint-lsp-'))
  child = spawn(process.execPath, [bin, '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'pipe']})
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const waiter of [...waiters]) {
      if (waiter.test(params)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(params)
      }
    }
  })
  // The server registers config watchers with the client.
  connection.onRequest('client/registerCapability', () => null)
  connection.onRequest('workspace/inlayHint/refresh', () => null)
  connection.listen()
}, 30_000)

afterAll(() => {
  connection?.dispose()
  if (child && child.exitCode === null) child.kill()
  rmSync(dir, {recursive: true, force: true})
})

function rangeText(document: TextDocument, diagnostic: {range: Diagnostic['range']}): string {
  return document.getText(diagnostic.range)
}

it('speaks LSP: diagnostics, a quick fix, an edit, hover, accept, a config change, shutdown', {
  timeout: 90_000
}, async () => {
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{uri: pathToFileURL(dir).href, name: 'drafts'}],
    capabilities: {
      workspace: {
        workspaceEdit: {documentChanges: true, resourceOperations: ['create']},
        didChangeWatchedFiles: {dynamicRegistration: true}
      },
      textDocument: {hover: {contentFormat: ['markdown', 'plaintext']}}
    },
    initializationOptions: {debounceMs: 0}
  })
  expect(initialized.serverInfo?.name).toBe('corrlint')
  expect(initialized.capabilities.codeActionProvider).toBeTruthy()
  expect(initialized.capabilities.hoverProvider).toBe(true)
  await connection.sendNotification(InitializedNotification.type, {})

  // 1. Open a flawed draft: the doubled word and the US spelling, at their ranges.
  const path = join(dir, 'reply.txt')
  writeFileSync(path, DRAFT)
  const uri = pathToFileURL(path).href
  let document = TextDocument.create(uri, 'plaintext', 1, DRAFT)
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: {uri, languageId: 'plaintext', version: 1, text: DRAFT}
  })
  const first = await diagnosticsFor(uri, (params) => params.version === 1)
  const byRule = (params: PublishDiagnosticsParams, rule: string) =>
    params.diagnostics.filter((item) => item.code === rule)
  const repeated = byRule(first, 'spelling/repeated-word')
  expect(repeated).toHaveLength(1)
  expect(repeated[0].range).toEqual({start: {line: 2, character: 32}, end: {line: 2, character: 39}})
  expect(rangeText(document, repeated[0])).toBe('the the')
  expect(repeated[0].severity).toBe(1)
  expect(repeated[0].source).toBe('corrlint')
  expect(repeated[0].message).toContain('(spelling)')
  const dialect = byRule(first, 'spelling/dialect')
  expect(dialect.map((item) => rangeText(document, item))).toEqual(['color'])
  expect(dialect[0].range).toEqual({start: {line: 2, character: 40}, end: {line: 2, character: 45}})

  // 2. Ask for the code actions at "color": the quick fix, and "accept this finding".
  const actions = (await connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: dialect[0].range,
    context: {diagnostics: dialect}
  })) as CodeAction[]
  const quickFix = actions.find((action) => action.isPreferred)
  expect(quickFix?.title).toBe('Replace "color" with "colour"')
  expect(quickFix?.kind).toBe('quickfix')
  const edits = quickFix!.edit!.changes![uri] as TextEdit[]
  expect(edits).toEqual([{range: dialect[0].range, newText: 'colour'}])
  const accept = actions.find((action) => action.title.startsWith('Accept'))
  expect(accept?.title).toBe('Accept "color" for spelling/dialect (create .corrlintrc.yaml)')

  // 3. Apply the quick fix as the client would: the change goes back as an edit of version 2.
  const fixed = TextDocument.applyEdits(document, edits)
  document = TextDocument.update(document, [{range: edits[0].range, text: 'colour'}], 2)
  expect(document.getText()).toBe(fixed)
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: {uri, version: 2},
    contentChanges: [{range: edits[0].range, text: 'colour'}]
  })
  const second = await diagnosticsFor(uri, (params) => params.version === 2)
  expect(byRule(second, 'spelling/dialect')).toEqual([])
  expect(byRule(second, 'spelling/repeated-word')).toHaveLength(1)

  // 4. Type a new mistake: the diagnostics follow the text.
  const sentenceEnd = document.getText().indexOf('exchange.') + 'exchange.'.length
  const insertAt = document.positionAt(sentenceEnd)
  document = TextDocument.update(
    document,
    [{range: {start: insertAt, end: insertAt}, text: ' It is a honour and a plesure.'}],
    3
  )
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: {uri, version: 3},
    contentChanges: [{range: {start: insertAt, end: insertAt}, text: ' It is a honour and a plesure.'}]
  })
  const third = await diagnosticsFor(uri, (params) => params.version === 3)
  const article = byRule(third, 'spelling/indefinite-article')
  expect(article.map((item) => rangeText(document, item))).toEqual(['a'])
  expect(article[0].range.start).toEqual(document.positionAt(sentenceEnd + ' It is '.length))
  // A misspelling's closest word is offered too, but not as the preferred fix (it is a guess).
  const misspelt = byRule(third, 'spelling/misspelling')
  expect(misspelt.map((item) => rangeText(document, item))).toEqual(['plesure'])
  const spellActions = (await connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: misspelt[0].range,
    context: {diagnostics: misspelt}
  })) as CodeAction[]
  expect(spellActions.map((action) => [action.title, action.isPreferred])).toEqual([
    ['Replace "plesure" with "pleasure"', undefined],
    ['Accept "plesure" for spelling/misspelling (create .corrlintrc.yaml)', undefined]
  ])

  // 5. Hover on the doubled word: why it matters and the before/after example.
  const hover = await connection.sendRequest(HoverRequest.type, {
    textDocument: {uri},
    position: repeated[0].range.start
  })
  const value = (hover!.contents as {value: string}).value
  expect(value).toContain('**spelling/repeated-word**')
  expect(value).toContain('**Why it matters:**')
  expect(value).toContain('**Before:**')
  expect(value).toContain('**After:**')

  // 6. The criteria summary on the salutation line.
  const hints = await connection.sendRequest(InlayHintRequest.type, {
    textDocument: {uri},
    range: {start: {line: 0, character: 0}, end: {line: 20, character: 0}}
  })
  expect(hints?.[0].position.line).toBe(0)
  expect(String(hints?.[0].label)).toContain('FAIL spelling')

  // 7. A config that accepts the doubled word: the change is picked up without a restart.
  writeFileSync(join(dir, '.corrlintrc.yaml'), 'accept:\n  - rule: spelling/repeated-word\n    text: the the\n')
  await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{uri: pathToFileURL(join(dir, '.corrlintrc.yaml')).href, type: FileChangeType.Created}]
  })
  const fourth = await diagnosticsFor(
    uri,
    (params) => params.version === 3 && byRule(params, 'spelling/repeated-word').length === 0
  )
  expect(byRule(fourth, 'spelling/indefinite-article')).toHaveLength(1)

  // With a config, "accept" edits it (the server never writes it itself).
  const actionsAfter = (await connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: article[0].range,
    context: {diagnostics: article}
  })) as CodeAction[]
  const acceptArticle = actionsAfter.find((action) => action.title.startsWith('Accept'))
  const configUri = pathToFileURL(join(dir, '.corrlintrc.yaml')).href
  const configEdit = acceptArticle!.edit!.changes![configUri][0]
  expect(configEdit.newText).toBe(
    'accept:\n  - rule: spelling/repeated-word\n    text: the the\n  - rule: spelling/indefinite-article\n    text: a\n'
  )

  // 8. An HTML draft: ranges and fixes are in the file's own text, markup and all.
  const page =
    '<p>Dear Mrs Patel,</p>\n<p>We will fix the <b>color</b> of your sofa on Friday 27 November.</p>\n<p>Yours sincerely,<br>Sam Okafor</p>\n'
  const pageUri = pathToFileURL(join(dir, 'reply.html')).href
  const pageDocument = TextDocument.create(pageUri, 'html', 1, page)
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: {uri: pageUri, languageId: 'html', version: 1, text: page}
  })
  const pageDiagnostics = byRule(await diagnosticsFor(pageUri, (params) => params.version === 1), 'spelling/dialect')
  expect(pageDiagnostics.map((item) => rangeText(pageDocument, item))).toEqual(['color'])
  const pageActions = (await connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri: pageUri},
    range: pageDiagnostics[0].range,
    context: {diagnostics: pageDiagnostics}
  })) as CodeAction[]
  const pageFix = pageActions.find((action) => action.isPreferred)!.edit!.changes![pageUri]
  expect(TextDocument.applyEdits(pageDocument, pageFix)).toBe(page.replace('<b>color</b>', '<b>colour</b>'))

  // 9. A broken config is one diagnostic saying so, not a crash.
  writeFileSync(join(dir, '.corrlintrc.yaml'), 'accept: [\n')
  await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{uri: pathToFileURL(join(dir, '.corrlintrc.yaml')).href, type: FileChangeType.Changed}]
  })
  const broken = await diagnosticsFor(
    uri,
    (params) => params.diagnostics.length === 1 && String(params.diagnostics[0].message).includes('could not check')
  )
  expect(broken.diagnostics[0].message).toMatch(/^corrlint could not check this draft: .*bad YAML/)

  // The server wrote nothing: the draft on disk is as it was, whatever was typed in the editor.
  expect(readFileSync(path, 'utf8')).toBe(DRAFT)
  expect(readdirSync(dir).sort()).toEqual(['.corrlintrc.yaml', 'reply.txt'])

  // 10. Shut down and exit cleanly.
  await connection.sendRequest(ShutdownRequest.type)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  await connection.sendNotification(ExitNotification.type)
  expect(await exited).toBe(0)
  expect(stderr).toBe('')
})

it('waits for a pause in typing: a burst of edits is checked once, at its last version', {
  timeout: 60_000
}, async () => {
  // A folder of its own: the first test leaves a broken config behind in `dir`.
  const folder = mkdtempSync(join(tmpdir(), 'corrlint-lsp-burst-'))
  const server = spawn(process.execPath, [bin, '--stdio'], {cwd: folder, stdio: ['pipe', 'pipe', 'pipe']})
  const client = createProtocolConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!)
  )
  const versions: Array<number | undefined> = []
  // One handler (a connection keeps one per method): it resolves the wait for a version.
  const waits = new Map<number, () => void>()
  const published = (version: number) => new Promise<void>((resolve) => waits.set(version, resolve))
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    versions.push(params.version)
    waits.get(params.version ?? -1)?.()
  })
  client.listen()
  try {
    // A long pause, so that the burst below is one burst even on a busy machine.
    await client.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: {debounceMs: 1000}
    })
    await client.sendNotification(InitializedNotification.type, {})
    const draftUri = pathToFileURL(join(folder, 'burst.txt')).href
    const opened = published(1)
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: draftUri, languageId: 'plaintext', version: 1, text: DRAFT}
    })
    await opened
    const done = published(6)
    for (let version = 2; version <= 6; version++) {
      const at = {line: 2, character: 0}
      await client.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri: draftUri, version},
        contentChanges: [{range: {start: at, end: at}, text: 'x'}]
      })
    }
    await done
    expect(versions).toEqual([1, 6])
    await client.sendRequest(ShutdownRequest.type)
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
    await client.sendNotification(ExitNotification.type)
    expect(await exited).toBe(0)
  } finally {
    client.dispose()
    if (server.exitCode === null) server.kill()
    rmSync(folder, {recursive: true, force: true})
  }
})

it('checks a long draft in a worker thread, and cancels a check made stale by an edit', {timeout: 90_000}, async () => {
  const paragraph =
    'We have moved our service center to a new building, and we will call you on Friday 27 November to arrange a visit.'
  const body = Array.from({length: Math.ceil(LONG_DRAFT_CHARS / paragraph.length) + 1}, () => paragraph).join('\n\n')
  const text = `Dear Mrs Patel,\n\n${body}\n\nYours sincerely,\nSam Okafor\n`
  expect(text.length).toBeGreaterThan(LONG_DRAFT_CHARS)
  // The compiled worker of the library build (the server's bundle has its own, lsp-worker.js).
  const checker = new DraftChecker(join(root, 'dist/src/lsp/worker.js'))
  try {
    const settings = defaultSettings()
    const stale = checker.check('file:///long.txt', text, 'long.txt', 'text', settings)
    checker.cancel('file:///long.txt')
    expect(await stale).toBe(CANCELLED)
    const report = await checker.check('file:///long.txt', text, 'long.txt', 'text', settings)
    if (report === CANCELLED) throw new Error('cancelled')
    const inThread = await checkText(text, 'long.txt', settings)
    expect(report.findings).toEqual(inThread.findings)
    expect(report.findings.filter((finding) => finding.ruleId === 'spelling/dialect').length).toBeGreaterThan(100)
  } finally {
    checker.dispose()
  }
})
