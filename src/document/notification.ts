import type {CorrDocument} from '../types.js'
import type {MailLine} from './classify.js'

export function isNotification(doc: CorrDocument, lines: MailLine[], content: number[]): boolean {
  return false
}
