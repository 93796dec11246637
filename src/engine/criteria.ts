import type {CriterionId} from '../types.js'

/** What each criterion means, for reports and `corrlint explain`. */
export interface CriterionInfo {
  id: CriterionId
  title: string
  /** OCR unit assessment criteria it serves. */
  refs: string[]
  /** What it checks, in one sentence. */
  summary: string
  /** Why it matters to the reader. */
  why: string
}

export const criteriaInfo: Record<CriterionId, CriterionInfo> = {
  structure: {
    id: 'structure',
    title: 'Structure',
    refs: ['2.4', '2.5'],
    summary: 'Opening, body and closing are present and in order, and the close fits the salutation.',
    why: 'A reader expects the conventions of a business letter or email; a missing greeting or a close that does not match it looks careless and unprofessional.'
  },
  purpose: {
    id: 'purpose',
    title: 'Early statement of purpose',
    refs: ['2.6'],
    summary: 'The first paragraph of the body says why you are writing.',
    why: 'Readers decide in the first lines whether a message matters to them; a clear purpose up front saves their time.'
  },
  actions: {
    id: 'actions',
    title: 'Summary and next actions',
    refs: ['2.7', '3.5', '4.7'],
    summary: 'The message ends with what happens next: who does what, by when, and how to reply.',
    why: 'A customer who knows what will happen and when does not need to chase you.'
  },
  clarity: {
    id: 'clarity',
    title: 'Clear and concise language',
    refs: ['1.3', '1.4', '4.1', '4.4'],
    summary: 'Plain words, short sentences and paragraphs, active voice, no unexplained jargon.',
    why: 'Customers read quickly and sometimes in a second language; plain English is understood first time.'
  },
  tone: {
    id: 'tone',
    title: 'Tone',
    refs: ['1.5', '2.5', '4.3'],
    summary: 'Positive, professional and suited to the customer: empathy, no blame, a consistent register.',
    why: 'Tone decides whether a complaint calms down or escalates, and how the customer feels about the organisation.'
  },
  spelling: {
    id: 'spelling',
    title: 'UK spelling and proofreading',
    refs: ['SPaG'],
    summary: 'Correct UK spelling, grammar and punctuation.',
    why: 'Mistakes make a message look careless and can change its meaning; assessors check accuracy first.'
  },
  confidentiality: {
    id: 'confidentiality',
    title: 'Confidentiality',
    refs: ['4.2', '4.8'],
    summary: 'No personal or confidential data that must not be committed to a permanent record.',
    why: 'An email can be forwarded and a letter sent to the wrong address: personal data in it is a data-protection breach.'
  },
  commitments: {
    id: 'commitments',
    title: 'Commitments',
    refs: ['4.2'],
    summary: 'No guarantees, admissions of liability, blame of colleagues or legal advice.',
    why: 'A written reply is a permanent record: the organisation may be held to every promise and admission in it.'
  },
  completeness: {
    id: 'completeness',
    title: 'Completeness',
    refs: ['common mistakes'],
    summary: 'References, contact details and no unfilled placeholders.',
    why: 'A customer needs the reference and a way to reach you to follow up; a left-over placeholder shows the message was not checked.'
  }
}
