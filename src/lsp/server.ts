/**
 * `corrlint --stdio` / `corrlint lsp`: a language server (LSP 3.17) on vscode-languageserver.
 *
 * - Diagnostics as you type for .txt, .md, .eml and .html drafts (and a .docx when it is opened or
 *   saved, read from disk): each finding at its range, rule id as the code, the criterion in the
 *   message and in `data`.
 * - Quick fixes from the findings that carry a safe replacement (src/fix/carry.ts), and "accept
 *   this finding", which adds it to the config's `accept` list (src/lsp/accept.ts).
 * - Hover: the rule's summary, why it matters and its before/after example (the docs that
 *   `corrlint explain` prints); an inlay hint on the first line with the criteria PASS/FAIL.
 * - Config discovery as on the command line, re-read when a config file changes.
 *
 * The server never writes a file or a document: every change is a WorkspaceEdit the user picks.
 * Checks are debounced per document, and a result for a version that is no longer current is
 * dropped (the next check of the newest text follows).
 */
import {basename, extname} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type * as Lsp from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {knownRules} from '../config/index.js'
import {criteriaInfo} from '../engine/criteria.js'
import {CorrlintError} from '../errors.js'
import {importModule} from '../import-module.js'
import type {FileReport, Finding, Fix, Rule, Settings} from '../types.js'
import {acceptEdit, CONFIG_NAMES} from './accept.js'
import {checkFile, forgetConfigs, formatOf, settingsFor} from './check.js'
import {CANCELLED, DraftChecker} from './long-checks.js'

export interface ServerOptions {
  /** The folder config paths are shown relative to when the client names no workspace. */
  cwd: string
  /** Where the server's own notes go (standard error; standard output carries the protocol). */
  log(text: string): void
  /** corrlint's version, for the client's log. */
  version: string
  /** The streams to talk over (tests); standard input and output by default. */
  input?: NodeJS.ReadableStream
  output?: NodeJS.WritableStream
}

/** What a client may pass in `initializationOptions`. */
export interface InitOptions {
  /** Milliseconds to wait after an edit before checking (default 150; 0 checks at once). */
  debounceMs?: number
  /** A config file to use instead of discovery (as --config). */
  configPath?: string
}

const DEFAULT_DEBOUNCE_MS = 150

interface Checked {
  version: number
  /** Which reading of the config files it was checked with (configChanged counts them). */
  epoch: number
  report: FileReport
  settings?: Settings
  configFile?: string
}

type LspModule = typeof import('vscode-languageserver/node')

