/**
 * The clarity rules whose warnings `clarity/density` counts, each wrapped so that its findings on
 * a document are computed once: the engine runs the rule, then density replays the same findings
 * instead of checking the document a second time.
 */
import type {CorrDocument, RawFinding, Rule, Settings} from '../../src/types.js'
import {bodyLength} from './body-length.js'
import {hedge} from './hedge.js'
import {paragraphLength} from './paragraph-length.js'
import {passiveVoice} from './passive-voice.js'
import {readingLevel} from './reading-level.js'
import {redundancy} from './redundancy.js'
import {sentenceLength} from './sentence-length.js'
import {unexplainedAcronym} from './unexplained-acronym.js'
import {wordyPhrase} from './wordy-phrase.js'
import {AttachedMap} from '../../src/text/attached.js'

/** A rule whose findings are remembered per document, settings and options. */
export function remembered<Options>(rule: Rule<Options>): Rule<Options> {
  const cache = new AttachedMap<CorrDocument, WeakMap<Settings, Map<string, RawFinding[]>>>()
  return {
    ...rule,
    check(doc, context) {
      let bySettings = cache.get(doc)
      if (!bySettings) cache.set(doc, (bySettings = new WeakMap()))
      let byOptions = bySettings.get(context.settings)
      if (!byOptions) bySettings.set(context.settings, (byOptions = new Map()))
      const key = JSON.stringify(context.options)
      let findings = byOptions.get(key)
      if (!findings) {
        const list: RawFinding[] = []
        rule.check(doc, {...context, report: (finding) => list.push(finding)})
        byOptions.set(key, (findings = list))
      }
      for (const finding of findings) context.report({...finding})
    }
  }
}

export const countedRules = {
  readingLevel: remembered(readingLevel),
  sentenceLength: remembered(sentenceLength),
  paragraphLength: remembered(paragraphLength),
  bodyLength: remembered(bodyLength),
  passiveVoice: remembered(passiveVoice),
  wordyPhrase: remembered(wordyPhrase),
  unexplainedAcronym: remembered(unexplainedAcronym),
  hedge: remembered(hedge),
  redundancy: remembered(redundancy)
}
