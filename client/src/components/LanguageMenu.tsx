import { useId } from 'react';
import { t } from '../i18n/t.js';
import { LANGUAGES } from '../i18n/languages.js';
import { useLanguage } from '../i18n/useLanguage.js';

/**
 * A small, native language menu: works with one thumb, a keyboard and a screen reader, and
 * each language is written in itself. The choice is remembered on this device.
 */
export function LanguageMenu({ className }: { className?: string }) {
  const id = useId();
  const { language, setLanguage } = useLanguage();
  return (
    <div className={`language-menu ${className ?? ''}`}>
      <label htmlFor={id} className="language-menu__label">
        <svg
          className="language-menu__icon"
          aria-hidden="true"
          width="22"
          height="22"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
        </svg>
        <span className="visually-hidden">{t('lang.label')}</span>
      </label>
      <select
        id={id}
        className="language-menu__select"
        value={language}
        onChange={(e) => void setLanguage(e.target.value)}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
