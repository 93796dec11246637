// Measures, in a process of its own (a clean heap, nothing else running in it), how a criterion's
// cost grows on adversarial input: for each unit, the CPU time at `base` characters and at `factor`
// times that, with a collection before each run so no earlier garbage is billed to it. Run by
// test/scaling.test.ts with --expose-gc and --single-threaded over the built program (dist/);
// prints JSON {name: ratio}. A ratio at or over `limit` is measured again, up to four attempts in
// all, and the best attempt counts: a noisy measurement costs a retry, a linear rule passes on its
// first attempt (which halves the probe's time against measuring every size twice).
import {rulesByCriterion} from '../../dist/rules/index.js'
import {defaultSettings, lintSource} from '../../dist/src/engine/index.js'
import {textSource} from '../../dist/src/input/text.js'

const {criterion, inputs, base, factor, limit} = JSON.parse(process.argv[2])

const letter = (unit, chars) =>
  `Dear Mrs Patel,\n\nThank you for your email. ${unit.repeat(Math.ceil(chars / unit.length))}\n\nKind regards,\nSam Okafor\n`

async function cost(text, times = 1) {
  let best = Infinity
  for (let run = 0; run < times; run++) {
    globalThis.gc?.()
    const start = process.cpuUsage()
    await lintSource(textSource(text), defaultSettings(), {rules: rulesByCriterion[criterion]})
    const used = process.cpuUsage(start)
    best = Math.min(best, used.user + used.system)
  }
  return best
}

const ratios = {}
let warm = false
for (const [name, unit] of Object.entries(inputs)) {
  // Warm up once, at the larger size: word lists load and code is compiled before anything is
  // measured (later inputs find both done; the collection before each run clears the heap).
  if (!warm) await cost(letter(unit, base * factor), 1)
  warm = true
  let ratio = Infinity
  for (let attempt = 0; attempt < 4 && ratio >= limit; attempt++) {
    const small = await cost(letter(unit, base))
    ratio = Math.min(ratio, (await cost(letter(unit, base * factor))) / small)
  }
  ratios[name] = ratio
}
process.stdout.write(JSON.stringify(ratios))
