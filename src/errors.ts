/**
 * An error a user can cause (bad path, bad option, bad config, unreadable file).
 * The CLI prints its message as one line and exits with code 2; never a stack trace.
 */
export class CorrlintError extends Error {
  /** The file the problem is in, when there is one. */
  readonly file?: string
  constructor(message: string, file?: string) {
    super(file ? `${file}: ${message}` : message)
    this.name = 'CorrlintError'
    this.file = file
  }
}
