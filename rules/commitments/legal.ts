import list from './legal.json' with {type: 'json'}
import {commitmentRule} from './phrase-rule.js'

/** commitments/legal: no legal advice or legal threats. */
export const legal = commitmentRule({
  id: 'commitments/legal',
  severity: 'warning',
  list,
  docs: {
    summary: 'No legal advice or legal threats ("you have no legal right", "we will sue", "legally you must").',
    why: "Statements about a customer's legal rights can be wrong, and a customer who relies on them can complain to an ombudsman; threats escalate the dispute. Point to your terms, your complaints procedure and independent advice (Citizens Advice) instead.",
    fail: 'Dear Mr Evans,\n\nThank you for your email. You have no legal right to a refund after 30 days, and we will sue if the balance is not paid.\n\nRegards,\nLaura Jennings',
    pass: 'Dear Mr Evans,\n\nThank you for your email. Our returns policy covers 30 days from delivery. If you would like independent advice on your rights, Citizens Advice can help.\n\nRegards,\nLaura Jennings',
    details:
      'Warning for each phrase of legal.json in the body: statements of the customer\'s legal rights or duties ("you have no legal right", "you are legally obliged to"), suggestions to sue, and threats ("we will sue", "take legal action against you", "our solicitors will"). Telling the customer to go to court or to sue ("you should take the supplier to the small claims court", "you could sue"), or threatening to sue, is an error: it escalates the dispute in writing.'
  }
})
