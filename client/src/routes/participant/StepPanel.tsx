import { StepTimer } from '../../components/StepTimer.js';
import { t } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { selectIsPrivate, useCurrentStep } from '../../store/sessionSelectors.js';

/** Where the session is: the current step's title, prompt and timer, or the lobby. */
export function StepPanel() {
  const current = useCurrentStep();
  const timer = useAppStore((s) => s.workshop?.agenda.timer ?? null);
  const isPrivate = useAppStore(selectIsPrivate);
  const revealed = useAppStore(
    (s) => !!s.workshop?.agenda.revealed && current?.step.visibility === 'group',
  );

  if (!current) {
    return (
      <section className="step" aria-labelledby="step-title">
        <p className="eyebrow">{t('app.name')}</p>
        <h1 id="step-title" className="step__title">
          {t('step.lobby')}
        </h1>
        <p className="step__prompt">{t('step.lobbyPrompt')}</p>
      </section>
    );
  }
  const { step, index, total } = current;
  return (
    <section className="step" aria-labelledby="step-title">
      <div className="step__top">
        <p className="eyebrow">{t('step.of', { n: index + 1, total })}</p>
        {timer ? <StepTimer timer={timer} className="step__timer" /> : null}
      </div>
      <h1 id="step-title" className="step__title" dir="auto">
        {step.title}
      </h1>
      {step.prompt ? (
        <p className="step__prompt" dir="auto">
          {step.prompt}
        </p>
      ) : null}
      {isPrivate ? <p className="step__note step__note--private">{t('step.private')}</p> : null}
      {revealed ? <p className="step__note">{t('step.revealed')}</p> : null}
    </section>
  );
}
