import { useId, useState, type FormEvent } from 'react';
import type { Card } from '../../../../shared/model.js';
import { CardItem } from '../../components/CardItem.js';
import { t } from '../../i18n/t.js';
import { friendlyError, type Problem } from '../../lib/friendlyError.js';
import { sendCommand } from '../../socket.js';

const MAX_TEXT = 1000;

/** One of my own cards: shown like any other, with an "Edit" button that opens it in place. */
export function EditableCard({ card, author }: { card: Card; author: string }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  if (draft === null) {
    return (
      <CardItem
        text={card.text}
        kind={card.kind}
        country={card.country}
        author={author}
        edited={card.editedAt !== null}
        actions={
          <button
            type="button"
            className="button button--small button--quiet card__edit"
            onClick={() => setDraft(card.text)}
            aria-label={`${t('card.edit')}: ${card.text.slice(0, 60)}`}
          >
            {t('card.edit')}
          </button>
        }
      />
    );
  }

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text || text.length > MAX_TEXT) return;
    if (text === card.text) return setDraft(null);
    setBusy(true);
    setProblem(null);
    const reply = await sendCommand('card:edit', { cardId: card.id, text });
    setBusy(false);
    if (reply.ok) setDraft(null);
    else setProblem(reply.code as Problem);
  };

  return (
    <form className={`card card--${card.kind} card--editing`} onSubmit={save}>
      <label htmlFor={`${id}-text`} className="field__label">
        {t('card.editLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        className="composer__text"
        dir="auto"
        value={draft}
        rows={3}
        maxLength={MAX_TEXT}
        onChange={(e) => setDraft(e.target.value)}
        autoFocus
      />
      {problem ? (
        <p className="form-error" role="alert">
          {friendlyError(problem)}
        </p>
      ) : null}
      <div className="card__actions">
        <button type="submit" className="button button--primary" disabled={busy || !draft.trim()}>
          {t('card.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setDraft(null)}>
          {t('card.cancel')}
        </button>
      </div>
    </form>
  );
}
