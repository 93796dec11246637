import type {Rule} from '../../src/types.js'

/** Cards, CVV, bank details, IBAN, NI, NHS, passport, driving licence, date of birth, passwords/PINs. */
export const personalDataRules: Rule[] = []
