import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CorrlintError} from '../src/errors.js'
import {paragraphsSource} from '../src/input/docx.js'
import {readSource, sourceFromBytes} from '../src/input/index.js'
import type {Source} from '../src/types.js'

const fixtures = new URL('../fixtures/', import.meta.url).pathname
const utf8 = (text: string) => new TextEncoder().encode(text)
const {docx, zip} = (await import('../scripts/make-docx.mjs' as string)) as {
  docx(paragraphs: string[]): Uint8Array
  zip(files: Record<string, string>): Uint8Array
}

/** 1-based line and column of an offset in `original`. */
function place(source: Source, offset: number): string {
  const before = source.original.slice(0, offset).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}

/** Where the first occurrence of `needle` in `text` lands in the original. */
function placeOf(source: Source, needle: string): string {
  const at = source.text.indexOf(needle)
  expect(at, needle).toBeGreaterThanOrEqual(0)
  return place(source, source.toOriginal(at))
}

async function error(promise: Promise<unknown>): Promise<CorrlintError> {
  try {
    await promise
  } catch (caught) {
    expect(caught).toBeInstanceOf(CorrlintError)
    expect((caught as Error).message).not.toContain('\n')
    return caught as CorrlintError
  }
  throw new Error('expected a CorrlintError')
}

describe('decoding', () => {
  it('removes a UTF-8 byte order mark from the original', async () => {
    const source = await readSource(join(fixtures, 'fmt-utf8-bom.txt'))
    expect(source.original.startsWith('Dear Mr Ahmed,')).toBe(true)
    expect(source.text).toBe(source.original)
  })

  it('reads UTF-16 LE and BE with a byte order mark', async () => {
    const le = await readSource(join(fixtures, 'fmt-utf16.txt'))
    expect(le.text.startsWith('Hello Ms Evans,\n')).toBe(true)
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69, 0x20, 0x19])
    expect((await sourceFromBytes(be, 'be.txt')).text).toBe('Hi\u2019')
  })

  it('falls back to Windows-1252 for bytes that are not UTF-8', async () => {
    const source = await readSource(join(fixtures, 'fmt-latin1.txt'))
    expect(source.text.startsWith('Dear Mrs O\u2019Brien,')).toBe(true)
    expect(source.text).toContain('refunded the £45 delivery charge')
  })

  it('keeps CRLF text the same length: the \\r becomes a space and offsets are the identity', async () => {
    const source = await readSource(join(fixtures, 'fmt-crlf.txt'))
    expect(source.text.length).toBe(source.original.length)
    expect(source.text).not.toContain('\r')
    expect(source.text.startsWith('Hi Mr Turner, \n \nThank you')).toBe(true)
    expect(source.toOriginal(42)).toBe(42)
  })

  it('turns a lone \\r into a line break in both text and original', async () => {
    const source = await sourceFromBytes(utf8('Dear Mr Hill,\r\rThanks.\r'), 'mac.txt')
    expect(source.text).toBe('Dear Mr Hill,\n\nThanks.\n')
    expect(placeOf(source, 'Thanks')).toBe('3:1')
  })
})

describe('format detection', () => {
  it('sniffs files with an unknown extension', async () => {
    const eml = await readSource(join(fixtures, 'fmt-reply-chain.eml'))
    expect((await sourceFromBytes(utf8(eml.original), 'message.msg')).format).toBe('eml')
    expect((await sourceFromBytes(utf8('<!DOCTYPE html><p>Hi</p>'), 'page.xyz')).format).toBe('html')
    expect((await sourceFromBytes(docx(['Dear Jo,']), 'letter.bin')).format).toBe('docx')
    expect((await sourceFromBytes(utf8('Dear Jo,\n'), 'draft')).format).toBe('text')
  })

  it('lets the caller force a format', async () => {
    const source = await sourceFromBytes(utf8('# Hello\n'), 'stdin', 'markdown')
    expect(source.format).toBe('markdown')
    expect(source.text).toBe('  Hello\n')
  })
})

