/** "1 warning", "2 warnings": a count with its noun, for every format a person reads. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`
}
