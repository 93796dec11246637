// A minimal client: VS Code starts `corrlint lsp --stdio` and shows its diagnostics, quick fixes,
// hovers and the criteria summary. Everything else lives in the server (src/lsp in corrlint).

const {existsSync} = require('node:fs')
const {join} = require('node:path')
const vscode = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

let client

function corrlintCommand() {
  const configured = vscode.workspace.getConfiguration('corrlint').get('path')
  if (configured) return configured
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(
      folder.uri.fsPath,
      'node_modules',
      '.bin',
      process.platform === 'win32' ? 'corrlint.cmd' : 'corrlint'
    )
    if (existsSync(local)) return local
  }
  return 'corrlint'
}

function activate(context) {
  const settings = vscode.workspace.getConfiguration('corrlint')
  // TransportKind.stdio adds --stdio to the arguments.
  const server = {
    command: corrlintCommand(),
    args: ['lsp'],
    transport: TransportKind.stdio,
    options: {shell: process.platform === 'win32'}
  }
  client = new LanguageClient(
    'corrlint',
    'corrlint',
    {run: server, debug: server},
    {
      documentSelector: [
        {scheme: 'file', language: 'plaintext'},
        {scheme: 'file', language: 'markdown'},
        {scheme: 'file', language: 'html'},
        {scheme: 'file', pattern: '**/*.eml'},
        {scheme: 'untitled', language: 'plaintext'}
      ],
      initializationOptions: {
        debounceMs: settings.get('debounceMs'),
        configPath: settings.get('configPath') || undefined
      }
    }
  )
  context.subscriptions.push(client)
  return client.start()
}

function deactivate() {
  return client ? client.stop() : undefined
}

module.exports = {activate, deactivate}
