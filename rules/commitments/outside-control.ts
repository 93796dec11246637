import list from './outside-control.json' with {type: 'json'}
import {commitmentRule} from './phrase-rule.js'

/** commitments/outside-control: no promises of what third parties will do. */
export const outsideControl = commitmentRule({
  id: 'commitments/outside-control',
  severity: 'warning',
  list,
  docs: {
    summary:
      'No promises of outcomes outside the writer\'s control ("the courier will definitely", "your bank will refund you").',
    why: 'Couriers, banks and suppliers work to their own timetables. If you promise what they will do and they do not, the customer blames you. Say what you have done and what you expect, and what the customer can do if it does not happen.',
    fail: 'Dear Mr Baker,\n\nThank you for your patience. I have sent a replacement today, and the courier will definitely deliver it tomorrow.\n\nKind regards,\nLaura Jennings',
    pass: 'Dear Mr Baker,\n\nThank you for your patience. I have sent a replacement today by next-day delivery, so it should reach you tomorrow. If it does not, please reply to this email.\n\nKind regards,\nLaura Jennings',
    details:
      'Warning when a third party (courier, Royal Mail, the bank, the manufacturer, the insurer, the airline …) is followed within two words by a firm promise ("will", "will definitely", "is going to", "never"), and for "will definitely arrive"; a courier or the post office followed by "will deliver" or "will arrive". An error when a time follows the promise ("Royal Mail will deliver it tomorrow", "by Friday"): a dated promise of what someone else will do is the one the customer quotes back. What your own organisation will do ("we will refund") is not reported here. Lists in outside-control.json.'
  }
})
