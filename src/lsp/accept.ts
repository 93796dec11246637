/**
 * "Accept this finding": a WorkspaceEdit that adds `{rule, text}` to the `accept` list of the
 * config that applies to the draft (src/config: the engine then drops findings of that rule on
 * that text, case-insensitively). The edit replaces the config's text with the same config plus
 * the entry — YAML through the yaml package's document model, which keeps comments and layout;
 * JSON (and package.json's "corrlint" key) re-serialised with the file's indentation. With no
 * config file, it creates `.corrlintrc.yaml` in the workspace folder (when the client can create
 * files). The server applies nothing itself: the client shows the edit and the user picks it.
 *
 * Never offered for a confidential value (it would be written into the config in clear), for a
 * finding on no text or on more than one line.
 */
import {readFileSync} from 'node:fs'
import {basename, dirname, isAbsolute, join, relative, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {WorkspaceEdit} from 'vscode-languageserver/node'
import {importModule} from '../import-module.js'
import type {Finding} from '../types.js'

/** The config file names corrlint discovers (src/config), nearest first in each folder. */
export const CONFIG_NAMES = [
  'package.json',
  'corrlint.config.json',
  '.corrlintrc.json',
  '.corrlintrc.yaml',
  '.corrlintrc.yml'
]

/** Longest text an accept entry is offered for: a word or a phrase, not a paragraph. */
const MAX_ACCEPT_LENGTH = 120

export interface AcceptRequest {
  finding: Finding
  /** The draft's text (the editor's buffer): the accepted text is cut from it. */
  draftText: string
  draftPath?: string
  /** The absolute path of the config that applies, if any. */
  configFile?: string
  cwd: string
  roots: string[]
  /** The text of a document the editor has open (a config being edited), by URI. */
  openText(uri: string): string | undefined
  canCreateFiles: boolean
}

/** The code action's title and edit, or undefined when the finding cannot be accepted this way. */
export async function acceptEdit(request: AcceptRequest): Promise<{title: string; edit: WorkspaceEdit} | undefined> {
  const {finding} = request
  if (finding.masked !== undefined || finding.paragraph !== undefined) return undefined
  const text = request.draftText.slice(finding.start.offset, finding.end.offset)
  if (text.trim() === '' || text.length > MAX_ACCEPT_LENGTH || /[\r\n]/.test(text)) return undefined
  const entry = {rule: finding.ruleId, text}
  const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text
  if (request.configFile) {
    const uri = pathToFileURL(request.configFile).href
    const before = request.openText(uri) ?? readFileSync(request.configFile, 'utf8')
    const after = await withEntry(request.configFile, before, entry)
    if (after === undefined || after === before) return undefined
    return {
      title: `Accept "${shown}" for ${finding.ruleId} (add it to ${basename(request.configFile)})`,
      edit: {changes: {[uri]: [{range: {start: {line: 0, character: 0}, end: endOf(before)}, newText: after}]}}
    }
  }
  if (!request.canCreateFiles) return undefined
  const folder = folderFor(request)
  const uri = pathToFileURL(join(folder, '.corrlintrc.yaml')).href
  const yaml = await loadYaml()
  const content = `# corrlint settings (see corrlint init)\n${yaml.stringify({accept: [entry]})}`
  return {
    title: `Accept "${shown}" for ${finding.ruleId} (create .corrlintrc.yaml)`,
    edit: {
      documentChanges: [
        {kind: 'create', uri, options: {ignoreIfExists: true}},
        {
          textDocument: {uri, version: null},
          edits: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: content}]
        }
      ]
    }
  }
}

type Yaml = typeof import('yaml')

async function loadYaml(): Promise<Yaml> {
  const loaded = await importModule<Yaml & {default?: Yaml}>('yaml')
  return typeof loaded.parseDocument === 'function' ? loaded : loaded.default!
}

/** The config's text with the entry added (undefined: the file is not one this can edit). */
async function withEntry(file: string, text: string, entry: {rule: string; text: string}): Promise<string | undefined> {
  const name = basename(file).toLowerCase()
  if (name.endsWith('.json')) {
    let data: Record<string, unknown>
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>
    } catch {
      return undefined
    }
    const target = name === 'package.json' ? (data.corrlint as Record<string, unknown> | undefined) : data
    if (!target || typeof target !== 'object' || Array.isArray(target)) return undefined
    const list = Array.isArray(target.accept) ? (target.accept as unknown[]) : []
    if (list.some((item) => isSame(item, entry))) return text
    target.accept = [...list, entry]
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  '
    return `${JSON.stringify(data, null, indent)}${text.endsWith('\n') ? '\n' : ''}`
  }
  const yaml = await loadYaml()
  const document = yaml.parseDocument(text)
  if (document.errors.length > 0) return undefined
  const list = document.get('accept', true)
  if (yaml.isSeq(list)) {
    if (list.items.some((item) => isSame(yaml.isNode(item) ? item.toJSON() : item, entry))) return text
    const node = document.createNode(entry)
    // In the style of the entries there: `- {rule: …, text: …}` after flow mappings.
    const last = list.items[list.items.length - 1]
    if (yaml.isMap(last) && last.flow) node.flow = true
    list.add(node)
  } else if (list === undefined || list === null) {
    if (document.contents !== null && !yaml.isMap(document.contents)) return undefined
    document.set('accept', document.createNode([entry]))
  } else {
    return undefined
  }
  return document.toString()
}

function isSame(item: unknown, entry: {rule: string; text: string}): boolean {
  const candidate = item as {rule?: unknown; text?: unknown} | null
  return (
    candidate?.rule === entry.rule &&
    typeof candidate.text === 'string' &&
    candidate.text.toLowerCase() === entry.text.toLowerCase()
  )
}

/** Where a new config goes: the workspace folder holding the draft, else the draft's folder. */
function folderFor(request: AcceptRequest): string {
  const draft = request.draftPath
  if (!draft) return request.roots[0] ?? request.cwd
  const root = request.roots.find((folder) => {
    const path = relative(folder, draft)
    return path !== '' && !path.startsWith('..') && !isAbsolute(path)
  })
  return root ? resolve(root) : dirname(draft)
}

/** The position just past the end of `text`. */
function endOf(text: string): {line: number; character: number} {
  const lines = text.split('\n')
  return {line: lines.length - 1, character: lines[lines.length - 1].length}
}
