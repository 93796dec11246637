import list from './blame-colleagues.json' with {type: 'json'}
import {commitmentRule} from './phrase-rule.js'

/** commitments/blame-colleagues: no blaming colleagues or other departments. */
export const blameColleagues = commitmentRule({
  id: 'commitments/blame-colleagues',
  severity: 'warning',
  strictInComplaints: true,
  list,
  docs: {
    summary:
      'No blaming colleagues or other departments ("the warehouse messed up", "my colleague got it wrong", "another department").',
    why: 'To the customer there is one organisation. Blaming a colleague or a team sounds like an excuse, tells the customer the organisation was at fault, and names a colleague in a record they may never see.',
    fail: 'Subject: Wrong size jumper, order 64420\n\nDear Ms Jones,\n\nThank you for your email about order 64420. I am sorry: the warehouse got it wrong and sent a large. A medium will reach you by Thursday 26 November.\n\nKind regards,\nJade Wilson',
    pass: 'Subject: Wrong size jumper, order 64420\n\nDear Ms Jones,\n\nThank you for your email about order 64420. I am sorry that you received a large instead of a medium. A medium will reach you by Thursday 26 November.\n\nKind regards,\nJade Wilson',
    details:
      'Reports a colleague or an internal team followed within a few words by a fault ("the warehouse … messed up / got it wrong / sent the wrong / … instead of", "my colleague made a mistake", "the technician was careless"), and "another department", "human error". ' +
      'Warning by default; an error when the draft answers a complaint (detected as tone/empathy does: the subject, the quoted message, "your complaint") or with the complaint-reply preset, because there the customer reads it as an admission of the organisation\'s fault.'
  }
})
