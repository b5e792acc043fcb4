import { adjectiveList, nounList, wordList, type LanguagePack } from './language';

/** English (customers abroad and integrations). */
export const ENGLISH: LanguagePack = {
  code: 'en',
  articles: { m: 'the', f: 'the' },
  words: wordList(`
    the to and a i of is it my in for that we not on you have with this but can be was our from are
    at please again still when since yesterday today now already just account invoice order payment
    error system problem issue email customer service number message app page user password access
    card charge shipping address product plan team company support help reply case request data file
    report time date week month before after then also urgent important wrong pending same every
    some thanks regards best check confirm send change update cancel fix wait call login download
    attached screenshot browser phone version settings option button session code link bank transfer
    balance refund discount warranty store carrier tracking delivery
  `),
  nouns: nounList(`
    invoice/m | order/m | payment/m | password/m | account/m | shipment/m | charge/m | access/m |
    card/m | subscription/m | app/m | refund/m | return/m | delivery/m | product/m | plan/m | user/m |
    email/m | report/m | integration/m | discount/m | warranty/m | address/m | license/m | export/m |
    API key/m | webhook/m | verification code/m | permission/m | profile/m | balance/m | coupon/m |
    contract/m | renewal/m
  `),
  adjectives: adjectiveList(`
    duplicate | pending | locked | incorrect | delayed | declined | expired | cancelled | incomplete |
    damaged | urgent | missing | slow | wrong | failed | suspended
  `),
  verbs: wordList(`
    pay download update change cancel recover reset send confirm activate generate issue fix export
    import sync configure renew delete track
  `),
  subjectTemplates: [
    "Can't {verb} {the_noun}",
    'Problem with {the_noun}',
    '{adj} {noun}',
    'Error when trying to {verb} {the_noun}',
    'Question about {adj} {noun}',
    'Order #{num} {adj}',
    'How do I {verb} {the_noun}?',
    'Urgent: {adj} {noun}',
    'RE: {adj} {noun}',
    'Need help to {verb} {the_noun}',
  ],
  customerSentences: [
    "Since yesterday I can't {verb} {the_noun} and I get an error.",
    "I'm writing because {the_noun} for order {num} is {adj}.",
    'I already tried to {verb} {the_noun} several times but nothing changed.',
    'I need help to {verb} {the_noun} as soon as possible.',
    'Please find a screenshot attached.',
    'This is blocking our team.',
    'Can you confirm when this will be fixed?',
  ],
  agentSentences: [
    "Thanks for reaching out, we're looking into {the_noun}.",
    'I checked {the_noun} {num} and it is indeed {adj}.',
    'To {verb} {the_noun}, go to Settings and choose the matching option.',
    'Could you send us a screenshot of the error message?',
    'I can confirm {the_noun} has been fixed.',
    'Refunds can take 5 to 10 business days depending on your bank.',
  ],
  noteSentences: ['Repeat customer, check history first.', 'Escalated to tier 2, waiting for {agent}.'],
  chatLines: [
    "hi, i can't {verb} {the_noun}",
    'same error again',
    'order {num} still {adj}',
    'ok thanks',
    'it works now',
  ],
  customerGreetings: ['Hi,', 'Hello,', 'Good morning,', 'Hi team,'],
  customerClosings: ['Thanks.', 'Best regards,', 'Looking forward to your reply.', 'Cheers,'],
  agentGreetings: ['Hi {name},', 'Hello {name},', 'Hi {name}, thanks for contacting us.'],
  agentClosings: [
    'Let us know if you need anything else.',
    'Best,\n{agent}',
    'Kind regards,\n{agent} · Support',
  ],
  firstNames: wordList(`
    James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Susan Richard
    Jessica Thomas Sarah
  `),
  lastNames: wordList(`
    Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin
    Jackson Thompson White
  `),
};
