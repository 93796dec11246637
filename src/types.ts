/**
 * The shared vocabulary of corrlint: sources, documents, rules, findings and reports.
 *
 * Data flows one way: input (Source) → document (CorrDocument) → engine (rules → RawFinding)
 * → report (FileReport, RunReport) → format. Offsets inside a CorrDocument index `doc.text`;
 * the engine maps them to the original file with `source.toOriginal` before a report is built.
 */

/** A criterion's id: one of those registered in rules/criteria.ts (the list of ids is CRITERIA there). */
export type CriterionId = typeof import('../rules/criteria.js')['criteria'][number]['id']

/**
 * A criterion as its folder defines it (rules/<id>/criterion.ts) and rules/criteria.ts registers
 * it: what it means, for reports and `corrlint explain`, and its rules.
 */
export interface CriterionDefinition {
  id: string
  title: string
  /** OCR unit assessment criteria it serves. */
  refs: readonly string[]
  /** What it checks, in one sentence. */
  summary: string
  /** Why it matters to the reader. */
  why: string
  /** It judges the writer's prose: a draft with no body of its own leaves it not checked, not passed. */
  judgesProse?: boolean
  rules: readonly Rule[]
}

export type Severity = 'error' | 'warning'
export type SeverityOrOff = Severity | 'off'

/** Input formats corrlint reads: one of those registered in src/input/formats.ts. */
export type SourceFormat = typeof import('./input/formats.js')['formats'][number]['name']

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  start: number
  end: number
}

/**
 * A file (or standard input) read and decoded into text to analyse.
 *
 * `text` is what the document splitter and the rules see. Markup, MIME structure and encodings are
 * removed from it; wherever possible a format keeps `text` the same length as `original` by
 * blanking markup with spaces, so that `toOriginal` is the identity.
 */
export interface Source {
  /** The path as the user gave it, or `<stdin>` (or the `--stdin-filename`). */
  path: string
  format: SourceFormat
  /** The file as decoded text (BOM removed). Line and column refer to this string. */
  original: string
  /** The text to analyse. */
  text: string
  /** Map an offset in `text` to an offset in `original`. */
  toOriginal(offset: number): number
  /** Headers found by the reader (e.g. `.eml`), with spans in `text` when they are part of it. */
  headers?: Partial<Record<HeaderName, HeaderField>>
  /** For `.eml`: attachment file names. */
  attachments?: string[]
  /** For `.docx`: positions are reported as paragraph numbers (one paragraph per line of `original`). */
  positionStyle?: 'line' | 'paragraph'
  /** Spans of `text` the reader already knows are not the writer's prose (e.g. an HTML quoted block). */
  setAside?: SetAsidePart[]
  /** Inline control comments found in markup (`<!-- corrlint-disable rule -->`), spans in `text`. */
  directives?: Directive[]
}

export type HeaderName = 'subject' | 'from' | 'to' | 'cc' | 'bcc' | 'date' | 'replyTo'

export interface HeaderField extends Span {
  value: string
}

export interface Directive extends Span {
  kind: 'disable' | 'enable'
  /** Rule ids or criterion ids; empty means all. */
  rules: string[]
}

export type SetAsideKind = 'quote' | 'forward' | 'signature' | 'disclaimer' | 'footer' | 'markup' | 'enclosure'

export interface SetAsidePart extends Span {
  kind: SetAsideKind
}

/** What kind of correspondence the splitter decided it is reading. */
export type DocumentKind = 'email' | 'letter'

export type PartKind = 'headers' | 'opening' | 'body' | 'closing' | SetAsideKind

/** One line-level region of the document, for showing "how the draft was read". */
export interface Part extends Span {
  kind: PartKind
}

export interface Salutation extends Span {
  /** The whole salutation line, e.g. `Dear Mrs Patel,`. */
  text: string
  /** The greeting word(s): `Dear`, `Hi`, `Hello`, `Good morning`. */
  greeting: string
  /** What follows the greeting, without trailing punctuation: `Mrs Patel`, `Sir or Madam`, `Sam`. */
  addressee: string
  /**
   * formal-unnamed: Dear Sir or Madam / Dear Sir / To whom it may concern / Dear Customer.
   * formal-named: Dear + title or full name. informal: Hi/Hello/Hey/Dear + first name. time: Good morning.
   */
  style: 'formal-unnamed' | 'formal-named' | 'informal' | 'time'
}