/** Start the server; resolves with the exit code when the connection closes (the library exits the process on `exit`). */
export async function startServer(options: ServerOptions): Promise<number> {
  const lsp = await loadModule<LspModule>('vscode-languageserver/node', 'createConnection')
  const {TextDocument: TextDocumentClass} = await loadModule<typeof import('vscode-languageserver-textdocument')>(
    'vscode-languageserver-textdocument',
    'TextDocument'
  )
  const connection = lsp.createConnection(
    lsp.ProposedFeatures.all,
    options.input ?? process.stdin,
    options.output ?? process.stdout
  )
  const documents = new lsp.TextDocuments(TextDocumentClass)
  const rules = new Map<string, Rule>(knownRules().map((rule) => [rule.id, rule]))
  const checked = new Map<string, Checked>()
  /** Documents seen since they were opened: the first check of one waits for no typing pause. */
  const opened = new Set<string>()
  const timers = new Map<string, NodeJS.Timeout>()
  const running = new Map<string, Promise<void>>()
  const checker = new DraftChecker()
  let init: InitOptions = {}
  let roots: string[] = []
  let cwd = options.cwd
  let canCreateFiles = false
  let canRefreshHints = false
  let hoverMarkdown = true
  let epoch = 0
  let canWatch = false

  connection.onInitialize((params) => {
    init = (params.initializationOptions as InitOptions | undefined) ?? {}
    roots = (params.workspaceFolders ?? [])
      .map((folder) => uriToPath(folder.uri))
      .filter((path): path is string => path !== undefined)
    const rootPath = params.rootUri ? uriToPath(params.rootUri) : undefined
    if (roots.length === 0 && rootPath) roots = [rootPath]
    if (roots[0]) cwd = roots[0]
    const workspace = params.capabilities.workspace
    canCreateFiles = Boolean(
      workspace?.workspaceEdit?.documentChanges && workspace.workspaceEdit.resourceOperations?.includes('create')
    )
    canRefreshHints = Boolean(workspace?.inlayHint?.refreshSupport)
    canWatch = Boolean(workspace?.didChangeWatchedFiles?.dynamicRegistration)
    const formats = params.capabilities.textDocument?.hover?.contentFormat
    hoverMarkdown = !formats || formats.includes('markdown')
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: lsp.TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [lsp.CodeActionKind.QuickFix]},
        hoverProvider: true,
        inlayHintProvider: true
      },
      serverInfo: {name: 'corrlint', version: options.version}
    }
  })

  connection.onInitialized(() => {
    // Watch the config files, where the client can watch for the server (else a config saved in
    // the editor still counts: onDidSave below).
    if (!canWatch) return
    void connection.client
      .register(lsp.DidChangeWatchedFilesNotification.type, {
        watchers: CONFIG_NAMES.map((name) => ({globPattern: `**/${name}`}))
      })
      .catch(() => undefined)
  })

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => CONFIG_NAMES.includes(basename(uriToPath(change.uri) ?? '')))) configChanged()
  })

  // Fired on open too: a draft just opened is checked at once, an edited one after the pause.
  documents.onDidChangeContent((event) => {
    const first = !opened.has(event.document.uri)
    opened.add(event.document.uri)
    schedule(event.document, first ? 0 : (init.debounceMs ?? DEFAULT_DEBOUNCE_MS))
  })
  documents.onDidSave((event) => {
    if (CONFIG_NAMES.includes(basename(uriToPath(event.document.uri) ?? ''))) configChanged()
    else if (isDocx(event.document.uri)) schedule(event.document, 0)
  })
  documents.onDidClose((event) => {
    const uri = event.document.uri
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    checker.cancel(uri)
    checked.delete(uri)
    opened.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  function configChanged(): void {
    forgetConfigs()
    epoch++
    for (const document of documents.all()) schedule(document, 0)
  }

  /** Check `document` after `delay` ms, replacing a check of it not yet started. */
  function schedule(document: TextDocument, delay: number): void {
    const uri = document.uri
    if (!isDraft(uri, document.languageId)) return
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        // A check of older text still running in the worker is stale: cancelled, not waited for.
        checker.cancel(uri)
        // One check of a document at a time; the newest text is checked when the running one ends.
        const previous = running.get(uri) ?? Promise.resolve()
        const next = previous.then(() => runCheck(uri))
        running.set(uri, next)
        void next.finally(() => {
          if (running.get(uri) === next) running.delete(uri)
        })
      }, delay)
    )
  }

  async function runCheck(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const version = document.version
    // Already checked at this version (a stale timer, or a save with no change).
    const previous = checked.get(uri)
    if (previous?.version === version && previous.epoch === epoch && !isDocx(uri)) return
    const checkedEpoch = epoch
    const path = uriToPath(uri)
    const name = path ?? `${cwd}/untitled${extensionFor(document.languageId)}`
    let result: Checked
    try {
      const {settings, configFile} = await settingsFor(name, cwd, {configPath: init.configPath})
      const report =
        isDocx(uri) && path
          ? await checkFile(path, settings)
          : await checker.check(uri, document.getText(), name, formatFor(uri, document.languageId), settings)
      if (report === CANCELLED) return
      result = {version, epoch: checkedEpoch, report, settings, configFile}
    } catch (error) {
      // A broken config (or an unreadable .docx) is one diagnostic on the first line, not a crash;
      // anything else is corrlint's own fault, and its stack goes to the client's log too.
      const message = error instanceof Error ? error.message : String(error)
      if (!(error instanceof CorrlintError))
        options.log(`corrlint: internal error checking ${uri}: ${error instanceof Error ? error.stack : message}\n`)
      const at = {line: 0, character: 0}
      void connection.sendDiagnostics({
        uri,
        version,
        diagnostics: [
          {
            range: {start: at, end: at},
            severity: lsp.DiagnosticSeverity.Error,
            source: 'corrlint',
            message: `corrlint could not check this draft: ${message}`
          }
        ]
      })
      return
    }
    // Edited while it was checked: this result is stale; the check of the new text is scheduled.
    if (documents.get(uri)?.version !== version) return
    checked.set(uri, result)
    void connection.sendDiagnostics({
      uri,
      version,
      diagnostics: result.report.findings.map((finding) => diagnosticOf(document, finding))
    })
    if (canRefreshHints) void connection.languages.inlayHint.refresh().catch(() => undefined)
  }

  function diagnosticOf(document: TextDocument, finding: Finding): Lsp.Diagnostic {
    const rule = rules.get(finding.ruleId)
    return {
      range: rangeOf(document, finding),
      severity: finding.severity === 'error' ? lsp.DiagnosticSeverity.Error : lsp.DiagnosticSeverity.Warning,
      code: finding.ruleId,
      source: 'corrlint',
      message: `${finding.message}${finding.suggestion ? ` ${finding.suggestion}` : ''} (${finding.criterion})`,
      data: {
        ruleId: finding.ruleId,
        criterion: finding.criterion,
        why: rule?.docs.why,
        fix: finding.fix,
        suggestions: finding.suggestions
      }
    }
  }

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri)
    const state = checked.get(params.textDocument.uri)
    if (!document || !state || state.version !== document.version) return []
    const actions: Lsp.CodeAction[] = []
    const wanted = params.context.only
    if (
      wanted &&
      !wanted.some((kind) => kind === lsp.CodeActionKind.QuickFix || lsp.CodeActionKind.QuickFix.startsWith(`${kind}.`))
    )
      return []
    const start = document.offsetAt(params.range.start)
    const end = document.offsetAt(params.range.end)
    for (const finding of state.report.findings) {
      // Findings at the cursor or in the selection (a whole-draft finding has an empty range).
      if (finding.end.offset < start || finding.start.offset > end) continue
      const diagnostic = diagnosticOf(document, finding)
      // A safe fix is the preferred action (an editor's "fix all" takes it); a suggestion to review is offered beside it.
      const offers = [
        ...(finding.fix ? [{title: fixTitle(finding.suggestion, finding.fix), fix: finding.fix, preferred: true}] : []),
        ...(finding.suggestions ?? []).map((item) => ({
          title: fixTitle(item.desc, item.fix),
          fix: item.fix,
          preferred: false
        }))
      ]
      for (const offer of offers) {
        const [from, to] = offer.fix.range
        actions.push({
          title: offer.title,
          kind: lsp.CodeActionKind.QuickFix,
          ...(offer.preferred ? {isPreferred: true} : {}),
          diagnostics: [diagnostic],
          edit: {
            changes: {
              [document.uri]: [
                {range: {start: document.positionAt(from), end: document.positionAt(to)}, newText: offer.fix.text}
              ]
            }
          }
        })
      }
      const accept = await acceptEdit({
        finding,
        draftText: document.getText(),
        draftPath: uriToPath(document.uri),
        configFile: state.configFile,
        cwd,
        roots,
        openText: (uri) => documents.get(uri)?.getText(),
        canCreateFiles
      }).catch(() => undefined)
      if (accept)
        actions.push({
          title: accept.title,
          kind: lsp.CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: accept.edit
        })
    }
    return actions
  })

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri)
    const state = checked.get(params.textDocument.uri)
    if (!document || !state || state.version !== document.version) return null
    const at = document.offsetAt(params.position)
    const here = state.report.findings.filter(
      (finding) => finding.start.offset <= at && at <= finding.end.offset && finding.end.offset > finding.start.offset
    )
    if (here.length === 0) return null
    const value = here.map((finding) => hoverText(finding, rules.get(finding.ruleId))).join('\n\n---\n\n')
    return {
      contents: {kind: hoverMarkdown ? lsp.MarkupKind.Markdown : lsp.MarkupKind.PlainText, value},
      range: rangeOf(document, here[0])
    }
  })

  connection.languages.inlayHint.on((params) => {
    const document = documents.get(params.textDocument.uri)
    const state = checked.get(params.textDocument.uri)
    if (!document || !state || state.version !== document.version) return []
    const line = firstLine(document)
    if (line < params.range.start.line || line > params.range.end.line) return []
    const criteria = state.report.criteria.filter((result) => result.status !== 'not-checked')
    const failed = criteria.filter((result) => result.status === 'fail')
    const label =
      failed.length === 0
        ? `corrlint: PASS all ${criteria.length} criteria`
        : `corrlint: FAIL ${failed.map((result) => result.id).join(', ')} (${criteria.length - failed.length}/${criteria.length} pass)`
    const end = document.positionAt(document.offsetAt({line: line + 1, character: 0}))
    const position = end.line > line ? document.positionAt(document.offsetAt({line: line + 1, character: 0}) - 1) : end
    const tooltip = state.report.criteria
      .map(
        (result) =>
          `${result.status === 'pass' ? 'PASS' : result.status === 'fail' ? 'FAIL' : '—   '} ${result.id}: ${result.title}`
      )
      .join('\n')
    return [{position: lineEnd(document, line, position), label: `  ${label}`, paddingLeft: true, tooltip}]
  })

  documents.listen(connection)
  connection.listen()
  return new Promise<number>((resolve) => {
    connection.onExit(() => {
      checker.dispose()
      resolve(0)
    })
  })
}

