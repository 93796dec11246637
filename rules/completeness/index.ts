import type {Rule} from '../../src/types.js'
import {contactDetails} from './contact-details.js'
import {mergeField} from './merge-field.js'
import {placeholder} from './placeholder.js'
import {reference} from './reference.js'

/** The rules of the completeness criterion. */
export const rules: Rule[] = [placeholder, mergeField, reference, contactDetails]
