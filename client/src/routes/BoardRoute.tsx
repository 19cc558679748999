import { useParams } from 'react-router-dom';
import { isJoinCode, normalizeJoinCode } from '../../../shared/joinCode.js';
import { ConnectionBadge } from '../components/ConnectionBadge.js';
import { ProblemScreen } from '../components/ProblemScreen.js';
import { QrImage } from '../components/QrImage.js';
import { t } from '../i18n/t.js';
import { useWorkshop } from '../lib/useWorkshop.js';
import { useAppStore } from '../store/appStore.js';
import { selectGroups, selectTitle } from '../store/selectors.js';
import { BoardColumn } from './board/BoardColumn.js';
import { useSeenAtStart } from './board/useSeenAtStart.js';

/** The projector: a big join screen until the first card, then every card, live, by group. */
export default function BoardRoute() {
  const params = useParams();
  const code = normalizeJoinCode(params.code ?? '');
  const valid = isJoinCode(code);
  useWorkshop(valid ? { role: 'board', code } : null);
  const status = useAppStore((s) => s.status);
  const problem = useAppStore((s) => s.problem);
  const title = useAppStore(selectTitle);
  const groups = useAppStore(selectGroups);
  const cardCount = useAppStore((s) => s.workshop?.cards.length ?? 0);
  const hasRoomCards = useAppStore((s) => s.workshop?.cards.some((c) => c.groupId === null));
  const seenAtStart = useSeenAtStart();

  if (!valid) return <ProblemScreen problem="NOT_FOUND" />;
  if (status === 'refused' && problem) return <ProblemScreen problem={problem} />;

  const joinUrl = `${window.location.origin}/j/${code}`;
  const shownUrl = joinUrl.replace(/^https?:\/\//, '');

  if (cardCount === 0) {
    return (
      <main className="board board--lobby">
        <div className="board__status">
          <ConnectionBadge />
        </div>
        <h1 className="lobby__title">{title ?? '\u00a0'}</h1>
        <div className="lobby__join">
          <QrImage className="lobby__qr" value={joinUrl} alt={t('board.qrAlt')} />
          <div className="lobby__how">
            <p className="lobby__step">{t('board.scanToJoin')}</p>
            <p className="lobby__or">
              {t('board.orGoTo')} <strong className="lobby__url">{shownUrl}</strong>
            </p>
            <p className="lobby__or">{t('board.andEnter')}</p>
            <p className="lobby__code" aria-label={code.split('').join(' ')}>
              {code}
            </p>
          </div>
        </div>
        <p className="lobby__waiting">{t('board.waiting')}</p>
      </main>
    );
  }

  return (
    <main className="board">
      <header className="board__head">
        <h1 className="board__title">{title}</h1>
        <div className="board__join">
          <p className="board__joinText">
            <span>{shownUrl.replace(/\/j\/.*$/, '')}/j/</span>
            <strong className="board__code">{code}</strong>
          </p>
          <QrImage className="board__qr" value={joinUrl} alt={t('board.qrAlt')} />
        </div>
        <div className="board__status">
          <ConnectionBadge />
        </div>
      </header>
      <div className="board__columns">
        {groups.map((g) => (
          <BoardColumn
            key={g.id}
            groupId={g.id}
            name={g.name}
            color={g.color}
            seenAtStart={seenAtStart}
          />
        ))}
        {hasRoomCards ? (
          <BoardColumn groupId={null} name={t('board.everyone')} seenAtStart={seenAtStart} />
        ) : null}
      </div>
    </main>
  );
}