export interface ComplimentaryClose extends Span {
  /** e.g. `Yours sincerely,`. */
  text: string
  /** Normalised lower-case form without punctuation: `yours sincerely`. */
  normalised: string
}

/** A word token from the NLCST tree, with its span in `doc.text`. */
export interface Word extends Span {
  text: string
}

export interface Sentence extends Span {
  text: string
  words: Word[]
  /** Index into `doc.body.paragraphs`, or -1 when the sentence is outside the body. */
  paragraph: number
  /** The NLCST SentenceNode it came from. */
  node: import('nlcst').Sentence
}

export interface Paragraph extends Span {
  text: string
  sentences: Sentence[]
}

export interface Opening {
  span?: Span
  salutation?: Salutation
  /** Letters: sender and recipient address blocks, in order of appearance. */
  addressBlocks: Span[]
  /** Letters: the date line. */
  date?: Span
  /** `Ref:`, `Our ref:`, `Your ref:` lines. */
  references: Span[]
  /** A subject heading above the salutation (`Re: …` or a capitals heading). */
  subjectLine?: Span
}

export interface Closing {
  span?: Span
  complimentaryClose?: ComplimentaryClose
  /** The sender's name line. */
  senderName?: Span
  /** Role, team, organisation and contact lines after the name. */
  signatureLines: Span[]
}

/** A draft split into its parts. All spans index `text`. */
export interface CorrDocument {
  source: Source
  /** The analysed text (same as `source.text`). */
  text: string
  kind: DocumentKind
  /**
   * Set when the draft has the shape of a service notification (GOV.UK Notify style), decided by
   * src/document/notification.ts: not a letter (no address blocks) and not a reply to the customer's
   * own message (no `Re:` subject, quote, or "your email/letter/query/complaint" in the subject or first
   * paragraph); at least one of a link, a Markdown heading (`# Your visit is booked`), an unsubscribe or
   * "you are receiving this" footer, or a system message's wording ("via the link below", "has been
   * submitted", "ignore this email"); and no person signing it (signed by an office or a team, or not
   * at all). Such a message is judged by its own conventions: structure does not ask it for a
   * salutation, a complimentary close or a person's name. Its news is in the heading (a Markdown
   * heading above the salutation is `opening.subjectLine`) or the first sentence of the body, not in
   * a footer. Absent (undefined) for letters and ordinary emails.
   */
  notification?: boolean
  headers: Partial<Record<HeaderName, HeaderField>>
  opening: Opening
  body: {span?: Span; paragraphs: Paragraph[]}
  closing: Closing
  setAside: SetAsidePart[]
  /** Line-level parts in order, for the report. */
  parts: Part[]
  /** Sentences of the writer's prose (opening, body and closing) in order; body ones carry `paragraph`. */
  sentences: Sentence[]
  /** The NLCST tree of `prose` (the writer's prose, same length as `text`). */
  tree: import('nlcst').Root
  /**
   * `text` with everything that is not the writer's prose (headers, set-aside parts, markup)
   * replaced by spaces (newlines kept), so offsets are the same as in `text`.
   */
  prose: string
}

/** Documentation every rule carries; `corrlint explain` prints it and tests run its examples. */
export interface RuleDocs {
  /** One line: what the rule checks. */
  summary: string
  /** Why it matters to the reader (plain language, for learners). */
  why: string
  /** A short draft excerpt that makes the rule report. */
  fail: string
  /** The same excerpt written well, which must not make the rule report. */
  pass: string
  /** Extra notes: exactly when it reports, known limits. */
  details?: string
  /** Settings the examples are linted with (e.g. `{template: true}`), when not the defaults. */
  settings?: Partial<Settings>
}

/** What a rule hands to `context.report`. Offsets index `doc.text`. */
export interface RawFinding extends Span {
  message: string
  /** A concrete fix: a replacement or an instruction. */
  suggestion?: string
  /** What was found (never a confidential value: use `masked`). */
  actual?: string
  /** What was expected instead. */
  expected?: string
  /** Override the rule's severity for this one finding. */
  severity?: Severity
  /**
   * Set by confidentiality rules: the masked form to show instead of the text at this span
   * (`[card number ending 1111]`). The span is masked in every format that shows the draft.
   */
  masked?: string
  /**
   * One safe mechanical replacement that resolves the finding (a US spelling, a doubled word,
   * `a`/`an`): offsets index `doc.text`. The engine carries it to the report only where it is safe
   * to apply (src/fix/carry.ts); editors offer it as a quick fix and `--fix` applies it.
   */
  fix?: RawFix
  /** Facts about the finding for a rule that reviews findings (`Rule.review`); never shown in a report. */
  data?: Record<string, unknown>
}

