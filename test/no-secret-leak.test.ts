/**
 * corrlint runs in public CI logs: its report must never repeat a confidential value it found.
 * Every registered format (read from the registry, so formats added later are covered), on
 * standard output and with --output, is searched for each secret and for its digits without spaces.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {formatters} from '../src/report/index.js'

const bin = new URL('../bin/corrlint.cjs', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'corrlint-secrets-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const secrets = {
  card: '4111 1111 1111 1111',
  card2: '5500-0000-0000-0004',
  cvv: '737',
  ni: 'AB 12 34 56 C',
  nhs: '943 476 5919',
  account: '31926819',
  iban: 'GB82 WEST 1234 5698 7654 32',
  password: 'Tr0ub4dor&3x',
  pin: '4821',
  dob: '12/03/1985'
}

const draft = `Subject: Your account details
To: anita.patel@example.com

Dear Mrs Patel,

Thank you for your call today about your account. As requested, here are the details we hold.

Your card number is ${secrets.card} and the security code (CVV) is ${secrets.cvv}. Your second card is ${secrets.card2}.
Your National Insurance number is ${secrets.ni} and your NHS number is ${secrets.nhs}.
Your bank details are sort code 20-00-00, account number ${secrets.account}, IBAN ${secrets.iban}.
Your temporary password is ${secrets.password} and your PIN is ${secrets.pin}. Your date of birth is ${secrets.dob}.

We will update your account by Friday 27 November. If you have any questions, please call us on 0161 496 0000.

Kind regards,
Sam Okafor
Customer Relations Team
`
writeFileSync(join(dir, 'leaky.txt'), draft)

function leaks(text: string): string[] {
  const found: string[] = []
  for (const [name, value] of Object.entries(secrets)) {
    // Short values (CVV, PIN) are checked in context, where they cannot be confused with a line number.
    const forms = value.length <= 4 ? [`is ${value}`, `(CVV) is ${value}`] : [value, value.replace(/[\s-]/g, '')]
    for (const form of forms) if (text.includes(form)) found.push(`${name}: ${form}`)
  }
  return found
}

describe('the report never repeats a secret', () => {
  const names = Object.keys(formatters)

  it('the draft is reported as leaking', () => {
    const result = spawnSync(process.execPath, [bin, 'leaky.txt', '--format', 'json'], {cwd: dir, encoding: 'utf8'})
    const file = JSON.parse(result.stdout).files[0]
    expect(file.criteria.find((c: {id: string}) => c.id === 'confidentiality').status).toBe('fail')
    expect(file.masks.length).toBeGreaterThanOrEqual(8)
  })

  for (const format of names) {
    it(`${format}: stdout, stderr and --output`, () => {
      const printed = spawnSync(process.execPath, [bin, 'leaky.txt', '--format', format, '--explain'], {cwd: dir, encoding: 'utf8'})
      expect(printed.status).toBe(1)
      expect(leaks(printed.stdout)).toEqual([])
      expect(leaks(printed.stderr)).toEqual([])
      const output = join(dir, `report.${format}`)
      const written = spawnSync(process.execPath, [bin, 'leaky.txt', '--format', format, '--output', output], {cwd: dir, encoding: 'utf8'})
      expect(written.status).toBe(1)
      expect(leaks(readFileSync(output, 'utf8'))).toEqual([])
    })
  }

  it('a baseline file holds no secret either', () => {
    const baseline = join(dir, 'baseline.json')
    spawnSync(process.execPath, [bin, 'leaky.txt', '--write-baseline', baseline], {cwd: dir, encoding: 'utf8'})
    expect(leaks(readFileSync(baseline, 'utf8'))).toEqual([])
  })
})
