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
        <span aria-hidden="true" className="language-menu__icon">
          文A
        </span>
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
