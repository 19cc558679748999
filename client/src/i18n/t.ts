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
