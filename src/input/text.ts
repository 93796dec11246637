import type {Source, SourceFormat} from '../types.js'

/** A Source whose analysed text is the original text itself (plain text, or markup already blanked). */
export function textSource(original: string, path = '<text>', format: SourceFormat = 'text', text = original): Source {
  return {path, format, original, text, toOriginal: identity}
}

function identity(offset: number): number {
  return offset
}
