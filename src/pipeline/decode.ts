/**
 * The decode stage: bytes to a Source — the text encoding, the format (by the path's extension,
 * else by the bytes) and the format's reader (src/input: .txt, .md, .eml, .html, .docx), which
 * gives the text to analyse and the map back to the original file.
 */
import {sourceFromBytes} from '../input/index.js'
import type {Source} from '../types.js'

/** Decode a draft's bytes; the path chooses the format. */
export function decode(bytes: Uint8Array, path: string): Promise<Source> {
  return sourceFromBytes(bytes, path)
}
