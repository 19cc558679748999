import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readJson, writeJson } from '../storage/localJson.js';
import { en } from './en.js';
import { isLanguageCode, pickLanguage, type LanguageCode } from './languages.js';

/**
 * i18next, set up once. English is in the main bundle; every other catalogue is its own small
 * chunk, fetched when the language is chosen, so a phone downloads one language only.
 */
const STORAGE_KEY = 'otterboard:v1:language';

type Catalogue = Record<string, string>;
const catalogues = import.meta.glob<{ default: Catalogue }>('./locales/*.ts');

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language === 'en') return callback(null, en);
    const load = catalogues[`./locales/${language}.ts`];
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export const initialLanguage: LanguageCode = pickLanguage(
  browserLanguages(),
  readJson<string>(STORAGE_KEY),
);

function markDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

i18next.on('languageChanged', markDocument);

export const i18nReady = i18next
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    lng: initialLanguage,
    fallbackLng: 'en',
    // English always loads with the bundle; it is the fallback for keys a catalogue lacks.
    partialBundledLanguages: true,
    resources: { en: { translation: en } },
    supportedLngs: ['en', 'es', 'fr', 'id', 'pl', 'ro', 'uk', 'vi'],
    load: 'languageOnly',
    // The catalogues use {name} placeholders; React escapes what it renders.
    interpolation: { prefix: '{', suffix: '}', escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  })
  .then(() => markDocument(i18next.language));

/** Switches the interface language and remembers it on this device. */
export async function setLanguage(language: string): Promise<void> {
  if (!isLanguageCode(language)) return;
  writeJson(STORAGE_KEY, language);
  // Load first, then switch: the screen never shows keys while the catalogue travels.
  await i18next.loadLanguages(language);
  await i18next.changeLanguage(language);
}

export { i18next };
