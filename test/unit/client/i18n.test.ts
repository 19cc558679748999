import { describe, expect, it } from 'vitest';
import { en } from '../../../client/src/i18n/en.js';
import { LANGUAGES, pickLanguage } from '../../../client/src/i18n/languages.js';

/**
 * Every participant and board sentence exists in every language, with every plural form the
 * language needs and the same {placeholders} as English. The facilitator's `f.` keys may fall
 * back to English.
 */
const catalogues = import.meta.glob<{ default: Record<string, string> }>(
  '../../../client/src/i18n/locales/*.ts',
  { eager: true },
);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const keys = Object.keys(en).filter((k) => !k.startsWith('f.'));
const singular = keys.filter((k) => !/_(one|other)$/.test(k));
const pluralBases = [
  ...new Set(
    keys.filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')),
  ),
];

describe('interface languages', () => {
  for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
    const catalogue = catalogues[`../../../client/src/i18n/locales/${code}.ts`]?.default;
    it(`${code}: has a catalogue`, () => expect(catalogue).toBeDefined());
    if (!catalogue) continue;

    it(`${code}: translates every participant and board sentence`, () => {
      const missing = singular.filter((k) => !(k in catalogue));
      expect(missing).toEqual([]);
    });

    it(`${code}: has every plural form the language needs`, () => {
      const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const missing = pluralBases.flatMap((base) =>
        forms.filter((f) => !(`${base}_${f}` in catalogue)).map((f) => `${base}_${f}`),
      );
      expect(missing).toEqual([]);
    });

    it(`${code}: keeps the placeholders of English`, () => {
      const wrong = Object.entries(catalogue).filter(([key, text]) => {
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        const source =
          (en as Record<string, string>)[key] ??
          (en as Record<string, string>)[`${base}_other`] ??
          '';
        const expected = placeholders(source);
        const got = placeholders(text);
        // A one-form plural may spell out the number instead of {count}.
        return (
          JSON.stringify(got.filter((p) => p !== 'count')) !==
          JSON.stringify(expected.filter((p) => p !== 'count'))
        );
      });
      expect(wrong).toEqual([]);
    });

    it(`${code}: has no keys English does not have`, () => {
      const known = new Set(Object.keys(en));
      const extra = Object.keys(catalogue).filter(
        (k) => !known.has(k) && !known.has(k.replace(/_(zero|one|two|few|many|other)$/, '_other')),
      );
      expect(extra).toEqual([]);
    });
  }
});

describe('choosing the language', () => {
  it('takes the first browser language we speak, by its base', () => {
    expect(pickLanguage(['es-ES', 'en'])).toBe('es');
    expect(pickLanguage(['de-DE', 'uk-UA', 'en'])).toBe('uk');
    expect(pickLanguage(['pt-BR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
  it('prefers what the person chose on this device', () => {
    expect(pickLanguage(['es-ES'], 'vi')).toBe('vi');
    expect(pickLanguage(['es-ES'], 'xx')).toBe('es');
  });
});
