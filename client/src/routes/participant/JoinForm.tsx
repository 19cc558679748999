import { useState, type CSSProperties, type FormEvent } from 'react';
import { LanguageMenu } from '../../components/LanguageMenu.js';
import { t, tn } from '../../i18n/t.js';
import type { JoinInfo } from '../../lib/api.js';
import { friendlyError, type Problem } from '../../lib/friendlyError.js';

const AUTO = '';

/** Name (optional) and group, in big touch targets; "place me automatically" is the default. */
export function JoinForm({
  info,
  linkGroup,
  problem,
  onRetry,
  onJoin,
}: {
  info: JoinInfo | null;
  /** The group named by the join link (?group=), chosen in advance when it exists. */
  linkGroup?: string | null;
  problem: Problem | null;
  onRetry: () => void;
  onJoin: (name: string, groupId?: string) => void;
}) {
  const [name, setName] = useState('');
  const [chosen, setGroupId] = useState<string | null>(null);
  const linked = info?.groups.some((g) => g.id === linkGroup) ? linkGroup! : AUTO;
  const groupId = chosen ?? linked;
  // Only in "choose" mode do participants pick; otherwise the server places them.
  const choosing = (info?.groupMode ?? 'choose') === 'choose';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A group from the link is sent in every mode: the server honours it only where it may.
    onJoin(name.trim(), (choosing ? groupId : linked) || undefined);
  };

  return (
    <main className="page page--phone join">
      <div className="join__top">
        <p className="brand brand--small">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </p>
        <LanguageMenu />
      </div>
      {problem ? (
        <div className="notice" role="alert">
          <p>{friendlyError(problem)}</p>
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('card.retry')}
          </button>
        </div>
      ) : null}
      {!info && !problem ? (
        <p className="loading" role="status">
          {t('join.loading')}
        </p>
      ) : null}
      {info ? (
        <form className="stack" onSubmit={submit}>
          <header>
            <p className="eyebrow">{t('join.heading')}</p>
            <h1 className="join__title">{info.title}</h1>
          </header>
          <label className="field">
            <span className="field__label">{t('join.name')}</span>
            <input
              type="text"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={40}
              autoComplete="nickname"
              enterKeyHint="next"
              aria-describedby="name-hint"
            />
            <span id="name-hint" className="hint">
              {t('join.nameHint')}
            </span>
          </label>
          {choosing ? null : (
            <p className="hint hint--box" id="placed-hint">
              {t('join.placed')}
            </p>
          )}
          {choosing ? (
            <fieldset className="choices">
              <legend className="field__label">{t('join.group')}</legend>
              <label className="choice">
                <input
                  type="radio"
                  name="group"
                  value={AUTO}
                  checked={groupId === AUTO}
                  onChange={() => setGroupId(AUTO)}
                />
                <span className="choice__body">
                  <span className="choice__title">{t('join.auto')}</span>
                  <span className="choice__hint">{t('join.autoHint')}</span>
                </span>
              </label>
              {info.groups.map((g) => (
                <label
                  key={g.id}
                  className="choice"
                  style={{ '--group-color': g.color } as CSSProperties}
                >
                  <input
                    type="radio"
                    name="group"
                    value={g.id}
                    checked={groupId === g.id}
                    disabled={info.cap != null && g.members >= info.cap}
                    onChange={() => setGroupId(g.id)}
                  />
                  <span className="choice__swatch" aria-hidden="true" />
                  <span className="choice__body">
                    <span className="choice__title">{g.name}</span>
                    <span className="choice__hint">
                      {g.members === 0 ? t('join.membersNone') : tn('join.members', g.members)}
                      {info.cap != null && g.members >= info.cap ? ` · ${t('join.full')}` : ''}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <div className="sticky-action">
            <button type="submit" className="button button--primary button--block">
              {t('join.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </main>
  );
}
