import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from './i18n.js';
import { isLanguageCode, type LanguageCode } from './languages.js';

/**
 * The current language, and whether the first catalogue has arrived. Used at the top of the app
 * so a language change re-renders every screen. `ready` never goes back to false: a later switch
 * keeps the screen (and its connection) as it is while the new catalogue loads.
 */
export function useLanguage(): {
  language: LanguageCode;
  ready: boolean;
  setLanguage: typeof setLanguage;
} {
  const { i18n, ready } = useTranslation();
  const once = useRef(false);
  if (ready) once.current = true;
  const current = i18n.resolvedLanguage ?? i18n.language;
  return { language: isLanguageCode(current) ? current : 'en', ready: once.current, setLanguage };
}
