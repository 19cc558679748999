import { useState, type CSSProperties, type FormEvent } from 'react';
import { t, tn } from '../../i18n/t.js';
import type { JoinInfo } from '../../lib/api.js';
import { friendlyError, type Problem } from '../../lib/friendlyError.js';

const AUTO = '';

/** Name (optional) and group, in big touch targets; "place me automatically" is the default. */
export function JoinForm({
  info,
  problem,
  onRetry,
  onJoin,
}: {
  info: JoinInfo | null;
  problem: Problem | null;
  onRetry: () => void;
  onJoin: (name: string, groupId?: string) => void;
}) {
  const [name, setName] = useState('');
  const [groupId, setGroupId] = useState(AUTO);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onJoin(name.trim(), groupId || undefined);
  };

  return (
    <main className="page page--phone join">
      <p className="brand brand--small">
        <span className="brand__mark" aria-hidden="true" />
        {t('app.name')}
      </p>
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
                  onChange={() => setGroupId(g.id)}
                />
                <span className="choice__swatch" aria-hidden="true" />
                <span className="choice__body">
                  <span className="choice__title">{g.name}</span>
                  <span className="choice__hint">
                    {g.members === 0 ? t('join.membersNone') : tn('join.members', g.members)}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
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
