/**
 * `corrlint init [--preset NAME]`: write a commented starter `.corrlintrc.yaml` in the working
 * folder. Asks for the preset when a prompt is given (a terminal), never overwrites a config.
 */
import {existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {isPresetName, PRESET_NAMES, presets} from '../../config/presets.js'
import type {PresetName} from '../../types.js'
import type {CommandResult} from './explain.js'

/** Config files that `corrlint init` will not write over (nor beside, which would be confusing). */
const CONFIG_NAMES = ['.corrlintrc.yaml', '.corrlintrc.yml', '.corrlintrc.json', 'corrlint.config.json']

export interface InitOptions {
  cwd: string
  preset?: string
  /** Ask a question and return the answer (a terminal); without it the preset defaults to email. */
  prompt?: (question: string) => Promise<string>
}

export async function initCommand(options: InitOptions): Promise<CommandResult> {
  const existing = CONFIG_NAMES.find((name) => existsSync(join(options.cwd, name)))
  if (existing)
    return {
      output: `corrlint: ${existing} already exists; corrlint init never overwrites a config (edit it, or delete it first)\n`,
      exitCode: 2
    }
  let preset = options.preset
  if (preset === undefined && options.prompt) {
    const menu = PRESET_NAMES.map(
      (name, index) => `  ${index + 1}. ${name.padEnd(15)} ${presets[name].description}`
    ).join('\n')
    const answer = (
      await options.prompt(
        `Which kind of correspondence do you check?\n${menu}\nPreset [1-${PRESET_NAMES.length} or name, default email]: `
      )
    ).trim()
    preset = answer === '' ? 'email' : (PRESET_NAMES[Number(answer) - 1] ?? answer)
  }
  preset ??= 'email'
  if (!isPresetName(preset))
    return {output: `corrlint: unknown preset "${preset}" (expected one of ${PRESET_NAMES.join(', ')})\n`, exitCode: 2}
  const file = join(options.cwd, '.corrlintrc.yaml')
  try {
    // `wx`: fail rather than replace a file created since the check above.
    writeFileSync(file, starterConfig(preset), {flag: 'wx'})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      output: `corrlint: cannot write .corrlintrc.yaml (${code === 'EEXIST' ? 'it already exists' : (code ?? 'error')})\n`,
      exitCode: 2
    }
  }
  return {output: `Wrote .corrlintrc.yaml (preset: ${preset}). Edit it, then run corrlint on a draft.\n`, exitCode: 0}
}

/** The starter config: the preset, and every other key commented out with an example. */
export function starterConfig(preset: PresetName): string {
  return `# corrlint configuration: see the Configuration section of corrlint's README
# Found for every draft in this folder and below. Data only: no code runs from it.
$schema: ./node_modules/corrlint/schema/corrlint.schema.json

# ${presets[preset].description}
# Presets: email, letter, complaint-reply, chat, template.
preset: ${preset}

# Spelling dialect: en-GB (default) or en-US.
# dialect: en-GB

# Who reads your messages: general (default), vulnerable or business. Sets the reading target.
# audience: general

# Switch rules off, or change their severity (off, warning, error) and options.
# rules:
#   clarity/sentence-length: [warning, {warning: 20, error: 35}]
#   structure/subject-line: off

# Switch whole criteria off (they are then reported as not checked).
# criteria:
#   confidentiality: false

# Words the spelling check accepts (names, products), inline or one a line in a file.
# dictionary: [Okafor, Brightwell]
# dictionaryFile: words.txt
# spelling:
#   accept: [Okafor]
#   reject: [alright]

# Accept a finding by rule and the text it covers (plain-text drafts have no comment syntax).
# accept:
#   - {rule: clarity/unexplained-acronym, text: BACS}

# Your organisation's guidelines. Each finding lands under the criterion named in the entry.
# guidelines:
#   banned:
#     - {phrase: no worries, message: 'Say "of course" or "certainly".'}
#     - {phrase: as per, message: 'Say "as" or "following".', criterion: clarity}
#   prefer:
#     - {use: email, instead: [e-mail]}
#   required:
#     - {phrase: ask our complaints team to review it, message: Add the escalation sentence.}
#   signOff: [Kind regards, Yours sincerely]
#   terms: [Brightwell Home]
#   readingTarget: 8
#   maxWords: 300

# Email domains that count as internal (confidentiality: recipients).
# internalDomains: [example.co.uk]

# Different settings for some files (globs relative to this file).
# overrides:
#   - files: ["templates/**"]
#     template: true
`
}
