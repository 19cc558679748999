import { useEffect, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { isJoinCode, normalizeJoinCode } from '../../../shared/joinCode.js';
import { ProblemScreen } from '../components/ProblemScreen.js';
import { t } from '../i18n/t.js';
import { fetchJoinInfo, type JoinInfo } from '../lib/api.js';
import type { Problem } from '../lib/friendlyError.js';
import { useWorkshop } from '../lib/useWorkshop.js';
import type { WorkshopTarget } from '../socket.js';
import { useAppStore } from '../store/appStore.js';
import { forgetIdentity, loadIdentity } from '../storage/participantIdentity.js';
import { RemovedScreen } from './participant/RemovedScreen.js';
import { JoinForm } from './participant/JoinForm.js';
import { ParticipantHome } from './participant/ParticipantHome.js';

/**
 * The phone screen. A returning phone (token on the device) connects at once; a new one sees
 * the title and groups first, picks a name and a group, then connects.
 */
export function ParticipantRoute() {
  const params = useParams();
  const code = normalizeJoinCode(params.code ?? '');
  const valid = isJoinCode(code);
  const [target, setTarget] = useState<WorkshopTarget | null>(() => {
    const saved = valid ? loadIdentity(code) : null;
    return saved?.participantToken ? { role: 'participant', code, name: saved.name } : null;
  });
  useWorkshop(target);
  const status = useAppStore((s) => s.status);
  const problem = useAppStore((s) => s.problem);
  const removed = useAppStore((s) => s.notice?.code === 'REMOVED');
  // A per-group QR code carries ?group=<id>: that group is chosen in advance.
  const [search] = useSearchParams();
  const linkGroup = search.get('group');
  useEffect(() => {
    // Removed by the facilitator: this phone is nobody in the session any more.
    if (removed && valid) forgetIdentity(code);
  }, [removed, valid, code]);

  if (!valid) return <ProblemScreen problem="NOT_FOUND" />;
  if (removed && target) {
    return (
      <RemovedScreen
        onJoinAgain={() => {
          useAppStore.getState().setNotice(null);
          setTarget(null);
        }}
      />
    );
  }
  if (status === 'refused' && problem) return <ProblemScreen problem={problem} />;
  if (!target) return <JoinStep code={code} linkGroup={linkGroup} onJoin={setTarget} />;
  return <ParticipantHome code={code} onLeave={() => setTarget(null)} />;
}

function JoinStep({
  code,
  linkGroup,
  onJoin,
}: {
  code: string;
  linkGroup: string | null;
  onJoin: (target: WorkshopTarget) => void;
}) {
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    fetchJoinInfo(code).then((result) => {
      if (!live) return;
      if (result.ok) setInfo(result.data);
      else setProblem(result.problem);
    });
    return () => {
      live = false;
    };
  }, [code, attempt]);
  const retry = useMemo(
    () => () => {
      setProblem(null);
      setAttempt((n) => n + 1);
    },
    [],
  );

  if (problem === 'NOT_FOUND') return <ProblemScreen problem="NOT_FOUND" />;
  return (
    <JoinForm
      info={info}
      linkGroup={linkGroup}
      problem={problem}
      onRetry={retry}
      onJoin={(name, groupId) =>
        onJoin({ role: 'participant', code, name, ...(groupId ? { groupId } : {}) })
      }
    />
  );
}