describe('markdown', () => {
  it('blanks markup with spaces so every word keeps its offset', async () => {
    const original = '# Refund\n\nHi **Jo**, see *this* and [your account](https://x.example/a).\n\n- Item `code`\n'
    const source = await sourceFromBytes(utf8(original), 'draft.md')
    expect(source.text).toBe(`  Refund\n\nHi   Jo  , see  this  and  your account${' '.repeat(22)}.\n\n  Item       \n`)
    expect(source.text.length).toBe(original.length)
    expect(source.toOriginal(source.text.indexOf('account'))).toBe(original.indexOf('account'))
  })

  it('leaves unclosed brackets, backticks and emphasis as they are', async () => {
    const original = `${'['.repeat(50)} see \`this and *that and [x](y\n`
    const source = await sourceFromBytes(utf8(original), 'a.md')
    expect(source.text).toBe(original)
  })

  it('leaves snake_case and lone asterisks alone', async () => {
    const source = await sourceFromBytes(utf8('Use file_name_here and 5 * 3.\n'), 'a.md')
    expect(source.text).toBe('Use file_name_here and 5 * 3.\n')
  })

  it('sets a blockquote aside as a quote and parses control comments', async () => {
    const source = await readSource(join(fixtures, 'fmt-quoted-customer.md'))
    const [quote] = source.setAside!
    expect(quote.kind).toBe('quote')
    expect(source.text.slice(quote.start, quote.end)).toBe(
      "  I've been charged twice for my broadband this month and nobody has called me back.\n  This is really not good enough."
    )
    const directives = (await readSource(join(fixtures, 'fmt-directives.md'))).directives!
    expect(directives.map(({kind, rules}) => ({kind, rules}))).toEqual([
      {kind: 'disable', rules: ['tone/blame', 'clarity']},
      {kind: 'enable', rules: []}
    ])
  })
})

describe('html', () => {
  it('gives the visible text with paragraph breaks, <br> as a line break and entities decoded', async () => {
    const source = await readSource(join(fixtures, 'fmt-entities.html'))
    expect(source.text).toBe(
      'Dear Mr & Mrs Wright,\n\nThank you for your order. Your new fridge\u2013freezer will be delivered on Friday 21 March.\nOur driver will call you 30 minutes before arriving.\n\nThe total paid was £649.00, including removal of your old appliance.\n\nKind regards,\nLiam Baker\nDelivery Team'
    )
  })

  it('maps offsets back to the line and column of the HTML source', async () => {
    const source = await readSource(join(fixtures, 'fmt-entities.html'))
    expect(placeOf(source, 'Dear')).toBe('3:4')
    expect(placeOf(source, 'Mrs Wright')).toBe('3:18')
    expect(placeOf(source, '£649')).toBe('6:23')
    expect(placeOf(source, 'Our driver')).toBe('5:1')
    expect(placeOf(source, 'Liam')).toBe('7:21')
  })

  it('drops scripts and styles and sets quoted replies aside', async () => {
    const newsletter = await readSource(join(fixtures, 'fmt-newsletter.html'))
    expect(newsletter.text).not.toContain('track(')
    expect(newsletter.text).not.toContain('font-family')
    const preheader = await sourceFromBytes(
      utf8('<div style="display: none">Your delivery day is changing</div><p hidden>x</p><p>Dear Jo,</p>'),
      'a.html'
    )
    expect(preheader.text).toBe('Dear Jo,')
    const gmail = await readSource(join(fixtures, 'fmt-gmail-reply.html'))
    expect(gmail.setAside!.map((part) => [part.kind, gmail.text.slice(part.start, part.end)])).toEqual([
      [
        'quote',
        'On Mon, 10 Mar 2025 at 11:20, Janet Cole <janet.cole@example.com> wrote:\n\nMy order came with only half the items. Where is the rest???'
      ]
    ])
    const outlook = await readSource(join(fixtures, 'fmt-outlook-reply.html'))
    const quote = outlook.setAside![0]
    expect(outlook.text.slice(quote.start)).toMatch(/^From: Femi Adebayo/)
    expect(quote.end).toBe(outlook.text.length)
  })

  it('reads HTML nested too deeply for the syntax tree with a flat scan, keeping positions', async () => {
    const html = `${'<div>'.repeat(30000)}<p>Dear Sam,</p><p>Your refund &amp; apology.</p><blockquote>Where is it?</blockquote><script>x()</script>${'</div>'.repeat(30000)}`
    const source = await sourceFromBytes(utf8(html), 'deep.html')
    expect(source.text).toBe('Dear Sam,\n\nYour refund & apology.\n\nWhere is it?')
    expect(source.toOriginal(source.text.indexOf('apology'))).toBe(html.indexOf('apology'))
    expect(source.setAside).toEqual([{start: source.text.indexOf('Where'), end: source.text.length, kind: 'quote'}])
  })

  it('reads control comments as directives at their place in the text', async () => {
    const source = await sourceFromBytes(utf8('<p>Hi</p><!-- corrlint-disable tone --><p>Bye</p>'), 'a.html')
    expect(source.directives).toEqual([{kind: 'disable', rules: ['tone'], start: 2, end: 2}])
  })
})

