/**
 * Generate realistic customer correspondence for the benchmark, deterministically from a seed:
 * complaint replies, enquiry answers, delivery and billing updates, letters and emails, with
 * names, amounts, dates and reference codes; about one in four has a flaw (a blaming phrase, a
 * close that does not match the salutation, a typo, no next step, a vague time, a card number).
 */

/** mulberry32: a small, fast, seedable generator. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = [
  'Priya',
  'James',
  'Aisha',
  'Tom',
  'Grace',
  'Mohammed',
  'Sophie',
  'Daniel',
  'Chloe',
  'Oliver',
  'Fatima',
  'Liam',
  'Hannah',
  'Kwame',
  'Megan',
  'Arjun'
]
const LAST = [
  'Patel',
  'Khan',
  'Smith',
  'Okafor',
  'Jones',
  'Williams',
  'Evans',
  'Nowak',
  'Reid',
  'Campbell',
  'Hughes',
  'Ahmed',
  'Murphy',
  'Taylor',
  'Chen',
  'Doyle'
]
const TITLES = ['Mr', 'Mrs', 'Ms', 'Dr', 'Miss']
const STAFF = ['Anna Reid', 'Sam Okafor', 'Lucy Brennan', 'David Mensah', 'Ruth Ellis', 'Imran Shah']
const TEAMS = ['Customer Relations Team', 'Billing Team', 'Customer Care', 'Complaints Team', 'Delivery Support']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November']
const ITEMS = [
  'washing machine',
  'sofa',
  'laptop',
  'pair of boots',
  'garden table',
  'kettle',
  'mattress',
  'bookcase',
  'television',
  'bicycle'
]
const PREFIXES = ['ORD', 'CASE', 'INV', 'REF', 'CMP']

const SCENARIOS = [
  {
    purpose: (c) =>
      `Thank you for your email of ${c.date} about your ${c.item} (order ${c.ref}), which arrived damaged. I am sorry that this happened, and I want to put it right.`,
    middle: [
      (c) =>
        `I have looked at the photographs you sent, and the damage is clearly from transit. Our courier has confirmed that the parcel was dropped at the depot on ${c.day}. You should not have had to deal with this, and I understand how frustrating it is after waiting for the delivery.`,
      (c) =>
        `We have two options for you. We can send a replacement ${c.item}, which would arrive within five working days, or we can refund the full price of £${c.amount}. Either way, our courier will collect the damaged item from your home at no cost to you.`,
      (c) =>
        `I have also added a goodwill credit of £${c.small} to your account as an apology for the inconvenience. It will appear on your next statement and you do not need to do anything to receive it.`
    ]
  },
  {
    purpose: (c) =>
      `I am writing about your bill for ${c.month}, reference ${c.ref}, which charged you £${c.amount} instead of £${c.small}.`,
    middle: [
      (c) =>
        `You are right that the bill is wrong. When we moved your account to the new tariff on ${c.date}, our system applied the old rate for part of the month as well as the new one. This error was ours, and I am sorry for the worry it caused.`,
      (c) =>
        `I have corrected the bill and refunded the difference of £${c.diff} to the card you pay with. Banks usually take three to five working days to show a refund. Your next bill will show the correct tariff from the start of the month.`,
      () =>
        `I have also checked the rest of your account. Your direct debit is set up correctly and no other bills are affected, so you do not need to change anything.`
    ]
  },
  {
    purpose: (c) =>
      `Thank you for asking about our opening hours over the holiday period. I am happy to confirm when our branches and phone lines will be open.`,
    middle: [
      () =>
        `Our branches will be open from 9am to 5pm on weekdays, except on bank holidays, when they will close. On Saturdays they will open from 10am to 4pm, as usual.`,
      () =>
        `Our phone lines will be open from 8am to 8pm every day except Christmas Day and Boxing Day. You can also use the chat on our website at any time, and an adviser will reply within two hours during opening times.`,
      (c) =>
        `If you need to return your ${c.item}, you can do so at any branch until the end of ${c.month}. Please bring your receipt or your order number, ${c.ref}.`
    ]
  },
  {
    purpose: (c) =>
      `I am writing to let you know that your order ${c.ref} for a ${c.item} will be delivered on ${c.day} ${c.date}, two days later than we promised.`,
    middle: [
      () =>
        `The delay is because our supplier could not send the item on time. I am sorry that we did not tell you sooner. You should have heard from us as soon as we knew, and I have passed this on to the team so that it does not happen again.`,
      (c) =>
        `Our driver will arrive between 8am and 1pm, and you will receive a text message with a one-hour time slot on the morning of delivery. Delivery is free, and we have refunded the £${c.small} delivery charge you paid.`,
      () =>
        `If the new date does not suit you, you can choose another one on our website or by replying to this email. We can deliver on any weekday in the next three weeks.`
    ]
  }
]

const GENERAL = [
  (c) =>
    `I have added a note to your account, ${c.ref}, so that anyone you speak to here will know what has happened and what we have agreed. You will not need to explain it all again if you contact us.`,
  () =>
    `I know that you have been a customer of ours for several years, and I am grateful for the time you took to tell us about this. Feedback like yours helps us find and fix problems that affect other customers too.`,
  (c) =>
    `For your records, the amount of £${c.amount} covers the item itself, delivery and installation. It does not include the extended warranty, which you chose not to add when you placed the order, so that part of your payment is not affected.`,
  () =>
    `Our team has reviewed how this happened. We have changed the way we check orders before they leave the warehouse, and every parcel is now inspected and photographed before it is handed to the courier.`,
  (c) =>
    `If you would prefer to receive letters from us by email in future, you can change this in your online account under Preferences. It takes a minute, and you can change it back at any time. Your paper statement for ${c.month} will still be posted.`,
  () =>
    `Please keep this message until the matter is closed. If anything in it is not clear, or if I have misunderstood what you asked for, let me know and I will look at it again straight away.`
]

const ACTIONS = [
  (c) =>
    `Please reply to this email by ${c.day} ${c.date} to tell me which option you prefer, and I will arrange it the same day. If you have any questions, please call me on 0161 496 0${c.phone}.`,
  (c) =>
    `You do not need to do anything else. If you have any questions about your account, please call us on 0800 123 4${c.phone}, Monday to Friday, 8am to 6pm, quoting ${c.ref}.`,
  (c) =>
    `I will call you on ${c.day} to confirm that everything is in order. In the meantime, you can reach me directly on 020 7946 0${c.phone} or by replying to this email.`
]

const FLAWS = [
  (text) =>
    text.replace(/\. I am sorry[^.]*\./, '. You failed to read the terms and conditions, which is why this happened.'),
  (text) => text.replace('Yours sincerely,', 'Yours faithfully,'),
  (text) => text.replace('refund', 'refnud').replace('delivered', 'deliverd'),
  (text) => text.replace(/\n\n(Please reply|You do not need|I will call)[^\n]*\n/, '\n\n'),
  (text) => text.replace(/by \w+day \d+ \w+/, 'as soon as possible'),
  (text) =>
    text.replace('Thank you for', 'For security, the card we have on file is 4111 1111 1111 1111. Thank you for'),
  (text) => text.replace(/^Dear [^\n]+\n\n/, '')
]

function pick(next, list) {
  return list[Math.floor(next() * list.length)]
}

/** One draft: `{name, text}`; roughly 150–400 words. */
export function draft(next, index) {
  const first = pick(next, FIRST)
  const last = pick(next, LAST)
  const named = next() < 0.8
  const letter = next() < 0.3
  const context = {
    ref: `${pick(next, PREFIXES)}-${String(10000 + Math.floor(next() * 89999))}`,
    date: `${1 + Math.floor(next() * 27)} ${pick(next, MONTHS)}`,
    day: pick(next, DAYS),
    month: pick(next, MONTHS),
    item: pick(next, ITEMS),
    amount: (40 + Math.floor(next() * 900)).toFixed(2),
    small: (5 + Math.floor(next() * 30)).toFixed(2),
    diff: (10 + Math.floor(next() * 200)).toFixed(2),
    phone: String(100 + Math.floor(next() * 899))
  }
  const scenario = pick(next, SCENARIOS)
  const middle = scenario.middle
    .filter((_, position) => position === 0 || next() < 0.85)
    .map((paragraph) => paragraph(context))
  const extras = [...GENERAL].sort(() => next() - 0.5)
  const target = 160 + Math.floor(next() * 200)
  const count = (paragraphs) => paragraphs.join(' ').split(/\s+/).length + 45
  while (extras.length > 0 && count(middle) < target)
    middle.splice(1 + Math.floor(next() * middle.length), 0, extras.pop()(context))
  const salutation = named
    ? `Dear ${pick(next, TITLES)} ${last},`
    : next() < 0.5
      ? 'Dear Sir or Madam,'
      : `Dear ${first},`
  const close = named || salutation.startsWith('Dear ' + first) ? 'Yours sincerely,' : 'Yours faithfully,'
  const staff = pick(next, STAFF)
  const head = letter
    ? `${staff}\n${pick(next, TEAMS)}\nNorthgate Home Ltd\n12 Market Street\nLeeds LS1 6AB\n\n${context.date} 2026\n\nRef: ${context.ref}\n\n`
    : ''
  let text = `${head}${salutation}\n\n${scenario.purpose(context)}\n\n${middle.join('\n\n')}\n\n${pick(next, ACTIONS)(context)}\n\n${close}\n${staff}\n${pick(next, TEAMS)}\n`
  if (next() < 0.25) text = pick(next, FLAWS)(text)
  return {
    name: `draft-${String(index + 1).padStart(3, '0')}-${scenario === SCENARIOS[0] ? 'damaged' : scenario === SCENARIOS[1] ? 'billing' : scenario === SCENARIOS[2] ? 'hours' : 'delivery'}.txt`,
    text
  }
}

/** `count` drafts from `seed`, each 150–400 words (drafts outside that range are drawn again). */
export function corpus(seed, count) {
  const next = random(seed)
  const drafts = []
  while (drafts.length < count) {
    const candidate = draft(next, drafts.length)
    const words = candidate.text.split(/\s+/).filter(Boolean).length
    if (words >= 150 && words <= 400) drafts.push(candidate)
  }
  return drafts
}

/** One long letter of about `bytes` bytes: a salutation, many body paragraphs, a close. */
export function longLetter(seed, bytes) {
  const next = random(seed)
  const paragraphs = []
  let size = 0
  for (let index = 0; size < bytes - 200; index++) {
    const body = draft(next, index)
      .text.split('\n\n')
      .slice(1, -1)
      .filter((part) => !/^(Dear|Ref:)/.test(part))
    for (const paragraph of body) {
      paragraphs.push(paragraph)
      size += paragraph.length + 2
    }
  }
  return `Dear Mrs Patel,\n\n${paragraphs.join('\n\n')}\n\nYours sincerely,\nAnna Reid\nCustomer Relations Team\n`
}
