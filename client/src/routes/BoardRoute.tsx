import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { isJoinCode, normalizeJoinCode } from '../../../shared/joinCode.js';
import { ConnectionBadge } from '../components/ConnectionBadge.js';
import { ProblemScreen } from '../components/ProblemScreen.js';
import { QrImage } from '../components/QrImage.js';
import { ResultsList } from '../components/ResultsList.js';
import { StepTimer } from '../components/StepTimer.js';
import { t } from '../i18n/t.js';
import { rankByVotes } from '../lib/tally.js';
import { useWorkshop } from '../lib/useWorkshop.js';
import { voteItems } from '../lib/voteItems.js';
import { useAppStore } from '../store/appStore.js';
import { selectIsPrivate } from '../store/sessionSelectors.js';
import { BoardColumn } from './board/BoardColumn.js';
import { BoardLobby } from './board/BoardLobby.js';
import { BoardSpotlight } from './board/BoardSpotlight.js';
import { boardColumns } from './board/columns.js';
import { useSeenAtStart } from './board/useSeenAtStart.js';

/**
 * The projector: how to join in the lobby; then the current step's prompt and timer with every
 * card live, by theme (or by group); a spotlight; the ranked results when voting closes.
 * Read-only, large type, light or dark as the facilitator chooses.
 */
export default function BoardRoute() {
  const params = useParams();
  const code = normalizeJoinCode(params.code ?? '');
  const valid = isJoinCode(code);
  useWorkshop(valid ? { role: 'board', code } : null);
  const status = useAppStore((s) => s.status);
  const problem = useAppStore((s) => s.problem);
  const state = useAppStore((s) => s.workshop);
  const isPrivate = useAppStore(selectIsPrivate);
  const seenAtStart = useSeenAtStart();
  const scheme = state?.board.colorScheme ?? 'auto';
  useColorScheme(scheme);

  const columns = useMemo(
    () => (state ? boardColumns(state, t('board.unsorted'), t('board.everyone')) : []),
    // t() depends on the language, which re-renders the whole app when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state],
  );
  const groups = useMemo(
    () => new Map((state?.groups ?? []).map((g) => [g.id, g])),
    [state?.groups],
  );

  if (!valid) return <ProblemScreen problem="NOT_FOUND" />;
  if (status === 'refused' && problem) return <ProblemScreen problem={problem} />;

  const joinUrl = `${window.location.origin}/j/${code}`;
  const agenda = state?.agenda;
  const step = agenda ? agenda.steps[agenda.current] : undefined;
  const voting = state?.voting ?? null;
  // The lobby: before the first step of an agenda, or while no card is up. A session without
  // an agenda leaves it with its first card.
  const notStarted = !!agenda && agenda.steps.length > 0 && agenda.current < 0;
  const lobby = notStarted || (state?.cards.length ?? 0) === 0;
  const votesShown = voting !== null && (voting.status === 'closed' || voting.counts === 'live');
  const themeVotes = (themeId?: string) => {
    if (!themeId || !votesShown || voting?.target !== 'themes') return undefined;
    return state!.votes.filter((v) => v.targetId === themeId).length;
  };

  let body;
  if (!state) {
    body = <div className="board__loading" aria-busy="true" />;
  } else if (state.board.spotlight) {
    body = <BoardSpotlight state={state} />;
  } else if (voting?.status === 'closed') {
    body = (
      <section className="board__results" aria-labelledby="results-title">
        <h2 id="results-title" className="board__sectionTitle">
          {t('board.results')}
        </h2>
        <ResultsList ranked={rankByVotes(voteItems(state), state.votes)} size="large" limit={10} />
      </section>
    );
  } else if (lobby) {
    body = (
      <>
        <BoardLobby code={code} joinUrl={joinUrl} />
        {step && isPrivate ? <p className="board__note">{t('board.private')}</p> : null}
      </>
    );
  } else {
    body = (
      <>
        {voting?.status === 'open' ? (
          <p className="board__banner" role="status">
            {t('board.votingOpen')}
            {voting.counts === 'hidden' ? ` · ${t('board.votingHidden')}` : ''}
          </p>
        ) : null}
        {isPrivate ? <p className="board__note">{t('board.private')}</p> : null}
        <div className="board__columns">
          {columns.map((c) => (
            <BoardColumn
              key={c.id}
              id={c.id}
              name={c.name}
              cards={c.cards}
              groups={groups}
              {...(c.color ? { color: c.color } : {})}
              {...(themeVotes(c.themeId) !== undefined ? { votes: themeVotes(c.themeId)! } : {})}
              seenAtStart={seenAtStart}
            />
          ))}
        </div>
      </>
    );
  }

  return (
    <main className={`board${lobby && !step ? ' board--lobby' : ''}`}>
      <header className="board__head">
        <div className="board__heading">
          {step && agenda ? (
            <p className="board__stepNo">
              {t('board.step', { n: agenda.current + 1, total: agenda.steps.length })} ·{' '}
              <span dir="auto">{step.title}</span>
            </p>
          ) : null}
          <h1 className={step ? 'board__prompt' : 'board__title'} dir="auto">
            {step ? step.prompt || step.title : (state?.workshop.title ?? '\u00a0')}
          </h1>
          {step ? (
            <p className="board__session" dir="auto">
              {state?.workshop.title}
            </p>
          ) : null}
        </div>
        {agenda ? <StepTimer timer={agenda.timer} className="board__timer" /> : null}
        {!lobby || state?.board.spotlight || voting?.status === 'closed' ? (
          <div className="board__join">
            <p className="board__joinText">
              <span>{joinUrl.replace(/^https?:\/\//, '').replace(/\/j\/.*$/, '')}/j/</span>
              <strong className="board__code">{code}</strong>
            </p>
            <QrImage className="board__qr" value={joinUrl} alt={t('board.qrAlt')} />
          </div>
        ) : null}
      </header>
      {body}
      <div className="board__status">
        <ConnectionBadge />
      </div>
    </main>
  );
}

/** Follows the facilitator's choice; "auto" leaves it to the projector computer's setting. */
function useColorScheme(scheme: 'auto' | 'light' | 'dark'): void {
  useEffect(() => {
    const root = document.documentElement;
    if (scheme === 'auto') delete root.dataset.scheme;
    else root.dataset.scheme = scheme;
    return () => {
      delete root.dataset.scheme;
    };
  }, [scheme]);
}
