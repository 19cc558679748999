import { useMemo, useState } from 'react';
import { t, tn } from '../../i18n/t.js';
import { friendlyError, type Problem } from '../../lib/friendlyError.js';
import { rankByVotes } from '../../lib/tally.js';
import { voteItems } from '../../lib/voteItems.js';
import { sendCommand } from '../../socket.js';
import { useAppStore } from '../../store/appStore.js';
import { selectVotes, selectVoting, useMyVotes } from '../../store/sessionSelectors.js';
import { ResultsList } from '../../components/ResultsList.js';

/**
 * Dot voting with one thumb: each item has a big "Vote" button and, once it has some of mine,
 * a "Take back" one. Votes are counted by the server; the screen shows them when the event
 * comes back, so every phone and the board agree.
 */
export function VotePanel() {
  const voting = useAppStore(selectVoting);
  const workshop = useAppStore((s) => s.workshop);
  const items = useMemo(() => (workshop ? voteItems(workshop) : []), [workshop]);
  const votes = useAppStore(selectVotes);
  const mine = useMyVotes();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!voting) return null;

  const used = [...mine.values()].reduce((a, b) => a + b, 0);
  const left = Math.max(0, voting.perParticipant - used);
  const totals = new Map<string, number>();
  for (const v of votes) totals.set(v.targetId, (totals.get(v.targetId) ?? 0) + 1);

  if (voting.status === 'closed') {
    return (
      <section className="panel vote" aria-labelledby="results-heading">
        <h2 id="results-heading">{t('vote.results')}</h2>
        <ResultsList ranked={rankByVotes(items, votes)} />
      </section>
    );
  }

  const act = async (kind: 'vote:cast' | 'vote:retract', targetId: string) => {
    setBusy(targetId);
    setProblem(null);
    const reply = await sendCommand(kind, { targetId });
    setBusy(null);
    if (!reply.ok) {
      setProblem(
        reply.code === 'CONFLICT' ? t('vote.allUsed') : friendlyError(reply.code as Problem),
      );
    }
  };

  return (
    <section className="panel vote" aria-labelledby="vote-heading">
      <div className="vote__head">
        <h2 id="vote-heading">{t('vote.heading')}</h2>
        <p className="vote__left" role="status" aria-live="polite">
          {tn('vote.left', left)}
        </p>
      </div>
      <p className="hint">
        {tn('vote.rules', voting.perParticipant)}{' '}
        {voting.allowMultiple ? t('vote.rulesMultiple') : t('vote.rulesSingle')}{' '}
        {voting.counts === 'hidden' ? t('vote.hiddenCounts') : ''}
      </p>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {items.length === 0 ? <p className="empty">{t('vote.nothing')}</p> : null}
      <ul className="vote__items">
        {items.map((item) => {
          const onItem = mine.get(item.id) ?? 0;
          const canGive = left > 0 && (voting.allowMultiple || onItem === 0);
          return (
            <li key={item.id} className={`vote-item${onItem ? ' vote-item--mine' : ''}`}>
              <div className="vote-item__body">
                <p className="vote-item__label" dir="auto">
                  {item.label}
                </p>
                <p className="vote-item__meta">
                  {onItem ? (
                    <span className="vote-item__mine">
                      <span className="vote-dots" aria-hidden="true">
                        {'●'.repeat(Math.min(onItem, 10))}
                      </span>
                      {tn('vote.mine', onItem)}
                    </span>
                  ) : null}
                  {voting.counts === 'live' ? (
                    <span className="vote-item__total">
                      {tn('vote.total', totals.get(item.id) ?? 0)}
                    </span>
                  ) : null}
                  {item.detail ? <span className="vote-item__detail">{item.detail}</span> : null}
                </p>
              </div>
              <div className="vote-item__actions">
                {onItem ? (
                  <button
                    type="button"
                    className="button button--secondary vote-item__take"
                    aria-label={t('vote.takeFor', { item: item.label })}
                    disabled={busy === item.id}
                    onClick={() => void act('vote:retract', item.id)}
                  >
                    −
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button--primary vote-item__give"
                  aria-label={t('vote.giveFor', { item: item.label })}
                  disabled={!canGive || busy === item.id}
                  onClick={() => void act('vote:cast', item.id)}
                >
                  {t('vote.give')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
