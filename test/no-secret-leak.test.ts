/**
 * corrlint runs in public CI logs: its report must never repeat a confidential value it found.
 * Every registered format (read from the registry, so formats added later are covered), on
 * standard output and with --output, with --explain, a baseline and the error message of a file
 * that cannot be read, over drafts with secrets in the body, the subject, a quoted reply, the
 * signature, HTML attributes and Markdown links, is searched for each secret, for its digits
 * without separators, and for any run of 8 or more of its consecutive digits (issue #22).
 */
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {formatters} from '../src/report/index.js'
import {runInProcess} from './support/cli.js'

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

/** Issue #22: values a quote cuts, written with other separators, or found once and repeated elsewhere. */
const more = {
  refundCard: '4526 0181 5908 3012',
  nbspCard: '4539\u00a01488\u00a00343\u00a06467',
  dotCard: '4000.0566.5566.5556',
  tabCard: '5555\t5555\t5555\t4444',
  dashCard: '3782 - 822463 - 10005',
  brokenCard: '6011 1111\n1111 1117',
  aws: 'AKIAZ7QW4RT2PLM9XK3B',
  jwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  keyBody: 'MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu',
  subjectCard: '4532 0151 1283 0366',
  quotedCard: '4716 1089 9971 6531',
  signaturePassword: 'Kestrel-Wharf-84'
}
const allSecrets: Record<string, string> = {...secrets, ...more}

const cut = `We have refunded £142.50 to card ${more.refundCard} and it should reach your account within three to five working days from today, although some banks can take a little longer than that to show it on your statement.`
const moreBody = `${cut}

Your other cards are ${more.nbspCard}, ${more.dotCard}, ${more.tabCard}, ${more.dashCard} and ${more.brokenCard}.

Your access key is ${more.aws} and your session token is ${more.jwt} for the test.

-----BEGIN RSA PRIVATE KEY-----
${more.keyBody}
KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ==
-----END RSA PRIVATE KEY-----`

writeFileSync(
  join(dir, 'leaky.eml'),
  `From: Sam Okafor <sam@example.com>
To: anita.patel@example.org
Subject: Refund to card ${more.subjectCard}
X-Card: ${more.refundCard.replace(/ /g, '')}
Content-Type: text/plain; charset=utf-8

Dear Mrs Patel,

Thank you for your email. Your card ${more.subjectCard} is the one we refunded.

${moreBody}

If you have any questions, please call us on 0161 496 0000.

Kind regards,
Sam Okafor
Customer Relations Team
Temporary password: ${more.signaturePassword}

On Monday, Anita Patel wrote:
> Please refund my card ${more.quotedCard}, my card number is ${more.quotedCard}.
> My password is ${more.signaturePassword}.
`
)

writeFileSync(
  join(dir, 'leaky.html'),
  `<html><head><title>Refund to card ${more.refundCard}</title></head><body>
<p>Dear Mrs Patel,</p>
<p>${cut}</p>
<p>Your temporary password is ${secrets.password.replace('&', '&amp;')} and you can <a href="https://example.com/login?pw=${encodeURIComponent(secrets.password)}&amp;card=${more.refundCard.replace(/ /g, '')}" title="card ${more.refundCard}">sign in here</a>.</p>
<p><img src="card.png" alt="card ${more.refundCard.replace(/ /g, '-')}"></p>
<p>Your access key is ${more.aws} and your session token is ${more.jwt} for the test.</p>
<p>If you have any questions, please call us on 0161 496 0000.</p>
<p>Kind regards,<br>Sam Okafor<br>Customer Relations Team</p>
</body></html>
`
)

writeFileSync(
  join(dir, 'leaky.md'),
  `Dear Mrs Patel,

${cut}

See [your refund](https://example.com/r?card=${more.refundCard.replace(/ /g, '')}), the code \`${more.refundCard.replace(/ /g, '-')}\` and ![card ${more.refundCard}](card.png).

Your access key is ${more.aws} and your session token is ${more.jwt} for the test.

If you have any questions, please call us on 0161 496 0000.

Kind regards,
Sam Okafor
`
)

// A file that cannot be read: its error message must not quote it.
writeFileSync(join(dir, 'broken.docx'), `PK not a zip: card ${more.refundCard} ${more.jwt}`)

const drafts = ['leaky.txt', 'leaky.eml', 'leaky.html', 'leaky.md']