/** A package loaded on first use: bundled, a CommonJS package may sit under `default`. */
async function loadModule<T>(specifier: string, member: string): Promise<T> {
  const loaded = await importModule<T & {default?: T}>(specifier)
  return (member in (loaded as object) ? loaded : loaded.default) as T
}

function rangeOf(document: TextDocument, finding: Finding): Lsp.Range {
  if (finding.paragraph !== undefined) {
    // A .docx: one paragraph a line.
    const line = finding.paragraph - 1
    return {start: {line, character: 0}, end: {line, character: 0}}
  }
  return {start: document.positionAt(finding.start.offset), end: document.positionAt(finding.end.offset)}
}

function fixTitle(description: string | undefined, fix: Fix): string {
  if (description && description.length <= 80) return description.replace(/\.$/, '')
  return fix.text === '' ? 'Delete' : `Replace with "${fix.text}"`
}

function hoverText(finding: Finding, rule: Rule | undefined): string {
  const info = criteriaInfo[finding.criterion]
  const lines = [
    `**${finding.ruleId}** (${finding.severity}) — criterion **${info.id}**: ${info.title} (assessment criteria ${info.refs.join(', ')})`,
    '',
    finding.message
  ]
  if (finding.suggestion) lines.push('', `**Suggestion:** ${finding.suggestion}`)
  if (rule) {
    lines.push(
      '',
      `**Why it matters:** ${rule.docs.why}`,
      '',
      '**Before:**',
      '',
      fence(rule.docs.fail),
      '',
      '**After:**',
      '',
      fence(rule.docs.pass)
    )
  }
  lines.push('', `More: \`corrlint explain ${finding.ruleId}\``)
  return lines.join('\n')
}

