import {describe, expect, it} from 'vitest'
import {lint} from '../../src/engine/index.js'
import {findInternalNotes, internalNote} from '../../rules/confidentiality/internal-note.js'

/** The internal notes found in `text`, as the text they cover. */
function notes(text: string): string[] {
  return findInternalNotes(text).map(({start, end}) => text.slice(start, end))
}

describe('confidentiality/internal-note', () => {
  it.each([
    ['INTERNAL: customer has complained twice before.', 'INTERNAL'],
    ['This summary is for internal use only.', 'for internal use only'],
    ['Internal note: offer £20 at most.', 'Internal note:'],
    ['[note to self: chase the fitter]', '[note to self: chase the fitter]'],
    ['Note to self - chase the fitter.', 'Note to self'],
    ['TODO add the refund amount', 'TODO'],
    ['The refund is £40 (FIXME).', 'FIXME'],
    ['DO NOT SEND until Sarah has checked it.', 'DO NOT SEND'],
    ['Please do not send this yet.', 'do not send this yet'],
    ['Between you and me, the fitter was late again.', 'Between you and me'],
    ['Off the record, we expect the price to fall.', 'Off the record'],
    ['We can refund the fee. [check with Sarah before sending]', '[check with Sarah before sending]'],
    ['The fee was £150. [Mike - is this right?]', '[Mike - is this right?]'],
    ['We will call you on Friday [not sure about this].', '[not sure about this]'],
    ['[Sarah: can we waive this?]', '[Sarah: can we waive this?]'],
    ['Your refund is £40 [I think it should be £45].', '[I think it should be £45]'],
    ['This is not for the customer.', 'not for the customer'],
    ["Don't tell the customer about the second fault.", "Don't tell the customer"]
  ])('finds the note in %j', (text, expected) => {
    expect(notes(text)).toEqual([expected])
  })

  it.each([
    'Dear [Customer name],',
    'Your appointment is on [date] at [time].',
    'Hi {{first_name}}, thank you for your order.',
    '[insert refund amount]',
    'As the report says [1], the boiler was fitted correctly [2, 3].',
    'The letter said "we was told [sic] to wait".',
    'She wrote that the parts were "missing [sic.]".',
    'Our internal review found that the fitter was late.',
    'The internal team has looked again at your case.',
    'We have discussed this internally and agree.',
    'We will do everything we can to help.',
    'Here is a list of things to do before the visit.',
    'Please do not send cash through the post.',
    'Do not send your original documents; copies are fine.',
    'See [our returns page](https://example.com/returns) for details.',
    'The total is £45 [including VAT].',
    'The fitter will bring the parts [if applicable].',
    '[Delete as appropriate]',
    'He told us "[the kitchen] was finished on time".',
    'Our internal complaints procedure has two stages.'
  ])('is quiet on %j', (text) => {
    expect(notes(text)).toEqual([])
  })

  it('reports a note in the prose, not in a quoted message', async () => {
    const draft = `Dear Mr Osei,\n\nThank you for your email. We can refund the £150 call-out fee. [Mike - is this right?]\n\nKind regards,\nPriya Shah\n\nOn 3 May 2025, Kofi Osei wrote:\n> TODO is what my builder writes on everything.\n`
    const report = await lint(draft)
    const found = report.findings.filter((finding) => finding.ruleId === internalNote.id)
    expect(found.map((finding) => `${finding.start.line}:${finding.start.column}`)).toEqual(['3:64'])
    expect(report.criteria.find((result) => result.id === 'confidentiality')?.status).toBe('fail')
  })
})
