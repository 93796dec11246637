import {describe, expect, it} from 'vitest'
import {credential, findCredentials} from '../../rules/confidentiality/credential.js'
import {lint} from '../../src/engine/index.js'

/** The values found in `text`, as `masked=value`. */
function values(text: string): string[] {
  return findCredentials(text).map(({start, end, kind}) => `${kind.masked}=${text.slice(start, end)}`)
}

describe('confidentiality/credential: secrets written as sentences', () => {
  it.each([
    ['Your online account password is also listed as Bluebell2024, so you can log in.', '[password]=Bluebell2024'],
    ['Your temporary password: Xy7#kP2q', '[password]=Xy7#kP2q'],
    ['The password - Tr0ub4dor&3x - works until Friday.', '[password]=Tr0ub4dor&3x'],
    ['Login details: username jsmith, password Tr0ub4dor&3x.', '[password]=Tr0ub4dor&3x'],
    ['Your new password is "sunflower".', '[password]=sunflower'],
    ['Your password has been reset to Summer2026!', '[password]=Summer2026!'],
    ['temporary password: sunflower', '[password]=sunflower'],
    ['Your PIN is 4821.', '[PIN]=4821'],
    ['your new PIN number is 90210 and will work from Monday', '[PIN]=90210'],
    ['Your one-time code is 483920.', '[one-time code]=483920'],
    ['Verification code: 48-3920', '[one-time code]=48-3920'],
    ['Your memorable word is giraffe.', '[memorable word]=giraffe'],
    ['Your memorable word is “Lighthouse” as you asked.', '[memorable word]=Lighthouse'],
    ["Your mother's maiden name is Smith, as we hold it.", '[security answer]=Smith'],
    ['Your mother’s maiden name is recorded as Okafor.', '[security answer]=Okafor'],
    ['The answer to your security question is Rover.', '[security answer]=Rover']
  ])('finds the value in %j', (text, expected) => {
    expect(values(text)).toEqual([expected])
  })

  it.each([
    'Please reset your password using the link we sent.',
    'We will never ask for your PIN or your password.',
    'Choose a strong password of at least 12 characters.',
    'Your password has been reset.',
    'Enter your PIN when the terminal asks for it.',
    'The password you chose is not stored by us.',
    'A one-time code will be sent to your phone.',
    'Your password is case-sensitive.',
    'Your password is incorrect, so the account is locked.',
    'Your verification code will expire in 10 minutes.',
    'Your password must be at least 8 characters long.',
    'Your password is ******** (hidden for your security).',
    'Your password is {{password}}.',
    'Your temporary password: [password]',
    'Your memorable word is not something we can see.',
    'Your memorable word is stored securely and we cannot see it.',
    'Do not use a PIN like 1234 or your date of birth.',
    'If you forget your password, call us on 0161 496 0732.',
    'We sent the code to your phone; your one-time code expires soon.',
    'Your PIN is the same as before.',
    'Passwords are never sent by email.'
  ])('is quiet on %j', (text) => {
    expect(values(text)).toEqual([])
  })

  it('reports the value only, masked, in a whole draft; the message and suggestion never hold it', async () => {
    const draft = `Dear Ms Wilson,\n\nThank you for calling us about your account.\n\nYour PIN is 4821 and your password is Bluebell2024.\n\nIf you have any questions, please call us on 0161 496 0732.\n\nKind regards,\nDaniel Hughes\n`
    const report = await lint(draft)
    const found = report.findings.filter((finding) => finding.ruleId === credential.id)
    expect(found.map((finding) => `${finding.start.line}:${finding.start.column} ${finding.masked}`)).toEqual([
      '5:13 [PIN]',
      '5:39 [password]'
    ])
    expect(JSON.stringify(report.findings)).not.toMatch(/4821|Bluebell2024/)
    expect(report.criteria.find((result) => result.id === 'confidentiality')?.status).toBe('fail')
  })

  it("does not look in a quoted earlier message (the customer wrote it; only the reply is the writer's)", async () => {
    const draft = `Dear Ms Wilson,\n\nThank you for your email about signing in. We have sent you a link to set a new password.\n\nIf you have any questions, please call us on 0161 496 0732.\n\nKind regards,\nDaniel Hughes\n\nOn 3 May 2025, Jo Wilson wrote:\n> My password is Bluebell2024 and it does not work.\n`
    const report = await lint(draft)
    expect(report.findings.filter((finding) => finding.ruleId === credential.id)).toEqual([])
  })
})
