/**
 * confidentiality/attachment: an attachment named like a data export (`customers.csv`,
 * `member-export-2026.xlsx`, `users_dump.sql`). A spreadsheet or database file of customers sent
 * to a customer is a breach of everyone in it, and the file name is often the only sign.
 *
 * Reads the attachment names of an `.eml` file (`doc.source.attachments`), and file names written
 * on a line of the draft that says they are attached (`Attachments: customers.csv`, `I have
 * attached clients_2026.xlsx`). Extensions and name words are data (attachment.json).
 */
import {draftOf} from '../../src/document/draft.js'
import type {CorrDocument, Rule, Span} from '../../src/types.js'
import data from './attachment.json' with {type: 'json'}

const EXTENSIONS = new Set(data.extensions)
const NAME_WORDS = data.nameWords
const ATTACH_WORDS = new Set(data.attachWords)

/** A file name with an extension, in a line of prose (no spaces; at most 100 characters before the dot). */
// redos-bounded: at most 100 characters are tried from each start, and the input is one line
const FILE_NAME = /(?<![\w.-])[\w()-]{1,100}\.[A-Za-z0-9]{1,6}(?![\w-])/g

/** Whether a file name looks like a data export: a data extension and a name word. */
export function looksLikeExport(name: string): boolean {
  const base = name.trim().split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return false
  const extension = base.slice(dot + 1).toLowerCase()
  if (!EXTENSIONS.has(extension)) return false
  const words = base
    .slice(0, dot)
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  return words.some((word) => NAME_WORDS.some((start) => word.startsWith(start)))
}

export interface AttachmentFinding extends Span {
  name: string
  /** Read from the .eml file's attachments, not from the prose. */
  fromEmail: boolean
}

/** The attachments of `doc` that look like data exports. */
export function findExportAttachments(doc: CorrDocument): AttachmentFinding[] {
  const found: AttachmentFinding[] = []
  const fields = Object.values(doc.headers).filter((field) => field !== undefined)
  const first = fields.length > 0 ? fields.reduce((a, b) => (b.start < a.start ? b : a)) : undefined
  const at: Span = first ? {start: doc.text.lastIndexOf('\n', first.start - 1) + 1, end: first.end} : {start: 0, end: 0}
  for (const name of doc.source.attachments ?? []) {
    if (looksLikeExport(name)) found.push({...at, name, fromEmail: true})
  }
  let lineStart = 0
  // The writer's prose and an annex after the sign-off (`Enclosed: customers.csv`), as every confidentiality rule reads.
  for (const line of draftOf(doc).writerText.split('\n')) {
    const words = line.toLowerCase().split(/[^a-z]+/)
    if (words.some((word) => ATTACH_WORDS.has(word))) {
      FILE_NAME.lastIndex = 0
      for (let match = FILE_NAME.exec(line); match; match = FILE_NAME.exec(line)) {
        const name = match[0]
        const start = lineStart + match.index
        if (looksLikeExport(name)) found.push({start, end: start + name.length, name, fromEmail: false})
      }
    }
    lineStart += line.length + 1
  }
  return found
}

const letter =
  'Dear Mr Osei,\n\nThank you for asking for a copy of your account history. I have attached it as a spreadsheet.\n\nAttachments: customer-export-2026.xlsx\n\nKind regards,\nPriya Shah\nBrightwell Home'

export const attachment: Rule = {
  id: 'confidentiality/attachment',
  criterion: 'confidentiality',
  severity: 'warning',
  docs: {
    summary: 'No attachment named like a data export ("customers.csv", "member-export.xlsx", "users_dump.sql").',
    why: 'A spreadsheet or database file of customers sent to one customer discloses everyone in it. The file name is often the only sign that the wrong file was attached: check it before sending.',
    fail: letter,
    pass: letter.replace('customer-export-2026.xlsx', 'account-history-K-Osei.pdf'),
    details:
      'Warning for each attachment of an .eml file, and each file name on a line of the draft that says it is attached (`Attachments:`, `attached`, `enclosed`), whose extension is a data file (`.csv`, `.xlsx`, `.xls`, `.sql`, `.json`, `.db`, `.bak`, `.zip` … in attachment.json) and whose name has a word starting with `customer`, `client`, `member`, `export`, `dump`, `user`, `contact`, `payroll`, `account`… (camelCase and separators split the words, so `remember.csv` is not `member`). A PDF or a Word document is not reported, nor is `invoice-2291.csv`. An .eml attachment is reported at the first header line; a name in the draft, at the name.'
  },
  check(doc, context) {
    for (const item of findExportAttachments(doc)) {
      context.report({
        start: item.start,
        end: item.end,
        message: `${item.fromEmail ? 'The attachment' : 'The attached file'} "${item.name}" is named like a data export: it may hold other customers' details.`,
        actual: item.name,
        suggestion:
          "Open the file and check that it holds only this customer's information; if it is an export, remove it and attach the right document."
      })
    }
  }
}
