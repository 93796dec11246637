import type {Settings} from '../types.js'

/** Settings before any configuration: the `email` preset in UK English. */
export function defaultSettings(): Settings {
  return {
    preset: 'email',
    dialect: 'en-GB',
    template: false,
    rules: {},
    criteria: {},
    dictionary: [],
    accept: [],
    guidelines: {},
    internalDomains: []
  }
}
