import { useRef, type KeyboardEvent } from 'react';
import { t } from '../../i18n/t.js';

export const TABS = ['run', 'groups', 'themes', 'cards', 'voting', 'share'] as const;
export type Tab = (typeof TABS)[number];

export function isTab(value: string | null): value is Tab {
  return (TABS as readonly string[]).includes(value ?? '');
}

/** The facilitator's sections, as an ARIA tab list (arrow keys move between tabs). */
export function Tabs({
  current,
  onChange,
  badges,
}: {
  current: Tab;
  onChange: (tab: Tab) => void;
  badges: Partial<Record<Tab, string | number>>;
}) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const i = TABS.indexOf(current);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(i - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : null;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <nav className="tabs" aria-label={t('f.tabs.label')}>
      <div
        role="tablist"
        aria-label={t('f.tabs.label')}
        className="tabs__list"
        onKeyDown={onKeyDown}
      >
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              refs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === current}
            aria-controls={`panel-${tab}`}
            tabIndex={tab === current ? 0 : -1}
            className="tabs__tab"
            onClick={() => onChange(tab)}
          >
            {t(`f.tabs.${tab}`)}
            {badges[tab] !== undefined ? <span className="tabs__badge">{badges[tab]}</span> : null}
          </button>
        ))}
      </div>
    </nav>
  );
}
