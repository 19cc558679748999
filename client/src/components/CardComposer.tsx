import { useId, useState, type FormEvent } from 'react';
import { CARD_KINDS, type CardKind, type Group } from '../../../shared/model.js';
import { t } from '../i18n/t.js';
import { postCard } from '../socket.js';
import { readJson, writeJson } from '../storage/localJson.js';
import { storageKeys } from '../storage/keys.js';
import { useDraft } from '../storage/useDraft.js';
import { KindToggle } from './KindToggle.js';

/** Mirrors LIMITS.cardText in shared/schemas.ts (not imported: that module pulls in zod). */
const MAX_TEXT = 1000;
const MAX_COUNTRY = 60;

/**
 * Writes a card. The text is saved on the device as it is typed, and a posted card goes to the
 * outbox first, so neither a reload nor a dropped connection loses it.
 */
export function CardComposer({
  scope,
  groups,
  kinds = CARD_KINDS,
}: {
  /** Where the draft is kept (one per workshop and person). */
  scope: string;
  /** Given to facilitators, who choose where a card goes. */
  groups?: Group[];
  /** The kinds the current step takes (all by default). */
  kinds?: readonly CardKind[];
}) {
  const ids = useId();
  const [text, setText, clearText] = useDraft(scope);
  const [chosenKind, setKind] = useState<CardKind>('example');
  // A step that takes one kind only decides it; the toggle shows only when there is a choice.
  const kind = kinds.includes(chosenKind) ? chosenKind : (kinds[0] ?? 'finding');
  // The country rarely changes between cards, so it is remembered.
  const countryKey = storageKeys.draft(`${scope}:country`);
  const [country, setCountryState] = useState(() => readJson<string>(countryKey) ?? '');
  const setCountry = (value: string) => {
    setCountryState(value);
    writeJson(countryKey, value);
  };
  const [groupId, setGroupId] = useState<string>('');
  const over = text.trim().length - MAX_TEXT;
  const canPost = text.trim().length > 0 && over <= 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canPost) return;
    postCard({ text, kind, country, groupId: groupId || null });
    clearText();
  };

  return (
    <form className="composer" onSubmit={submit} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="composer__heading">
        {t('composer.heading')}
        {kinds.length === 1 ? (
          <span className={`tag tag--${kind}`}>{t(`card.${kind}`)}</span>
        ) : null}
      </h2>
      {kinds.length > 1 ? (
        <KindToggle value={kind} onChange={setKind} name={`${ids}-kind`} kinds={kinds} />
      ) : null}
      <label className="field">
        <span className="visually-hidden">{t('composer.text')}</span>
        <textarea
          className="composer__text"
          dir="auto"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={
            kind === 'example' ? t('composer.placeholderExample') : t('composer.placeholderFinding')
          }
          rows={4}
          maxLength={MAX_TEXT + 200}
          aria-describedby={`${ids}-hint`}
          aria-invalid={over > 0 || undefined}
        />
      </label>
      <p id={`${ids}-hint`} className={`hint${over > 0 ? ' hint--error' : ''}`}>
        {over > 0 ? t('composer.tooLong', { count: over }) : text ? t('composer.saved') : '\u00a0'}
      </p>
      <div className="composer__row">
        <label className="field field--grow">
          <span className="field__label">{t('composer.country')}</span>
          <input
            type="text"
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            placeholder={t('composer.countryPlaceholder')}
            maxLength={MAX_COUNTRY}
            autoComplete="country-name"
            enterKeyHint="done"
          />
        </label>
        {groups ? (
          <label className="field field--grow">
            <span className="field__label">{t('composer.group')}</span>
            <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
              <option value="">{t('composer.wholeRoom')}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <button type="submit" className="button button--primary button--block" disabled={!canPost}>
        {t('composer.submit')}
      </button>
    </form>
  );
}
