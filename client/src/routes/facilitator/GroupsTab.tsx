import { useState, type CSSProperties } from 'react';
import { GROUP_MODES, type Group, type GroupMode } from '../../../../shared/model.js';
import { QrImage } from '../../components/QrImage.js';
import { t, tn } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { selectCode, selectGroups, useGroupMembers } from '../../store/selectors.js';
import { command } from './command.js';
import { CopyButton } from './CopyButton.js';

/** Groups: how people are placed, a join link and QR code per group, who is where, live. */
export function GroupsTab() {
  const groups = useAppStore(selectGroups);
  return (
    <div className="tab-stack">
      <div className="two-col">
        <GroupSettingsPanel />
        <AddGroupPanel />
      </div>
      <div className="group-grid group-grid--wide">
        {groups.map((g) => (
          <GroupCard key={g.id} group={g} groups={groups} />
        ))}
      </div>
    </div>
  );
}

function GroupSettingsPanel() {
  const settings = useAppStore((s) => s.workshop?.groupSettings);
  const anonymous = useAppStore((s) => s.workshop?.workshop.anonymous ?? false);
  const [cap, setCap] = useState<string | null>(null);
  if (!settings) return null;
  const capValue = cap ?? (settings.cap === null ? '' : String(settings.cap));
  const saveCap = () => {
    const n = Number(capValue);
    const next = capValue.trim() && n >= 1 ? Math.min(1000, Math.round(n)) : null;
    setCap(null);
    if (next !== settings.cap) void command('groups:configure', { cap: next }, t('f.saved'));
  };
  return (
    <section className="panel" aria-labelledby="placement-heading">
      <h2 id="placement-heading">{t('f.groups.placement')}</h2>
      <fieldset className="segmented">
        <legend className="field__label">{t('f.groups.mode')}</legend>
        {GROUP_MODES.map((mode: GroupMode) => (
          <label key={mode} className="segmented__option">
            <input
              type="radio"
              name="group-mode"
              checked={settings.mode === mode}
              onChange={() => command('groups:configure', { mode })}
            />
            <span>{t(`f.groups.mode.${mode}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="hint">{t(`f.groups.modeHint.${settings.mode}`)}</p>
      <div className="step-editor__row">
        <label className="field field--narrow">
          <span className="field__label">{t('f.groups.cap')}</span>
          <input
            type="number"
            min={1}
            max={1000}
            inputMode="numeric"
            value={capValue}
            placeholder={t('f.groups.noCap')}
            onChange={(e) => setCap(e.target.value)}
            onBlur={saveCap}
            onKeyDown={(e) => e.key === 'Enter' && saveCap()}
          />
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.spreadCountries}
          onChange={(e) => command('groups:configure', { spreadCountries: e.target.checked })}
        />
        {t('f.groups.spread')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(e) =>
            command(
              'workshop:update',
              { anonymous: e.target.checked },
              e.target.checked ? t('f.groups.anonymousOn') : t('f.groups.anonymousOff'),
            )
          }
        />
        {t('f.groups.anonymous')}
      </label>
      <p className="hint">{t('f.groups.anonymousHint')}</p>
    </section>
  );
}

function AddGroupPanel() {
  const [name, setName] = useState('');
  const add = async () => {
    if (!name.trim()) return;
    const reply = await command('group:add', { name: name.trim() }, t('f.groups.added'));
    if (reply.ok) setName('');
  };
  return (
    <section className="panel" aria-labelledby="add-group-heading">
      <h2 id="add-group-heading">{t('f.groups.add')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label className="field field--grow">
          <span className="field__label">{t('f.groups.newName')}</span>
          <input
            type="text"
            value={name}
            maxLength={40}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={!name.trim()}>
          {t('f.groups.addButton')}
        </button>
      </form>
      <p className="hint">{t('f.groups.linkHint')}</p>
    </section>
  );
}

function GroupCard({ group, groups }: { group: Group; groups: Group[] }) {
  const code = useAppStore(selectCode) ?? '';
  const members = useGroupMembers(group.id);
  const cap = useAppStore((s) => s.workshop?.groupSettings.cap ?? null);
  const anonymous = useAppStore((s) => s.workshop?.workshop.anonymous ?? false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const link = `${window.location.origin}/j/${code}?group=${encodeURIComponent(group.id)}`;
  const rename = async () => {
    if (renaming === null || !renaming.trim() || renaming.trim() === group.name)
      return setRenaming(null);
    const reply = await command('group:rename', { groupId: group.id, name: renaming.trim() });
    if (reply.ok) setRenaming(null);
  };
  return (
    <section
      className="group-card"
      style={{ '--group-color': group.color } as CSSProperties}
      aria-labelledby={`gc-${group.id}`}
    >
      <header className="group-card__head">
        {renaming === null ? (
          <>
            <h3 id={`gc-${group.id}`}>{group.name}</h3>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setRenaming(group.name)}
              aria-label={t('f.groups.renameLabel', { name: group.name })}
            >
              {t('f.rename')}
            </button>
          </>
        ) : (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void rename();
            }}
          >
            <label className="field field--grow">
              <span className="visually-hidden" id={`gc-${group.id}`}>
                {t('f.groups.newName')}
              </span>
              <input
                type="text"
                value={renaming}
                maxLength={40}
                autoFocus
                onChange={(e) => setRenaming(e.target.value)}
                aria-labelledby={`gc-${group.id}`}
              />
            </label>
            <button type="submit" className="button button--primary button--small">
              {t('f.save')}
            </button>
          </form>
        )}
        <p className="group-card__count">
          {tn('facilitator.participants', members.length)}
          {cap ? ` / ${cap}` : ''}
        </p>
      </header>
      <div className="group-card__join">
        <QrImage
          className="group-card__qr"
          value={link}
          alt={t('f.groups.qrAlt', { name: group.name })}
        />
        <div className="group-card__link">
          <p className="eyebrow">{t('f.groups.groupLink')}</p>
          <a href={link} target="_blank" rel="noopener" className="group-card__url">
            /j/{code}?group=…
          </a>
          <CopyButton value={link} label={t('f.groups.copyLink', { name: group.name })} />
        </div>
      </div>
      {members.length === 0 ? (
        <p className="members__none">{t('facilitator.noMembers')}</p>
      ) : (
        <ul className="people">
          {members.map((m) => (
            <li key={m.id} className="person">
              <span className="person__name">
                {m.name || t('me.anonymous')}
                {m.country ? <span className="card__country">{m.country}</span> : null}
              </span>
              <label className="person__move">
                <span className="visually-hidden">
                  {t('f.groups.moveLabel', { name: m.name || t('me.anonymous') })}
                </span>
                <select
                  value={group.id}
                  onChange={(e) =>
                    command(
                      'participant:move',
                      { participantId: m.id, groupId: e.target.value },
                      t('f.groups.moved'),
                    )
                  }
                >
                  {groups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={t('f.groups.removeLabel', { name: m.name || t('me.anonymous') })}
                onClick={() => {
                  if (
                    window.confirm(
                      t('f.groups.removeConfirm', { name: m.name || t('me.anonymous') }),
                    )
                  )
                    void command(
                      'participant:remove',
                      { participantId: m.id },
                      t('f.groups.removed'),
                    );
                }}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {anonymous ? <p className="hint">{t('f.groups.namesYouOnly')}</p> : null}
    </section>
  );
}
