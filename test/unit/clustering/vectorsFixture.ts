// A tiny in-memory vocabulary in the real file format, so tests stay fast and self-contained.
import { loadWordVectors, type WordVectors } from '../../../shared/clustering/index';

const TOPICS: Record<string, string[]> = {
  money: [
    'funding',
    'money',
    'budget',
    'grant',
    'grants',
    'cost',
    'costs',
    'pay',
    'funds',
    'finance',
  ],
  volunteers: [
    'volunteers',
    'volunteer',
    'recruit',
    'thank',
    'recognition',
    'burnout',
    'helpers',
    'retain',
  ],
  data: ['data', 'privacy', 'consent', 'share', 'records', 'confidential', 'information', 'gdpr'],
  tech: ['camera', 'microphone', 'audio', 'stream', 'video', 'sound', 'laptop', 'slides'],
};

export function tinyVectors(glossary?: string): WordVectors {
  const words: string[] = ['the', 'people', 'we', 'need'];
  const rows: number[][] = [
    [1, 0, 0, 0, 0, 0, 0, 0],
    [0.5, 0.1, 0.1, 0.1, 0.1, 0, 0, 0],
    [1, 0, 0, 0, 0, 0, 0, 0.1],
    [1, 0, 0, 0, 0, 0, 0.1, 0],
  ];
  Object.values(TOPICS).forEach((list, t) =>
    list.forEach((w, k) => {
      const v = [0.1, 0, 0, 0, 0, 0.05 * k, 0.03 * (k % 3), 0.02 * (k % 2)];
      v[1 + t] = 1;
      words.push(w);
      rows.push(v);
    }),
  );
  const dims = 8;
  const enc = new TextEncoder().encode(words.join('\n'));
  const bytes = new Uint8Array(12 + 4 * words.length + words.length * dims + enc.length);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('OTV1'));
  view.setUint32(4, words.length, true);
  view.setUint32(8, dims, true);
  rows.forEach((r, i) => {
    const scale = Math.max(...r.map(Math.abs)) / 127;
    view.setFloat32(12 + 4 * i, scale, true);
    r.forEach((x, d) => view.setInt8(12 + 4 * words.length + i * dims + d, Math.round(x / scale)));
  });
  bytes.set(enc, 12 + 4 * words.length + words.length * dims);
  return loadWordVectors(bytes, glossary);
}

export const CARDS = [
  'we need more funding for the budget',
  'grants never pay core costs',
  'money for finance and funds',
  'the budget and grant money ran out',
  'volunteers burnout, nobody says thank you',
  'recruit and retain volunteer helpers',
  'recognition night for volunteers',
  'thank the helpers, volunteers burnout',
  'consent forms and data privacy',
  'share records, confidential information',
  'gdpr means nobody will share data',
  'privacy of records and consent',
  'camera and microphone broke',
  'audio and sound on the stream',
  'video stream kept freezing, laptop slides',
  'microphone audio was bad',
];
