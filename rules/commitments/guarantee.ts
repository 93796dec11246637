import list from './guarantee.json' with {type: 'json'}
import {commitmentRule} from './phrase-rule.js'

/** commitments/guarantee: no unconditional guarantees or absolutes. */
export const guarantee = commitmentRule({
  id: 'commitments/guarantee',
  severity: 'warning',
  list,
  stackedError: true,
  docs: {
    summary:
      'No unconditional guarantees or absolutes ("we guarantee", "100%", "this will never happen again", "definitely by tomorrow").',
    why: 'A reply is a written record. An unconditional promise that is then broken turns one complaint into two, and the customer can quote it back. Say what you will do and what you aim for instead.',
    fail: 'Dear Mr Khan,\n\nThank you for your letter. I am sorry your car was scratched. We guarantee this will never happen again.\n\nYours sincerely,\nRyan Foster',
    pass: 'Dear Mr Khan,\n\nThank you for your letter. I am sorry your car was scratched. We have changed how cars are moved in the workshop to stop this happening again.\n\nYours sincerely,\nRyan Foster',
    details:
      'Warning for each phrase of guarantee.json in the body ("we guarantee", "I promise", "will never happen again", "definitely", "rest assured", "100%" / "100 per cent"); an error with the complaint-reply preset, and when one sentence has two ("I guarantee it 100%": a promise made twice over). A firm statement of what you have already done ("I have refunded …") is not a guarantee.'
  }
})