describe('eml', () => {
  it('puts the decoded headers first, then a blank line and the text/plain body', async () => {
    const source = await readSource(join(fixtures, 'fmt-outlook-forward.eml'))
    expect(source.text.split('\n').slice(0, 7)).toEqual([
      'Subject: FW: Complaint about engineer visit',
      'From: Mike Daniels <mike.daniels@example-broadband.co.uk>',
      'To: Complaints Team <complaints@example-broadband.co.uk>',
      'Cc: Sarah Lowe <sarah.lowe@example-broadband.co.uk>',
      'Date: Fri, 14 Mar 2025 12:30:00 +0000',
      '',
      'Hi team,'
    ])
    const subject = source.headers!.subject!
    expect(source.text.slice(subject.start, subject.end)).toBe('FW: Complaint about engineer visit')
    expect(place(source, source.toOriginal(subject.start))).toBe('3:10')
    expect(placeOf(source, 'Sarah Lowe')).toBe('6:5')
    expect(placeOf(source, 'Please can someone')).toBe('14:1')
    expect(placeOf(source, 'Mrs Harper today')).toBe('14:25')
  })

  it('decodes quoted-printable Latin-1 and RFC 2047 headers, mapping into the soft-wrapped lines', async () => {
    const source = await readSource(join(fixtures, 'fmt-qp-latin1.eml'))
    expect(source.headers!.subject!.value).toBe('Your missing payment £120')
    expect(source.text).toContain('Dear Mrs Müller,')
    expect(source.text).toContain('payment of £120.00 was applied')
    expect(placeOf(source, 'Dear')).toBe('11:1')
    const raw = source.original.split('\n')
    const [line, column] = placeOf(source, 'no late fee').split(':').map(Number)
    expect(raw[line - 1].slice(column - 1)).toMatch(/^no late fee/)
    expect(line).toBeGreaterThan(13)
  })

  it('maps a base64 body to the start of its part', async () => {
    const source = await readSource(join(fixtures, 'fmt-base64.eml'))
    expect(source.text).toContain('Your new SIM card is on its way')
    expect(placeOf(source, 'Thursday')).toBe('11:1')
  })

  it('uses the HTML part when there is no text part, with its blockquote set aside', async () => {
    const source = await readSource(join(fixtures, 'fmt-html-only.eml'))
    expect(source.text).toContain('\n\nDear Ms Fenwick,\n\nI am sorry')
    expect(placeOf(source, 'Dear Ms Fenwick')).toBe('12:4')
    expect(source.setAside!.map((part) => source.text.slice(part.start, part.end))).toEqual([
      'One of the chairs has a broken leg. Its unacceptable for the price I paid.'
    ])
  })

  it('lists attachments by file name and does not read them as text', async () => {
    const source = await readSource(join(fixtures, 'fmt-attachment.eml'))
    expect(source.attachments).toEqual(['INV-2291.pdf'])
    expect(source.text).not.toContain('JVBER')
  })

  it('keeps format=flowed lines as they are in the file, so a reply is not glued to a quote', async () => {
    const raw =
      'Subject: Re: Test\r\nFrom: Bob <bob@example.com>\r\nContent-Type: text/plain; charset="us-ascii"; format="flowed"\r\nContent-Transfer-Encoding: 7bit\r\n\r\nOn 02/04/2025 18:26, Meg wrote:\r\n> Hi \r\nHello\r\n'
    const source = await sourceFromBytes(utf8(raw), 'flowed.eml')
    expect(source.text.split('\n').slice(-4)).toEqual(['On 02/04/2025 18:26, Meg wrote:', '> Hi ', 'Hello', ''])
    expect(placeOf(source, 'Hello')).toBe('8:1')
  })

  it('recovers from a message that is not really MIME', async () => {
    const source = await sourceFromBytes(utf8('Hello, this was saved with the wrong extension.\n'), 'x.eml')
    expect(source.format).toBe('text')
    expect(source.text).toBe('Hello, this was saved with the wrong extension.\n')
  })

  it('survives a broken multipart boundary', async () => {
    const raw =
      'Subject: Hi\r\nFrom: a@example.com\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nDear Jo,\r\nThanks.\r\n'
    const source = await sourceFromBytes(utf8(raw), 'broken.eml')
    expect(source.text).toContain('Dear Jo,')
    expect(source.headers!.subject!.value).toBe('Hi')
  })
})