function fence(text: string): string {
  return `\`\`\`text\n${text.replace(/```/g, "'''")}\n\`\`\``
}

/** The line the criteria summary goes on: the salutation's, else the first line with text. */
function firstLine(document: TextDocument): number {
  const lines = document.getText().split('\n')
  const salutation = lines.findIndex((line) =>
    /^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b/i.test(line)
  )
  if (salutation !== -1) return salutation
  const first = lines.findIndex((line) => line.trim() !== '')
  return first === -1 ? 0 : first
}

function lineEnd(document: TextDocument, line: number, fallback: Lsp.Position): Lsp.Position {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  const length = text.replace(/\r?\n$/, '').length
  return length >= 0 ? {line, character: length} : fallback
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/** A file URI for a path (exported for the accept edit). */
export function pathToUri(path: string): string {
  return pathToFileURL(path).href
}

function isDocx(uri: string): boolean {
  return extname(uriToPath(uri) ?? '').toLowerCase() === '.docx'
}

const LANGUAGES: Record<string, '.txt' | '.md' | '.html' | '.eml'> = {
  plaintext: '.txt',
  markdown: '.md',
  html: '.html',
  eml: '.eml',
  email: '.eml'
}

function isDraft(uri: string, languageId: string): boolean {
  const path = uriToPath(uri)
  if (path && formatOf(path)) return true
  // An unsaved buffer, or a file with another name, in a language corrlint reads.
  return !path || !extname(path) ? languageId in LANGUAGES : false
}

function extensionFor(languageId: string): string {
  return LANGUAGES[languageId] ?? '.txt'
}

function formatFor(uri: string, languageId: string) {
  const path = uriToPath(uri)
  return (path && formatOf(path)) || formatOf(`x${extensionFor(languageId)}`) || 'text'
}
