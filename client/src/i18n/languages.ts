/**
 * The languages the interface speaks, by BCP 47 base code, each named in itself so a person can
 * find their own in the menu whatever language the screen is in now.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'pl', name: 'Polski' },
  { code: 'ro', name: 'Română' },
  { code: 'uk', name: 'Українська' },
  { code: 'vi', name: 'Tiếng Việt' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const CODES: readonly string[] = LANGUAGES.map((l) => l.code);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && CODES.includes(value);
}

/**
 * The first of the browser's preferred languages that we speak ("es-ES" → "es"), else English.
 * Pure, so the choice is testable without a browser.
 */
export function pickLanguage(preferred: readonly string[], saved?: string | null): LanguageCode {
  if (isLanguageCode(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguageCode(base)) return base;
  }
  return 'en';
}
