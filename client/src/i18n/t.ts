import { i18next } from './i18n.js';
import type { MessageKey } from './en.js';

/**
 * Looks up a sentence in the current language and fills in `{placeholders}`. A thin layer over
 * i18next, so components keep calling `t`/`tn` and never import the library themselves.
 * Components re-render on a language change through `useLanguage` at the top of the app.
 */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  return i18next.t(key, values);
}

type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_one` ? Base : never;
}[MessageKey];

/**
 * Count-dependent sentences. i18next picks the plural form the language needs (`_one`, `_few`,
 * `_many`, `_other`: Ukrainian and Polish have four) with Intl.PluralRules.
 */
export function tn(base: PluralBase, count: number, values?: Record<string, string | number>) {
  return i18next.t(base, { count, ...values });
}
