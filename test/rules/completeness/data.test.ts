import {describe, expect, it} from 'vitest'
import {verdictOf} from '../../support/regex-verdicts.js'

describe('completeness data', () => {
  it('has no pattern that can backtrack exponentially', {timeout: 600_000}, async () => {
    const placeholders = (await import('../../../rules/completeness/placeholders.json', {with: {type: 'json'}})).default
    const references = (await import('../../../rules/completeness/reference.json', {with: {type: 'json'}})).default
    const contacts = (await import('../../../rules/completeness/contact.json', {with: {type: 'json'}})).default
    const patterns = [
      ...placeholders.placeholders.map((entry) => entry.pattern),
      ...placeholders.mergeFields.map((entry) => entry.pattern),
      references.concerns,
      references.subjectConcerns,
      references.mayConcern,
      ...references.references.map((entry) => entry.pattern),
      ...contacts.contacts.map((entry) => entry.pattern)
    ]
    // Exponential, or no verdict at all (recheck could not judge it).
    const exponential = patterns.filter((pattern) =>
      ['exponential', undefined].includes(verdictOf(pattern, 'iu').complexity)
    )
    expect(exponential).toEqual([])
  })
})
