#!/usr/bin/env node
/**
 * Write the .docx fixtures (fixtures/fmt-*.docx) from the paragraphs below, with no dependency
 * but node:zlib: a minimal WordprocessingML package (content types, relationships, document)
 * zipped by hand. Run: node scripts/make-docx.mjs
 */
import {writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {crc32, deflateRawSync} from 'node:zlib'

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures')

/** Each document: its file name and its Word paragraphs ('' is an empty paragraph). */
const DOCUMENTS = {
  'fmt-letter-both-addresses.docx': [
    'Northway Home Insurance',
    'Customer Relations',
    'PO Box 4821',
    'Leeds',
    'LS1 9ZZ',
    '',
    'Mrs Aisha Rahman',
    '14 Willow Crescent',
    'Harrogate',
    'HG2 7QP',
    '',
    '12 March 2025',
    '',
    'Our reference: NHI-558213',
    '',
    'Dear Mrs Rahman,',
    '',
    'Thank you for your letter of 3 March about your claim for the water damage to your kitchen ceiling.',
    "I have reviewed the claim and the plumber's report you sent. I am pleased to confirm that we will pay £1,240 to repair the ceiling, less your £100 excess. The payment of £1,140 will reach your bank account within five working days.",
    'If you have any questions, please call me on 0113 496 0123, Monday to Friday, 9am to 5pm.',
    '',
    'Yours sincerely,',
    '',
    'Daniel Okafor',
    'Claims Handler'
  ],
  'fmt-complaint-response.docx': [
    'Brightline Energy',
    '2 Station Road',
    'Bristol',
    'BS1 6AA',
    '',
    '20 May 2025',
    '',
    'Mr Thomas Hughes',
    '7 Orchard Lane',
    'Bath',
    'BA2 3LL',
    '',
    'Dear Mr Hughes,',
    '',
    'Re: Your complaint about your final bill',
    '',
    'I am sorry that your final bill was sent to your old address and that you were charged a late payment fee.',
    'We have removed the late payment fee of £25 and updated your address. Your corrected final bill is enclosed and shows a balance of £48.30.',
    'You do not need to do anything else. If you are unhappy with this response, you can refer your complaint to the Energy Ombudsman within six months of this letter.',
    '',
    'Yours sincerely,',
    '',
    'Rebecca Lloyd',
    'Complaints Team'
  ]
}

function documentXml(paragraphs) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const body = paragraphs
    .map((text) => (text === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`))
    .join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

/** A zip archive of `files` (name → text), deflated, with a fixed timestamp so output is stable. */
export function zip(files) {
  const locals = []
  const centrals = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8')
    const packed = deflateRawSync(data)
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x5a21, 12) // 2025-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x5a21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, packed)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + packed.length
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, ...centrals, end])
}

/** The bytes of a .docx whose body is `paragraphs`. */
export function docx(paragraphs) {
  return zip({'[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/document.xml': documentXml(paragraphs)})
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, paragraphs] of Object.entries(DOCUMENTS)) {
    writeFileSync(resolve(fixtures, name), docx(paragraphs))
    console.log(`wrote fixtures/${name}`)
  }
}