/** A replacement of `[start, end)` of `doc.text` by `text` (empty `text` deletes). */
export interface RawFix extends Span {
  text: string
  /**
   * The replacement is a guess the writer must confirm (a misspelling's closest dictionary word:
   * `hotspot` → `hotshot`): editors offer it, `--fix` never applies it. ESLint's "suggestion".
   */
  review?: boolean
}

/**
 * A fix in a report, as ESLint writes it: replace `range` (UTF-16 offsets into the original file,
 * half-open) with `text`.
 */
export interface Fix {
  range: [number, number]
  text: string
}

/** A finding as a reviewing rule sees it: the rule that made it, and the severity it has. */
export interface ReviewedFinding {
  ruleId: string
  criterion: CriterionId
  severity: Severity
  finding: RawFinding
}

export interface RuleContext<Options = Record<string, unknown>> {
  /** The rule's options, merged over its defaults. */
  options: Options
  /** The resolved run settings (preset, dialect, template mode, organisation guidelines…). */
  settings: Settings
  /** The word lists a rule may need, handed in by the caller: the checking core reads no files. */
  wordLists: WordLists
  /** The draft and its shared views (src/document/draft.ts), the same object for every rule. */
  draft: import('./document/draft.js').Draft
  report(finding: RawFinding): void
}

/**
 * Where the rules get their word lists (the spelling dictionaries). The engine does no I/O: a
 * caller passes these in (`lintSource`'s default reads the package's dist/data, src/spell/index.ts;
 * a browser or an editor server may pass lists of its own).
 */
export interface WordLists {
  /** The speller of a dialect, loaded once by the provider and kept. */
  speller(dialect: Dialect): import('./spell/speller.js').Speller
  /** Whether a lower-case word is a first name, surname or town (a capitalised slip is then left alone). */
  isKnownName(word: string): boolean
}

/** A rule: metadata, then `check`. */
// biome-ignore lint/suspicious/noExplicitAny: a rule list holds rules of every options type
export interface Rule<Options = any> {
  /** `<criterion>/<name>`, e.g. `structure/close-matches-salutation`. */
  id: string
  criterion: CriterionId
  /** Default severity. */
  severity: Severity
  docs: RuleDocs
  /** JSON Schema for the rule's options (an object schema). */
  schema?: Record<string, unknown>
  /** Default options. */
  defaults?: Options
  /**
   * Whether the rule has anything to check under these settings (e.g. a guideline rule with no
   * entries for its criterion). A rule that does not apply does not run, so it does not make its
   * criterion count as checked. Absent: always applies.
   */
  appliesTo?(settings: Settings): boolean
  /** Called once per process before the first check (e.g. load a dictionary from `wordLists`). */
  prepare?(settings: Settings, wordLists: WordLists): Promise<void> | void
  /** Report findings through `context`. May return a promise (the engine awaits it); most rules are synchronous. */
  check(doc: CorrDocument, context: RuleContext<Options>): void | Promise<void>
  /**
   * Review the findings the rules before this one made on the draft (those an inline directive or
   * an accepted finding in the config did not drop, with their configured severities), after
   * `check`: a rule about the draft as a whole (clarity/density counts the clarity warnings).
   */
  review?(findings: readonly ReviewedFinding[], doc: CorrDocument, context: RuleContext<Options>): void
  /**
   * Confidential values anywhere in the file — quoted messages, headers, signatures, which `check`
   * does not report because the writer did not write them — that every format showing the draft
   * must still mask (offsets into `doc.text`). Confidentiality rules only. The engine calls it for
   * every rule that has it, whatever the verdict settings (a rule or criterion switched off still
   * masks), after the checks of the rules that run; it may return a promise.
   */
  mask?(doc: CorrDocument, options: Options): Array<Span & {masked: string}> | Promise<Array<Span & {masked: string}>>
}

export type PresetName = 'email' | 'letter' | 'complaint-reply' | 'chat' | 'template'
export type Dialect = 'en-GB' | 'en-US'

