import '../../i18n/facilitatorStrings.js';
import './controls.css';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { CreateWorkshopRequest } from '../../../../shared/schemas.js';
import { t } from '../../i18n/t.js';
import { createWorkshop } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendlyError.js';
import { rememberSession } from './facilitatedSessions.js';
import { deleteTemplate, loadTemplates, type SavedTemplate } from './savedTemplates.js';
import { fetchTemplates, type BuiltInTemplate } from './templatesApi.js';

/** '' blank, 'b:<id>' built in, 's:<id>' saved on this device. */
type Choice = string;

/**
 * Starting a session: a title, groups (a number or names), anonymous or not, and an agenda:
 * blank, a built-in template, or one the facilitator saved on this device.
 */
export default function CreateSessionForm() {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [mode, setMode] = useState<'count' | 'names'>('count');
  const [count, setCount] = useState(4);
  const [names, setNames] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [builtIn, setBuiltIn] = useState<BuiltInTemplate[]>([]);
  const [saved, setSaved] = useState<SavedTemplate[]>(() => loadTemplates());
  const [choice, setChoice] = useState<Choice>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void fetchTemplates().then((list) => live && setBuiltIn(list));
    return () => {
      live = false;
    };
  }, []);

  const choose = (next: Choice) => {
    setChoice(next);
    const b = next.startsWith('b:') ? builtIn.find((x) => x.id === next.slice(2)) : undefined;
    const s = next.startsWith('s:') ? saved.find((x) => x.id === next.slice(2)) : undefined;
    if (!title.trim() && (b || s)) setTitle(b?.name ?? s!.name);
    if (s?.groupNames.length) {
      setMode('names');
      setNames(s.groupNames.join('\n'));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const groupNames = names
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    if (!title.trim()) return setError(t('landing.create.needTitle'));
    if (mode === 'names' && groupNames.length === 0)
      return setError(t('landing.create.needGroups'));
    setError(null);
    setBusy(true);
    const body: CreateWorkshopRequest = {
      title: title.trim(),
      ...(mode === 'names' ? { groups: groupNames } : { groupCount: count }),
      ...(anonymous ? { anonymous: true } : {}),
    };
    if (choice.startsWith('b:')) body.template = choice.slice(2);
    if (choice.startsWith('s:')) {
      const own = saved.find((x) => x.id === choice.slice(2));
      if (own) body.agenda = own.steps;
    }
    const result = await createWorkshop(body);
    setBusy(false);
    if (!result.ok) return setError(friendlyError(result.problem));
    rememberSession({
      id: result.data.id,
      title: result.data.title,
      code: result.data.code,
      createdAt: new Date().toISOString(),
    });
    // Same-origin path with the token in the fragment; the facilitator screen stores it.
    const url = new URL(result.data.facilitatorUrl, window.location.href);
    navigate(url.pathname + url.hash);
  };

  return (
    <section className="panel create" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('landing.create.heading')}</h2>
      <p className="lead">{t('landing.create.lead')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <fieldset className="templates">
          <legend className="field__label">{t('f.create.startFrom')}</legend>
          <TemplateOption
            value=""
            choice={choice}
            onChoose={choose}
            name={t('f.create.blank')}
            detail={t('f.create.blankDetail')}
          />
          {builtIn.map((b) => (
            <TemplateOption
              key={b.id}
              value={`b:${b.id}`}
              choice={choice}
              onChoose={choose}
              name={b.name}
              detail={b.description}
              steps={b.steps}
              badge={t('f.create.builtIn')}
            />
          ))}
          {saved.map((s) => (
            <TemplateOption
              key={s.id}
              value={`s:${s.id}`}
              choice={choice}
              onChoose={choose}
              name={s.name}
              detail={t('f.create.savedDetail', {
                date: new Date(s.savedAt).toLocaleDateString(),
              })}
              steps={s.steps.map((x) => x.title)}
              badge={t('f.create.yours')}
              onDelete={() => {
                if (!window.confirm(t('f.create.deleteTemplate', { name: s.name }))) return;
                deleteTemplate(s.id);
                setSaved(loadTemplates());
                if (choice === `s:${s.id}`) setChoice('');
              }}
            />
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">{t('landing.create.title')}</span>
          <input
            type="text"
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('landing.create.titlePlaceholder')}
            maxLength={120}
            required
          />
        </label>
        <fieldset className="segmented">
          <legend className="field__label">{t('landing.create.groupsMode')}</legend>
          <label className="segmented__option">
            <input
              type="radio"
              name="mode"
              checked={mode === 'count'}
              onChange={() => setMode('count')}
            />
            <span>{t('landing.create.byCount')}</span>
          </label>
          <label className="segmented__option">
            <input
              type="radio"
              name="mode"
              checked={mode === 'names'}
              onChange={() => setMode('names')}
            />
            <span>{t('landing.create.byName')}</span>
          </label>
        </fieldset>
        {mode === 'count' ? (
          <label className="field">
            <span className="field__label">{t('landing.create.count')}</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={50}
              value={count}
              onChange={(e) => setCount(Math.max(1, Math.min(50, Number(e.target.value) || 1)))}
            />
          </label>
        ) : (
          <label className="field">
            <span className="field__label">{t('landing.create.names')}</span>
            <textarea
              value={names}
              onChange={(e) => setNames(e.target.value)}
              placeholder={t('landing.create.namesPlaceholder')}
              rows={5}
            />
          </label>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          <span>
            {t('f.create.anonymous')}
            <span className="hint check__hint">{t('f.create.anonymousHint')}</span>
          </span>
        </label>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('landing.create.submitting') : t('landing.create.submit')}
        </button>
      </form>
    </section>
  );
}

function TemplateOption({
  value,
  choice,
  onChoose,
  name,
  detail,
  steps,
  badge,
  onDelete,
}: {
  value: string;
  choice: string;
  onChoose: (value: string) => void;
  name: string;
  detail: string;
  steps?: string[];
  badge?: string;
  onDelete?: () => void;
}) {
  return (
    <div className="template-option">
      <label className="choice">
        <input
          type="radio"
          name="template"
          checked={choice === value}
          onChange={() => onChoose(value)}
        />
        <span className="choice__body">
          <span className="choice__title">
            {name} {badge ? <span className="chip">{badge}</span> : null}
          </span>
          <span className="choice__hint">{detail}</span>
          {steps?.length ? (
            <span className="choice__hint template-option__steps">{steps.join(' → ')}</span>
          ) : null}
        </span>
      </label>
      {onDelete ? (
        <button
          type="button"
          className="icon-button icon-button--danger template-option__delete"
          onClick={onDelete}
          aria-label={t('f.create.deleteTemplateLabel', { name })}
        >
          ✕
        </button>
      ) : null}
    </div>
  );
}
