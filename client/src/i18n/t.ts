import { en, type MessageKey } from './en.js';

/**
 * Looks up a sentence and fills in `{placeholders}`. One function, so moving to i18next later
 * (issue 8) changes this file and not the components.
 */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const template: string = en[key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_one` ? Base : never;
}[MessageKey];

const plurals = new Intl.PluralRules('en');

/** Count-dependent sentences, with i18next's `_one` / `_other` key suffixes. */
export function tn(base: PluralBase, count: number, values?: Record<string, string | number>) {
  const form = plurals.select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, { count, ...values });
}
