/** spelling/its-its: `its` for `it's` and the other way round. Pairs: proof-words.json. */

import {type Confusable, confusableRule} from './confusables.js'
import data from './proof-words.json' with {type: 'json'}

export const itsIts = confusableRule('spelling/its-its', data.confusables.its as Confusable[], {
  summary:
    "`its` where `it's` (it is, it has) is meant (`its been`, `its a`, `its not`), or `it's` where the possessive `its` is meant (`it's own`).",
  why: "`its` and `it's` are the apostrophe mix-up customers notice most; in a letter from an organisation it looks careless.",
  fail: "Dear Mr Khan,\n\nI am sorry its been so long. The parcel is back with it's original packaging.\n\nYours sincerely,\nRyan Foster",
  pass: "Dear Mr Khan,\n\nI am sorry it's been so long. The parcel is back with its original packaging.\n\nYours sincerely,\nRyan Foster",
  details:
    "Reports only the pairs listed in proof-words.json that cannot be read the other way: `its` before an adjective and a clause (`Its important that`, `its nice to`, `its difficult for`), before `so`, `really`, `too`, `quite`, `always`, `never`, `probably`; `its` before `been`, `a`, `an`, `not`, `going`, `getting`, `the`, `my`, `your`, `our`, `their`, `because`, `ok`, `fine`, `now`, `just`, `no`, `all`, `already` (and `its in`/`its on` before `the`, `your`, `stock`…); `it's` before `own`, `contents`, `name` and nouns of places and services (`cinema`, `library`, `prices`, `website`, `members`, `swimming pool`). " +
    "Not reported: a hyphenated second word (`its no-claims bonus`, `its all-in price`, `its not-for-profit arm`); `its` before a noun or adjective (`its original packaging`, `its important role`, `its best`, `its very own`), which is right; `it's` before anything else. Precision over recall: many wrong uses are left alone rather than risk a false alarm."
})