/** Digit runs with their separators taken out (`4526 0181` → `45260181`), to find digits however they are spaced. */
function joinedDigits(text: string): string {
  return text.replace(/(\d)[\s.\u00a0-]{1,3}(?=\d)/g, '$1')
}

function leaks(text: string): string[] {
  const found: string[] = []
  const joined = joinedDigits(text)
  for (const [name, value] of Object.entries(allSecrets)) {
    // Short values (CVV, PIN) are checked in context, where they cannot be confused with a line number.
    const forms =
      value.length <= 4
        ? [`is ${value}`, `(CVV) is ${value}`]
        : [value, value.replace(/[\s-]/g, ''), JSON.stringify(value).slice(1, -1)]
    for (const form of forms) if (text.includes(form)) found.push(`${name}: ${form}`)
    // Any 8 consecutive digits of the value, however the output spaces them.
    const digits = value.replace(/\D/g, '')
    for (let at = 0; at + 8 <= digits.length; at++) {
      const run = digits.slice(at, at + 8)
      // Eight of one digit (`5500-0000-0000-0004`) says nothing: --explain's examples have `0000000000`.
      if (/^(\d)\1*$/.test(run)) continue
      if (joined.includes(run)) {
        found.push(`${name}: digits ${run}`)
        break
      }
    }
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
    it(`${format}: stdout, stderr and --output`, async () => {
      const printed = spawnSync(process.execPath, [bin, ...drafts, 'broken.docx', '--format', format, '--explain'], {
        cwd: dir,
        encoding: 'utf8'
      })
      expect(printed.status).toBe(2)
      expect(printed.stderr).toContain('broken.docx')
      expect(leaks(printed.stdout)).toEqual([])
      expect(leaks(printed.stderr)).toEqual([])
      // Each draft alone (a report of one file is laid out differently): the same program in this
      // process, as the built one above already went through the process's own streams.
      for (const name of drafts) {
        const one = await runInProcess([name, '--format', format], {cwd: dir})
        expect(one.code).toBe(1)
        expect(leaks(one.stdout)).toEqual([])
        expect(leaks(one.stderr)).toEqual([])
      }
      const output = join(dir, `report.${format}`)
      const written = await runInProcess([...drafts, '--format', format, '-o', output], {cwd: dir})
      expect(written.code).toBe(1)
      expect(leaks(readFileSync(output, 'utf8'))).toEqual([])
    })
  }

  it('switching the criterion or a rule off does not switch masking off', async () => {
    writeFileSync(join(dir, 'off.json'), JSON.stringify({criteria: {confidentiality: false}}))
    for (const args of [
      ['--config', 'off.json'],
      [
        '--rule',
        'confidentiality/card-number=off',
        '--rule',
        'confidentiality/secret=off',
        '--rule',
        'confidentiality/credential=off'
      ]
    ]) {
      for (const format of ['html', 'json', 'stylish']) {
        const printed = await runInProcess([...drafts, '--format', format, ...args], {cwd: dir})
        expect(leaks(printed.stdout)).toEqual([])
      }
    }
  })

  it('--watch prints no secret in its reports', async () => {
    const child = spawn(process.execPath, [bin, '--watch', ...drafts, '--no-color'], {cwd: dir})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    try {
      for (
        const started = Date.now();
        !/Watching .*\n/.test(stdout);
        await new Promise((resolve) => setTimeout(resolve, 50))
      ) {
        if (Date.now() - started > 30_000)
          throw new Error(`--watch printed no report; stdout:\n${stdout}\nstderr:\n${stderr}`)
      }
    } finally {
      child.kill()
    }
    expect(stdout).toContain('Confidentiality')
    expect(leaks(stdout)).toEqual([])
    expect(leaks(stderr)).toEqual([])
  })

  it('a baseline file holds no secret either', async () => {
    const baseline = join(dir, 'baseline.json')
    await runInProcess([...drafts, '--write-baseline', baseline], {cwd: dir})
    expect(leaks(readFileSync(baseline, 'utf8'))).toEqual([])
  })

  it('the checks would see a leak: every secret is in the drafts, and a report of a draft without masking would hold them', () => {
    const all = drafts.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n')
    expect(leaks(all).length).toBeGreaterThanOrEqual(Object.keys(allSecrets).length - 2)
  })
})