describe('docx', () => {
  it('gives one paragraph per line of the original and reports paragraphs', async () => {
    const source = await readSource(join(fixtures, 'fmt-letter-both-addresses.docx'))
    expect(source.positionStyle).toBe('paragraph')
    const paragraphs = source.original.split('\n')
    expect(paragraphs).toHaveLength(25)
    expect(paragraphs[15]).toBe('Dear Mrs Rahman,')
    expect(placeOf(source, 'Dear Mrs Rahman')).toBe('16:1')
    expect(placeOf(source, 'I am pleased')).toBe(`19:${paragraphs[18].indexOf('I am pleased') + 1}`)
  })

  it('keeps short address and signature lines together and separates prose paragraphs with a blank line', () => {
    const source = paragraphsSource('a.docx', [
      '1 High Street',
      'Leeds',
      'Dear Jo,',
      'Thank you for your letter about the delivery.',
      'It arrived today.',
      'Kind regards,',
      'Sam Patel',
      'Customer Service'
    ])
    expect(source.text).toBe(
      '1 High Street\nLeeds\n\nDear Jo,\n\nThank you for your letter about the delivery.\n\nIt arrived today.\n\nKind regards,\nSam Patel\nCustomer Service'
    )
  })

  it('refuses a file that is not a Word document', async () => {
    expect((await error(sourceFromBytes(utf8('just text'), 'fake.docx'))).message).toBe(
      'fake.docx: not a valid .docx file (expected a Word document zip containing word/document.xml)'
    )
    const otherZip = zip({'readme.txt': 'hello'})
    expect((await error(sourceFromBytes(otherZip, 'other.docx'))).message).toMatch(
      /^other\.docx: not a valid \.docx file/
    )
  })

  it('refuses a zip bomb whose directory lies about its sizes', async () => {
    const bytes = new Uint8Array(docx([' '.repeat(80 * 1024 * 1024)]))
    // Claim 100 bytes for every entry: only inflating with a cap can tell.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 100, true)
    }
    expect((await error(sourceFromBytes(bytes, 'liar.docx'))).message).toBe(
      'liar.docx: refusing to open: the .docx is damaged or would expand past 64 MB'
    )
  })

  it('refuses a zip bomb before inflating it', async () => {
    const bytes = new Uint8Array(docx(['Dear Jo,']))
    // Declare a huge uncompressed size for every central directory entry.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true)
    }
    expect((await error(sourceFromBytes(bytes, 'bomb.docx'))).message).toMatch(
      /^bomb\.docx: refusing to open: the \.docx would expand to \d+ MB/
    )
  })
})

describe('errors a user can cause', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrlint-input-'))

  it('names the file that is not there', async () => {
    const path = join(dir, 'missing.txt')
    expect((await error(readSource(path))).message).toBe(`${path}: file not found`)
  })

  it('refuses a directory', async () => {
    mkdirSync(join(dir, 'drafts'))
    expect((await error(readSource(join(dir, 'drafts')))).message).toMatch(/drafts: is a folder with no drafts in it/)
  })

  it('refuses a file over the size limit and says how to raise it', async () => {
    const path = join(dir, 'big.txt')
    writeFileSync(path, 'x'.repeat(2048))
    expect((await error(readSource(path, {maxBytes: 1024}))).message).toBe(
      `${path}: file is too large (2048 bytes; the limit is 1024 bytes) — raise it with --max-file-size`
    )
  })

  it('reads a relative path from the folder given as cwd, naming the path as given', async () => {
    mkdirSync(join(dir, 'project', 'drafts'), {recursive: true})
    writeFileSync(join(dir, 'project', 'drafts', 'reply.txt'), 'Dear Sam,\n\nThank you.\n')
    const source = await readSource('drafts/reply.txt', {cwd: join(dir, 'project')})
    expect(source.path).toBe('drafts/reply.txt')
    expect(source.original).toBe('Dear Sam,\n\nThank you.\n')
    expect((await error(readSource('drafts/gone.txt', {cwd: join(dir, 'project')}))).message).toBe(
      'drafts/gone.txt: file not found'
    )
    expect((await error(readSource('drafts/reply.txt', {cwd: join(dir, 'project'), maxBytes: 4}))).message).toMatch(
      /^drafts\/reply\.txt: file is too large/
    )
    expect((await error(readSource('drafts', {cwd: join(dir, 'project')}))).message).toMatch(/^drafts: is a folder/)
  })

  it('refuses binary files', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
    expect((await error(sourceFromBytes(png, 'photo.txt'))).message).toBe(
      'photo.txt: cannot check a PNG image; corrlint reads .txt, .md, .eml, .html and .docx'
    )
    expect((await error(sourceFromBytes(new Uint8Array([65, 0, 66]), 'data.txt'))).message).toMatch(
      /^data\.txt: cannot check a binary file/
    )
  })
})