/** Organisation guidelines (issue #9) in their resolved form. */
export interface Guidelines {
  /** `max`: an occurrence limit — the phrase may appear that many times; later uses are reported. */
  banned?: Array<{phrase: string; message?: string; criterion?: CriterionId; severity?: Severity; max?: number}>
  prefer?: Array<{use: string; instead: string[]; criterion?: CriterionId; severity?: Severity}>
  /** Wording that must appear: a `phrase`, or a `pattern` (a regular expression, case-insensitive). */
  required?: Array<{phrase?: string; pattern?: string; message?: string; criterion?: CriterionId; severity?: Severity}>
  signOff?: string[]
  terms?: string[]
  readingTarget?: number
  maxWords?: number
}

/** Everything a run needs to know, resolved from presets, config files and flags. */
export interface Settings {
  preset: PresetName
  dialect: Dialect
  /** Template mode: placeholders are allowed and their syntax is checked. */
  template: boolean
  /** Per rule: severity (or off) and options. Rules not named keep their defaults. */
  rules: Record<string, {severity?: SeverityOrOff; options?: Record<string, unknown>}>
  /** Criteria switched off are reported as not checked. */
  criteria: Partial<Record<CriterionId, boolean>>
  /** Words the spelling criterion accepts. */
  dictionary: string[]
  /** Findings accepted by rule id and the text they cover. */
  accept: Array<{rule: string; text: string}>
  guidelines: Guidelines
  /** Email domains that count as internal (confidentiality: recipients). */
  internalDomains: string[]
  /** Words the spelling criterion always flags, even when a dictionary has them (config `spelling.reject`). */
  rejectWords?: string[]
  /** The configuration file these settings were read from, if any. */
  configFile?: string
  /** Extra settings a rule may read. */
  [key: string]: unknown
}

/** A point in the original file. `line` and `column` are 1-based; column counts UTF-16 units. */
export interface Position {
  offset: number
  line: number
  column: number
}

/** A finding in a report: positions in the original file. */
export interface Finding {
  ruleId: string
  criterion: CriterionId
  severity: Severity
  message: string
  suggestion?: string
  actual?: string
  expected?: string
  /** Where the rule's docs live (`corrlint explain <ruleId>`). */
  url?: string
  start: Position
  end: Position
  /** `.docx`: the paragraph number and a short quote, since there are no lines. */
  paragraph?: number
  quote?: string
  /** Masked form of a confidential value found here. */
  masked?: string
  /**
   * A stable id of this finding for baselines and SARIF (src/pipeline/baseline.ts): file, rule, part
   * of the letter and normalised nearby words; never a confidential value or a hash of one.
   */
  fingerprint?: string
  /** A safe replacement that resolves this finding (`--fix` applies it; editors offer it). */
  fix?: Fix
  /** Replacements to confirm one by one (editors offer them; `--fix` does not apply them), as ESLint's. */
  suggestions?: Array<{desc: string; fix: Fix}>
}

export type CriterionStatus = 'pass' | 'fail' | 'not-checked'

export interface CriterionResult {
  id: CriterionId
  title: string
  /** Assessment criteria references this criterion serves (e.g. `2.4`). */
  refs: string[]
  status: CriterionStatus
  errors: number
  warnings: number
}

/** A part of the draft as shown in a report: its kind and lines in the original file. */
export interface PartReport {
  kind: PartKind
  start: Position
  end: Position
}

export interface Facts {
  words: number
  sentences: number
  paragraphs: number
  /** Flesch–Kincaid grade of the body, when the clarity criterion computed it. */
  readingGrade?: number
  /** Flesch reading ease of the body. */
  readingEase?: number
}

export interface FileReport {
  path: string
  format?: SourceFormat
  kind?: DocumentKind
  /** Set when the file could not be read or checked: the one-line reason. */
  fatal?: string
  parts: PartReport[]
  criteria: CriterionResult[]
  findings: Finding[]
  facts: Facts
  /** Spans of the original file to mask when showing its text, with the masked form. */
  masks: Array<{start: number; end: number; masked: string}>
  errorCount: number
  warningCount: number
  /**
   * The original text, only when asked for (`includeText`: the HTML report shows the draft).
   * Formats that show it must apply `masks` first.
   */
  original?: string
}

export interface RunSummary {
  files: number
  fatal: number
  errors: number
  warnings: number
  /** How many files passed / failed / were not checked, per criterion. */
  criteria: Record<CriterionId, {pass: number; fail: number; notChecked: number}>
  /** Most frequent rules across files. */
  topRules: Array<{ruleId: string; count: number}>
}

export interface RunReport {
  version: string
  files: FileReport[]
  summary: RunSummary
}
