/**
 * A self-contained HTML report: no network, inline CSS, prints well. Per file: the criteria table,
 * the facts, explanations of failed criteria, and the draft with its parts shaded and every finding
 * highlighted in place (message on hover and keyboard focus). For several files, an index with a
 * files × criteria matrix and a class summary comes first. Confidential values are masked in the
 * rendered draft: the page is often shared.
 */
import {criteriaInfo} from '../engine/criteria.js'
import type {CriterionResult, FileReport, Finding, Rule, RunReport} from '../types.js'
import {relativePath} from './paths.js'
import {plural} from './plural.js'
import type {FormatOptions, Formatter} from './types.js'

export const html: Formatter = (report, options) => {
  const rules = new Map(options.rules.map((rule) => [rule.id, rule]))
  const files = report.files.map((file, index) => fileSection(file, index, options, rules)).join('\n')
  const index = report.files.length > 1 ? indexSection(report, options) : ''
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="corrlint ${escape(report.version)}">
<title>corrlint report</title>
<style>${css}</style>
</head>
<body>
<header><h1>corrlint report</h1><p>${plural(report.summary.files, 'file')} checked · ${plural(report.summary.errors, 'error')} · ${plural(report.summary.warnings, 'warning')}</p></header>
<main>
${index}
${files}
</main>
</body>
</html>
`
}

function indexSection(report: RunReport, options: FormatOptions): string {
  const ids = Object.keys(criteriaInfo) as Array<keyof typeof criteriaInfo>
  const head = ids.map((id) => `<th scope="col">${escape(criteriaInfo[id].title)}</th>`).join('')
  const rows = report.files
    .map((file, index) => {
      const cells = ids
        .map((id) => {
          const result = file.criteria.find((item) => item.id === id)
          const count = file.findings.filter((finding) => finding.criterion === id).length
          return `<td>${file.fatal ? '<span class="na">–</span>' : status(result, true)}${count ? ` <span class="count" title="${count} finding${count === 1 ? '' : 's'}">${count}</span>` : ''}</td>`
        })
        .join('')
      const grade = file.facts.readingGrade === undefined ? '–' : String(file.facts.readingGrade)
      return `<tr><th scope="row"><a href="#file-${index}">${escape(relativePath(file.path, options.cwd))}</a></th>${cells}<td>${grade}</td></tr>`
    })
    .join('\n')
  const summary = ids
    .map((id) => {
      const counts = report.summary.criteria[id]
      const checked = counts.pass + counts.fail
      return `<li>${escape(criteriaInfo[id].title)}: ${checked === 0 ? 'not checked' : `${counts.pass} of ${checked} passed`}</li>`
    })
    .join('')
  const top = report.summary.topRules
    .map((item) => `<li><code>${escape(item.ruleId)}</code> (${item.count})</li>`)
    .join('')
  return `<section id="index" aria-labelledby="index-title">
<h2 id="index-title">Class summary</h2>
<div class="scroll"><table class="matrix"><caption>Verdict per file and criterion (number of findings beside it)</caption>
<thead><tr><th scope="col">File</th>${head}<th scope="col">Reading grade</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
<h3>How many passed each criterion</h3><ul>${summary}</ul>
${top ? `<h3>Most frequent findings</h3><ol>${top}</ol>` : ''}
</section>`
}

function fileSection(file: FileReport, index: number, options: FormatOptions, rules: Map<string, Rule>): string {
  const name = escape(relativePath(file.path, options.cwd))
  if (file.fatal) {
    return `<section id="file-${index}" class="file"><h2>${name}</h2><p class="fatal"><strong>Could not be checked:</strong> ${escape(file.fatal)}</p></section>`
  }
  const criteria = file.criteria
    .map(
      (result) =>
        `<tr><th scope="row">${escape(result.title)}</th><td>${status(result)}</td><td>${escape(result.refs.join(', '))}</td><td>${result.errors}</td><td>${result.warnings}</td></tr>`
    )
    .join('\n')
  const facts = file.facts
  const grade = facts.readingGrade === undefined ? '' : ` · reading grade ${facts.readingGrade}`
  const explanations = file.criteria
    .filter((result) => result.status === 'fail')
    .map((result) => explanation(result, file, rules))
    .join('\n')
  const list = file.findings
    .map(
      (finding, n) =>
        `<li class="${finding.severity}"><a href="#f${index}-${n}">${where(finding)}</a> <strong>${finding.severity}</strong> ${escape(finding.message)}${finding.suggestion ? ` <span class="suggestion">→ ${escape(finding.suggestion)}</span>` : ''} <code>${escape(finding.ruleId)}</code></li>`
    )
    .join('\n')
  return `<section id="file-${index}" class="file" aria-labelledby="file-${index}-title">
<h2 id="file-${index}-title">${name} <small>(${escape(file.kind ?? 'draft')})</small></h2>
<table class="criteria"><caption>Criteria</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">Verdict</th><th scope="col">Assessment criteria</th><th scope="col">Errors</th><th scope="col">Warnings</th></tr></thead>
<tbody>
${criteria}
</tbody></table>
<p class="facts">${plural(facts.words, 'word')} · ${plural(facts.sentences, 'sentence')} · ${plural(facts.paragraphs, 'paragraph')}${grade}</p>
${explanations ? `<h3>What to improve</h3>\n${explanations}` : ''}
<h3>The draft</h3>
<p class="legend">Shaded by part: <span class="part part-opening">opening</span> <span class="part part-body">body</span> <span class="part part-closing">closing</span> <span class="part part-aside">set aside (not checked)</span>. <mark class="error">Errors</mark> are underlined with a solid line, <mark class="warning">warnings</mark> with a dotted line; hover or focus one to read it.</p>
${draft(file, index)}
<h3>Findings</h3>
${list ? `<ol class="findings">${list}</ol>` : '<p>No findings.</p>'}
</section>`
}

function explanation(result: CriterionResult, file: FileReport, rules: Map<string, Rule>): string {
  const info = criteriaInfo[result.id]
  const seen = new Set<string>()
  const examples: string[] = []
  for (const finding of file.findings) {
    if (finding.criterion !== result.id || finding.severity !== 'error' || seen.has(finding.ruleId)) continue
    seen.add(finding.ruleId)
    const rule = rules.get(finding.ruleId)
    if (!rule) continue
    examples.push(`<div class="example"><p><code>${escape(rule.id)}</code>: ${escape(rule.docs.why)}</p>
<div class="before"><strong>Before</strong><pre>${escape(rule.docs.fail)}</pre></div>
<div class="after"><strong>After</strong><pre>${escape(rule.docs.pass)}</pre></div></div>`)
  }
  return `<div class="explain"><h4>${escape(info.title)} — failed</h4><p>${escape(info.why)} <em>(assessment criteria ${escape(info.refs.join(', '))})</em></p>${examples.join('\n')}</div>`
}

/** The draft with parts shaded, findings marked and confidential values masked. */
function draft(file: FileReport, index: number): string {
  const text = file.original
  if (text === undefined) return '<p>(The draft text was not included in this report.)</p>'
  const cuts = new Set<number>([0, text.length])
  const blocks = partBlocks(file, text)
  for (const block of blocks) cuts.add(block.start).add(block.end)
  for (const finding of file.findings)
    cuts.add(finding.start.offset).add(Math.max(finding.end.offset, finding.start.offset))
  for (const mask of file.masks) cuts.add(mask.start).add(mask.end)
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b)
  const anchored = new Set<number>()
  const out: string[] = []
  // One sweep over the cut points: findings and masks enter at their start and leave at their end.
  const byStart = file.findings
    .map((finding, n) => ({finding, n}))
    .sort((a, b) => a.finding.start.offset - b.finding.start.offset)
  const masks = [...file.masks].sort((a, b) => a.start - b.start)
  let active: typeof byStart = []
  let nextFinding = 0
  let nextMask = 0
  let mask: (typeof masks)[number] | undefined
  let blockIndex = 0
  out.push(openBlock(blocks[0]))
  for (let p = 0; p < points.length - 1; p++) {
    const start = points[p]
    const end = points[p + 1]
    while (blockIndex < blocks.length - 1 && start >= blocks[blockIndex].end) {
      out.push('</pre></div>', openBlock(blocks[++blockIndex]))
    }
    while (nextFinding < byStart.length && byStart[nextFinding].finding.start.offset <= start)
      active.push(byStart[nextFinding++])
    active = active.filter(({finding}) => Math.max(finding.end.offset, finding.start.offset + 1) >= end)
    if (mask && mask.end <= start) mask = undefined
    while (nextMask < masks.length && masks[nextMask].start <= start) mask = masks[nextMask++]
    if (mask && mask.end <= start) mask = undefined
    let piece = mask
      ? mask.start === start
        ? `<span class="masked">${escape(mask.masked)}</span>`
        : ''
      : escape(text.slice(start, end))
    if (active.length > 0 && piece !== '') {
      const severity = active.some(({finding}) => finding.severity === 'error') ? 'error' : 'warning'
      const message = active.map(({finding}) => `${finding.severity}: ${finding.message}`).join('\n')
      const ids = active.filter(({n}) => !anchored.has(n)).map(({n}) => n)
      for (const n of ids) anchored.add(n)
      const id = ids.length > 0 ? ` id="f${index}-${ids[0]}"` : ''
      // Findings that start at the same place share the mark; each still gets its own anchor.
      const extra = ids
        .slice(1)
        .map((n) => `<span id="f${index}-${n}"></span>`)
        .join('')
      piece = `${extra}<mark class="${severity}"${id} tabindex="0" data-msg="${escape(message)}" title="${escape(message)}">${piece}</mark>`
    }
    out.push(piece)
  }
  out.push('</pre></div>')
  // A finding with an empty span (e.g. an empty subject) still gets its anchor.
  file.findings.forEach((finding, n) => {
    if (!anchored.has(n)) out.push(`<span id="f${index}-${n}"></span>`)
  })
  return `<div class="draft">${out.join('')}</div>`
}

function openBlock(block: Block | undefined): string {
  if (!block) return '<div class="part part-gap"><pre>'
  return `<div class="part part-${block.css}"><span class="part-label">${escape(block.kind)}</span><pre>`
}

interface Block {
  kind: string
  css: string
  start: number
  end: number
}

/** The text cut into consecutive blocks by part (whole lines), gaps labelled as blank. */
function partBlocks(file: FileReport, text: string): Block[] {
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1
  const lineEnd = (offset: number) => {
    const end = text.indexOf('\n', Math.max(offset - 1, 0))
    return end === -1 ? text.length : end + 1
  }
  const blocks: Block[] = []
  let at = 0
  for (const part of [...file.parts].sort((a, b) => a.start.offset - b.start.offset)) {
    const start = Math.max(lineStart(part.start.offset), at)
    const end = Math.max(lineEnd(part.end.offset), start)
    if (start > at) blocks.push({kind: ' ', css: 'gap', start: at, end: start})
    if (end > start) {
      const css = ['opening', 'body', 'closing', 'headers'].includes(part.kind) ? part.kind : 'aside'
      blocks.push({kind: part.kind, css, start, end})
    }
    at = end
  }
  if (at < text.length) blocks.push({kind: ' ', css: 'gap', start: at, end: text.length})
  return blocks
}

function status(result?: CriterionResult, compact = false): string {
  if (!result || result.status === 'not-checked')
    return compact ? '<span class="na" title="not checked">–</span>' : '<span class="na">– not checked</span>'
  return result.status === 'pass' ? '<span class="pass">✔ PASS</span>' : '<span class="fail">✘ FAIL</span>'
}

function where(finding: Finding): string {
  return finding.paragraph === undefined ? `${finding.start.line}:${finding.start.column}` : `¶${finding.paragraph}`
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

const css = `
:root{--ink:#1b1b1b;--muted:#555;--pass:#0a6b2d;--fail:#a4141b;--warn:#8a5a00;--opening:#eef5ff;--body:#fff;--closing:#f3efff;--headers:#f4f4f4;--aside:#ececec}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0 auto;max-width:72rem;padding:1rem}
h1{margin:.2rem 0}h2{border-top:2px solid #ccc;padding-top:1rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600;padding:.25rem 0}.scroll{overflow-x:auto}
.pass{color:var(--pass);font-weight:600}.fail{color:var(--fail);font-weight:700}.na{color:var(--muted)}
.count{display:inline-block;min-width:1.4em;padding:0 .3em;border-radius:.7em;background:#eee;font-size:.8em;text-align:center}
.draft{border:1px solid #bbb;border-radius:4px;overflow:hidden}
.part{position:relative;padding:.1rem .5rem .1rem 6.5rem;border-left:6px solid transparent}
.part pre{margin:0;white-space:pre-wrap;word-wrap:break-word;font:15px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.part-label{position:absolute;left:.5rem;top:.15rem;font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.part-opening{background:var(--opening);border-left-color:#4a7fd1}.part-body{background:var(--body);border-left-color:#999}
.part-closing{background:var(--closing);border-left-color:#7a56c9}.part-headers{background:var(--headers);border-left-color:#666}
.part-aside{background:var(--aside);border-left-color:#bbb;color:var(--muted)}.part-aside pre{font-style:italic}
.legend .part{padding:.05rem .4rem;border-left-width:4px;display:inline-block}
mark{background:#fff3b0;color:inherit;position:relative;cursor:help}
mark.error{background:#ffd9d9;text-decoration:underline solid var(--fail) 2px;text-underline-offset:3px}
mark.warning{background:#fff1c2;text-decoration:underline dotted var(--warn) 2px;text-underline-offset:3px}
mark:focus{outline:3px solid #1d5bd6;outline-offset:1px}
mark:hover::after,mark:focus::after{content:attr(data-msg);position:absolute;left:0;top:1.6em;z-index:2;width:max-content;max-width:32rem;white-space:pre-wrap;background:#222;color:#fff;padding:.35rem .5rem;border-radius:4px;font:13px/1.4 system-ui,sans-serif}
.masked{background:#222;color:#fff;border-radius:3px;padding:0 .2em}
.findings li{margin:.2rem 0}.findings li.error strong{color:var(--fail)}.findings li.warning strong{color:var(--warn)}
.suggestion{color:#0b5394}.fatal{color:var(--fail)}
.explain{border-left:4px solid var(--fail);padding:.25rem .75rem;margin:.5rem 0;background:#fff8f8}
.example{display:grid;grid-template-columns:1fr 1fr;gap:.5rem}.example p{grid-column:1/-1;margin:.25rem 0}
.before pre,.after pre{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;padding:.4rem;margin:.2rem 0;font-size:13px}
@media print{body{max-width:none;font-size:11pt}mark::after{display:none}.part{break-inside:avoid}a{color:inherit;text-decoration:none}h2{break-before:page}section#index+section h2{break-before:auto}}
`
