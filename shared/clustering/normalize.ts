// Step 1: normalize a card's text for matching. Lowercase + NFKC, and expand the phone-style
// spellings and abbreviations that workshop cards are full of, so they meet the word vectors.

const PHONE: Record<string, string> = {
  ppl: 'people',
  ppls: 'peoples',
  pls: 'please',
  plz: 'please',
  pl0x: 'please',
  thx: 'thanks',
  thanx: 'thanks',
  ty: 'thank you',
  u: 'you',
  ur: 'your',
  r: 'are',
  b4: 'before',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  bcoz: 'because',
  w: 'with',
  wo: 'without',
  alot: 'a lot',
  govt: 'government',
  gov: 'government',
  dept: 'department',
  depts: 'departments',
  org: 'organisation',
  orgs: 'organisations',
  hrs: 'hours',
  hr: 'hour',
  mins: 'minutes',
  msg: 'message',
  msgs: 'messages',
  info: 'information',
  tho: 'though',
  thru: 'through',
  prob: 'probably',
  probs: 'probably',
  esp: 'especially',
  govts: 'governments',
  yr: 'year',
  yrs: 'years',
  wk: 'week',
  wks: 'weeks',
  mgmt: 'management',
  mgr: 'manager',
  comms: 'communications',
  admin: 'administration',
  appt: 'appointment',
  appts: 'appointments',
  vols: 'volunteers',
  vol: 'volunteer',
  tbh: 'to be honest',
  imo: 'in my opinion',
  idk: "don't know",
  btw: 'by the way',
  asap: 'as soon as possible',
  ppt: 'slides',
  diff: 'different',
  w8: 'wait',
  gr8: 'great',
  l8r: 'later',
  '2day': 'today',
  '2morrow': 'tomorrow',
  nd: 'and',
  n: 'and',
  bcz: 'because',
  cant: "can't",
  dont: "don't",
  wont: "won't",
  doesnt: "doesn't",
  isnt: "isn't",
  didnt: "didn't",
  theres: "there's",
  thats: "that's",
  im: "i'm",
  ive: "i've",
  everyones: "everyone's",
};

const SYMBOLS: [RegExp, string][] = [
  [/\$+/g, ' money '],
  [/€+|£+/g, ' money '],
  [/&/g, ' and '],
  [/\s\+\s|\s\+(?=\w)/g, ' and '],
  [/\bw\/o\b/g, ' without '],
  [/\bw\//g, ' with '],
  [/[’‘`]/g, "'"],
];

/** Lowercase, NFKC, symbols and phone-style spellings expanded. Accents are kept (stemmers need them). */
export function normalize(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  for (const [re, to] of SYMBOLS) s = s.replace(re, to);
  return s.replace(/[\p{L}\p{N}]+/gu, (w) => PHONE[w] ?? w);
}

// Scripts whose vowel signs are combining marks: stripping them would turn words into bare
// consonants (Hindi कार्य → कर), so their words keep every mark.
const MARKS_ARE_LETTERS =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/** Accent-free form of a token, for matching only (never for display). */
export function stripAccents(word: string): string {
  if (MARKS_ARE_LETTERS.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
