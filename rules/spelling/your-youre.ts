/** spelling/your-youre: `your` for `you're` and the other way round. Pairs: proof-words.json. */

import {type Confusable, confusableRule} from './confusables.js'
import data from './proof-words.json' with {type: 'json'}

export const yourYoure = confusableRule('spelling/your-youre', data.confusables.your as Confusable[], {
  summary:
    "`your` where `you're` (you are) is meant (`your welcome.`, `your going to`), or `you're` where `your` is meant (`you're order`).",
  why: "`your` and `you're` are a mix-up customers notice at once, often in the very sentence that thanks them.",
  fail: "Dear Ms Shah,\n\nYou're order has been sent. If your not at home, the courier will leave a card.\n\nKind regards,\nLeah Morgan",
  pass: "Dear Ms Shah,\n\nYour order has been sent. If you're not at home, the courier will leave a card.\n\nKind regards,\nLeah Morgan",
  details:
    "Reports only the pairs listed in proof-words.json that cannot be read the other way: `your` before `not`, `a`, `an`, `the`, `going to`, `entitled`, `eligible`, `unable`, `able`, `very welcome`; `your welcome`, `your right`, `your correct` only when they end the clause (`your welcome pack` and `your right to cancel` are right); `you're` before a noun such as `order`, `account`, `refund`, `parcel`, `details`, `email`, `payment`, `bill`, `address`, `appointment`, `complaint`, `own`. " +
    "Not reported: a hyphenated or capital second word (`your A-level`, `your A grade`), `you're` before a verb in -ing (`you're booking`), which is right, and anything not listed."
})
