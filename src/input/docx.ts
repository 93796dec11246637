/**
 * Word (.docx) letters. `original` has one line per Word paragraph (positions are reported as
 * paragraph numbers). `text` separates paragraphs with a blank line so the splitter sees them as
 * paragraphs — except consecutive short lines with no empty paragraph between them (address
 * blocks, the name/role/phone lines under a sign-off), which stay on consecutive lines as they
 * would in a plain-text letter. A salutation always starts and ends its own block.
 */
import {CorrlintError} from '../errors.js'
import {importModule} from '../import-module.js'
import type {Source} from '../types.js'
import {SegmentMap} from './segments.js'
import {inflatedSize, zipEntries} from './zip.js'

/** Refuse archives that would inflate to more than this (a zip bomb guard). */
const MAX_UNCOMPRESSED = 64 * 1024 * 1024
const MAX_RATIO = 200

/** Build the Source of a .docx file. */
export async function docxSource(path: string, bytes: Uint8Array): Promise<Source> {
  const entries = zipEntries(bytes)
  if (!entries || !entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new CorrlintError('not a valid .docx file (expected a Word document zip containing word/document.xml)', path)
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  const compressed = entries.reduce((sum, entry) => sum + entry.compressedSize, 0)
  if (total > MAX_UNCOMPRESSED || (total > 1024 * 1024 && total > compressed * MAX_RATIO)) {
    throw new CorrlintError(
      `refusing to open: the .docx would expand to ${Math.round(total / 1024 / 1024)} MB (limit ${MAX_UNCOMPRESSED / 1024 / 1024} MB)`,
      path
    )
  }
  // The directory's sizes can lie: inflate with a cap to be sure before mammoth does.
  if (inflatedSize(bytes, entries, MAX_UNCOMPRESSED) === undefined) {
    throw new CorrlintError(
      `refusing to open: the .docx is damaged or would expand past ${MAX_UNCOMPRESSED / 1024 / 1024} MB`,
      path
    )
  }
  const {default: mammoth} = await importModule<{default: typeof import('mammoth')}>('mammoth')
  let raw: string
  try {
    raw = (await mammoth.extractRawText({buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)})).value
  } catch (error) {
    throw new CorrlintError(`not a valid .docx file (${(error as Error).message.split('\n')[0]})`, path)
  }
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\n\n$/, '')
    .split('\n\n')
    .map((p) => p.replace(/[\n\t]/g, ' ').trimEnd())
  return paragraphsSource(path, paragraphs)
}

/** Build the Source from Word paragraphs (exported for tests). */
export function paragraphsSource(path: string, paragraphs: string[]): Source {
  const original = paragraphs.join('\n')
  const pieces: string[] = []
  const map = new SegmentMap()
  let offset = 0
  let previous: string | undefined
  let emptyBetween = false
  for (const paragraph of paragraphs) {
    if (paragraph.trim() === '') {
      emptyBetween = true
      offset += paragraph.length + 1
      continue
    }
    if (previous !== undefined) {
      const separator = !emptyBetween && isShortLine(previous) && isShortLine(paragraph) ? '\n' : '\n\n'
      pieces.push(separator)
      map.insert(offset, separator.length)
    }
    pieces.push(paragraph)
    map.copy(offset, paragraph.length)
    offset += paragraph.length + 1
    previous = paragraph
    emptyBetween = false
  }
  const text = pieces.join('')
  return {
    path,
    format: 'docx',
    original,
    text,
    positionStyle: 'paragraph',
    toOriginal: (position) => map.lookup(position, original.length)
  }
}

/** An address, date or signature line: short, not a sentence, not a salutation. */
function isShortLine(line: string): boolean {
  const trimmed = line.trim()
  return (
    trimmed.length <= 60 &&
    !/[.!?:;]$/.test(trimmed) &&
    !/^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|to whom)\b/i.test(trimmed)
  )
}
