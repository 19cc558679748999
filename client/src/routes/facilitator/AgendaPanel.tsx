import { useState } from 'react';
import { CARD_KINDS, STEP_ACTIVITIES, type CardKind, type Step } from '../../../../shared/model.js';
import { t } from '../../i18n/t.js';
import { newId } from '../../lib/newId.js';
import { useAppStore } from '../../store/appStore.js';
import { blankStep, minutesToSeconds, moveStep, removeStep, replaceStep } from './agendaEdit.js';
import { command } from './command.js';
import { StepChips } from './NowPanel.js';
import { saveTemplate, templateSteps } from './savedTemplates.js';
import { formatDuration } from './timer.js';
import { showToast } from './toasts.js';

const NO_STEPS: Step[] = [];

/** The agenda: every step, the current one marked, a jump to any step; and its editor. */
export function AgendaPanel() {
  const steps = useAppStore((s) => s.workshop?.agenda.steps ?? NO_STEPS);
  const current = useAppStore((s) => s.workshop?.agenda.current ?? -1);
  const [draft, setDraft] = useState<Step[] | null>(null);

  return (
    <section className="panel agenda" aria-labelledby="agenda-heading">
      <div className="panel__head">
        <h2 id="agenda-heading">{t('f.agenda.heading')}</h2>
        {draft ? null : (
          <div className="panel__actions">
            <SaveAsTemplate steps={steps} />
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setDraft(steps.map((s) => ({ ...s })))}
            >
              {t('f.agenda.edit')}
            </button>
          </div>
        )}
      </div>
      {draft ? (
        <AgendaEditor draft={draft} setDraft={setDraft} onDone={() => setDraft(null)} />
      ) : steps.length === 0 ? (
        <p className="empty">{t('f.agenda.empty')}</p>
      ) : (
        <ol className="agenda__list">
          {steps.map((step, i) => (
            <li
              key={step.id}
              className={`agenda__item${i === current ? ' agenda__item--current' : ''}${i < current ? ' agenda__item--done' : ''}`}
              aria-current={i === current ? 'step' : undefined}
            >
              <span className="agenda__num" aria-hidden="true">
                {i + 1}
              </span>
              <div className="agenda__body">
                <p className="agenda__title">{step.title}</p>
                <p className="agenda__meta">
                  {t(`f.activity.${step.activity}`)}
                  {step.durationSec ? ` · ${formatDuration(step.durationSec)}` : ''}
                  {step.visibility === 'group' ? ` · ${t('f.step.privateChip')}` : ''}
                  {step.posting ? '' : ` · ${t('f.step.postingClosed')}`}
                </p>
              </div>
              {i === current ? (
                <span className="agenda__now">{t('f.agenda.now')}</span>
              ) : (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => command('step:goto', { index: i })}
                  aria-label={t('f.agenda.gotoLabel', { title: step.title })}
                >
                  {t('f.agenda.goto')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SaveAsTemplate({ steps }: { steps: Step[] }) {
  const title = useAppStore((s) => s.workshop?.workshop.title ?? '');
  const groups = useAppStore((s) => s.workshop?.groups);
  const [name, setName] = useState<string | null>(null);
  if (steps.length === 0) return null;
  if (name === null)
    return (
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => setName(title)}
      >
        {t('f.agenda.saveTemplate')}
      </button>
    );
  const save = () => {
    if (!name.trim()) return;
    saveTemplate({
      name: name.trim(),
      savedAt: new Date().toISOString(),
      steps: templateSteps(steps),
      groupNames: (groups ?? []).map((g) => g.name),
    });
    showToast(t('f.agenda.templateSaved', { name: name.trim() }));
    setName(null);
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="field">
        <span className="visually-hidden">{t('f.agenda.templateName')}</span>
        <input
          type="text"
          value={name}
          autoFocus
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('f.agenda.templateName')}
        />
      </label>
      <button
        type="submit"
        className="button button--primary button--small"
        disabled={!name.trim()}
      >
        {t('f.save')}
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => setName(null)}
      >
        {t('f.cancel')}
      </button>
    </form>
  );
}

function AgendaEditor({
  draft,
  setDraft,
  onDone,
}: {
  draft: Step[];
  setDraft: (steps: Step[]) => void;
  onDone: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const valid = draft.every((s) => s.title.trim());
  const save = async () => {
    setBusy(true);
    const reply = await command('agenda:set', { steps: draft }, t('f.agenda.saved'));
    setBusy(false);
    if (reply.ok) onDone();
  };
  return (
    <div className="agenda-editor">
      <ol className="agenda-editor__list">
        {draft.map((step, i) => (
          <li key={step.id}>
            <StepEditor
              index={i}
              count={draft.length}
              step={step}
              onChange={(next) => setDraft(replaceStep(draft, i, next))}
              onMove={(to) => setDraft(moveStep(draft, i, to))}
              onRemove={() => setDraft(removeStep(draft, i))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={draft.length >= 30}
        onClick={() =>
          setDraft([...draft, blankStep(newId(), t('f.agenda.newStep', { n: draft.length + 1 }))])
        }
      >
        + {t('f.agenda.addStep')}
      </button>
      <div className="agenda-editor__actions">
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('f.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !valid}
          onClick={save}
        >
          {t('f.agenda.saveAgenda')}
        </button>
      </div>
    </div>
  );
}

function StepEditor({
  index,
  count,
  step,
  onChange,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  step: Step;
  onChange: (step: Step) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const [minutes, setMinutes] = useState(step.durationSec ? String(step.durationSec / 60) : '');
  const set = (patch: Partial<Step>) => onChange({ ...step, ...patch });
  const toggleKind = (kind: CardKind, on: boolean) => {
    const kinds = on ? [...new Set([...step.kinds, kind])] : step.kinds.filter((k) => k !== kind);
    if (kinds.length) set({ kinds: CARD_KINDS.filter((k) => kinds.includes(k)) });
  };
  return (
    <fieldset className="step-editor">
      <legend className="step-editor__legend">{t('f.agenda.stepN', { n: index + 1 })}</legend>
      <div className="step-editor__tools">
        <button
          type="button"
          className="icon-button"
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
          aria-label={t('f.agenda.moveUp', { n: index + 1 })}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
          aria-label={t('f.agenda.moveDown', { n: index + 1 })}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          onClick={onRemove}
          aria-label={t('f.agenda.remove', { n: index + 1 })}
        >
          ✕
        </button>
      </div>
      <label className="field">
        <span className="field__label">{t('f.step.title')}</span>
        <input
          type="text"
          value={step.title}
          maxLength={120}
          onChange={(e) => set({ title: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('f.step.prompt')}</span>
        <textarea
          rows={2}
          value={step.prompt}
          maxLength={1000}
          onChange={(e) => set({ prompt: e.target.value })}
        />
      </label>
      <div className="step-editor__row">
        <label className="field">
          <span className="field__label">{t('f.step.activity')}</span>
          <select
            value={step.activity}
            onChange={(e) => set({ activity: e.target.value as Step['activity'] })}
          >
            {STEP_ACTIVITIES.map((a) => (
              <option key={a} value={a}>
                {t(`f.activity.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('f.step.visibility')}</span>
          <select
            value={step.visibility}
            onChange={(e) => set({ visibility: e.target.value as Step['visibility'] })}
          >
            <option value="all">{t('f.step.visibleAll')}</option>
            <option value="group">{t('f.step.visibleGroup')}</option>
          </select>
        </label>
        <label className="field field--narrow">
          <span className="field__label">{t('f.step.minutes')}</span>
          <input
            type="number"
            min={0}
            step={1}
            inputMode="decimal"
            value={minutes}
            placeholder={t('f.step.noTimer')}
            onChange={(e) => {
              setMinutes(e.target.value);
              set({ durationSec: minutesToSeconds(e.target.value) });
            }}
          />
        </label>
      </div>
      <div className="step-editor__row step-editor__checks">
        {CARD_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={step.kinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.target.checked)}
            />
            {t('f.step.takes', { kind: t(`card.${kind}`) })}
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={step.posting}
            onChange={(e) => set({ posting: e.target.checked })}
          />
          {t('f.step.posting')}
        </label>
      </div>
    </fieldset>
  );
}
