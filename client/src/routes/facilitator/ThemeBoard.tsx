import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useState, type CSSProperties, type PointerEventHandler } from 'react';
import type { Card, Group, Theme } from '../../../../shared/model.js';
import { t, tn } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { command } from './command.js';
import { MoveToSelect } from './MoveToSelect.js';
import { themeColumns } from './themeColumns.js';

const UNSORTED_ID = 'unsorted';

// Prefer the column under the pointer; fall back to overlap (keyboard drags have no pointer).
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

/** Themes as columns, Unsorted last; cards move by drag and drop or by "Move to…". */
export function ThemeBoard({
  themes,
  cards,
  groups,
}: {
  themes: Theme[];
  cards: Card[];
  groups: Group[];
}) {
  const columns = useMemo(() => themeColumns(themes, cards), [themes, cards]);
  const spotlight = useAppStore((s) => s.workshop?.board.spotlight ?? null);
  const [dragging, setDragging] = useState<Card | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const colorOf = useMemo(() => new Map(groups.map((g) => [g.id, g.color])), [groups]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  const onDragStart = (event: DragStartEvent) =>
    setDragging(cards.find((c) => c.id === event.active.id) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const card = cards.find((c) => c.id === event.active.id);
    if (!card || !event.over) return;
    const themeId = event.over.id === UNSORTED_ID ? null : String(event.over.id);
    if (themeId !== card.themeId) void command('card:move', { cardId: card.id, themeId });
  };
  const toggleSelected = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
      accessibility={{
        screenReaderInstructions: { draggable: t('f.themes.dragInstructions') },
      }}
    >
      <div className="theme-board">
        {columns.map(({ theme, cards: list }) => (
          <ThemeColumn
            key={theme?.id ?? UNSORTED_ID}
            theme={theme}
            cards={list}
            themes={themes}
            colorOf={colorOf}
            spotlightId={spotlight?.id ?? null}
            selected={selected}
            onToggle={toggleSelected}
            clearSelection={() => setSelected(new Set())}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging ? (
          <div
            className="tcard tcard--overlay"
            style={groupStyle(colorOf.get(dragging.groupId ?? ''))}
          >
            <p className="tcard__text">{dragging.text}</p>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

function groupStyle(color: string | undefined): CSSProperties | undefined {
  return color ? ({ '--group-color': color } as CSSProperties) : undefined;
}

function ThemeColumn({
  theme,
  cards,
  themes,
  colorOf,
  spotlightId,
  selected,
  onToggle,
  clearSelection,
}: {
  theme: Theme | null;
  cards: Card[];
  themes: Theme[];
  colorOf: Map<string, string>;
  spotlightId: string | null;
  selected: Set<string>;
  onToggle: (id: string) => void;
  clearSelection: () => void;
}) {
  const id = theme?.id ?? UNSORTED_ID;
  const { setNodeRef, isOver } = useDroppable({ id });
  const label = theme?.label ?? t('f.themes.unsorted');
  const chosen = cards.filter((c) => selected.has(c.id));
  const headingId = `theme-${id}`;
  // In Unsorted, the facilitator's own examples (inspiration, not findings) wait folded away.
  const isExample = (c: Card) => c.authorId === null && c.kind === 'example';
  const examples = theme ? [] : cards.filter(isExample);
  const participantsFirst = theme ? cards : cards.filter((c) => !isExample(c));
  return (
    <section
      ref={setNodeRef}
      className={`theme-col${theme ? '' : ' theme-col--unsorted'}${isOver ? ' theme-col--over' : ''}${theme?.locked ? ' theme-col--locked' : ''}${spotlightId === id ? ' theme-col--spotlight' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="theme-col__head">
        <h3 id={headingId} className="theme-col__label">
          {label}
          {theme?.locked ? (
            <span className="chip theme-col__lock">{t('f.themes.locked')}</span>
          ) : null}
        </h3>
        <span className="count" aria-label={tn('cards.count', cards.length)}>
          {cards.length}
        </span>
        {theme ? (
          <ThemeMenu theme={theme} themes={themes} spotlit={spotlightId === theme.id} />
        ) : null}
      </header>
      {theme && chosen.length ? (
        <SplitForm theme={theme} cardIds={chosen.map((c) => c.id)} onDone={clearSelection} />
      ) : null}
      <ol className="theme-col__cards">
        {(theme ? cards : participantsFirst).map((card) => (
          <li key={card.id}>
            <ThemeCard
              card={card}
              themes={themes}
              color={colorOf.get(card.groupId ?? '')}
              spotlit={spotlightId === card.id}
              selectable={!!theme}
              selected={selected.has(card.id)}
              onToggle={() => onToggle(card.id)}
            />
          </li>
        ))}
      </ol>
      {!theme && examples.length ? (
        <details className="theme-col__examples">
          <summary>{tn('f.themes.examples', examples.length)}</summary>
          <ol className="theme-col__cards">
            {examples.map((card) => (
              <li key={card.id}>
                <ThemeCard
                  card={card}
                  themes={themes}
                  color={undefined}
                  spotlit={spotlightId === card.id}
                  selectable={false}
                  selected={false}
                  onToggle={() => {}}
                />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {cards.length === 0 ? <p className="theme-col__empty">{t('f.themes.dropHere')}</p> : null}
    </section>
  );
}

function ThemeCard({
  card,
  themes,
  color,
  spotlit,
  selectable,
  selected,
  onToggle,
}: {
  card: Card;
  themes: Theme[];
  color: string | undefined;
  spotlit: boolean;
  selectable: boolean;
  selected: boolean;
  onToggle: () => void;
}) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id });
  const group = useAppStore((s) => s.workshop?.groups.find((g) => g.id === card.groupId)?.name);
  return (
    <article
      ref={setNodeRef}
      className={`tcard${isDragging ? ' tcard--dragging' : ''}${card.hidden ? ' tcard--hidden' : ''}${spotlit ? ' tcard--spotlight' : ''}${card.pinned ? ' tcard--pinned' : ''}`}
      style={groupStyle(color)}
      // The whole card drags with a mouse or a finger; the handle is its keyboard way in.
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
    >
      <button
        type="button"
        className="tcard__handle"
        {...attributes}
        {...listeners}
        aria-roledescription={t('f.themes.draggableCard')}
        aria-label={t('f.themes.dragLabel', { text: card.text.slice(0, 80) })}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <p className="tcard__text">{card.text}</p>
      <footer className="tcard__meta">
        <span className={`tag tag--${card.kind}`}>{t(`card.${card.kind}`)}</span>
        {card.country ? <span className="card__country">{card.country}</span> : null}
        <span className="tcard__group">{group ?? t('card.room')}</span>
        {card.hidden ? <span className="chip chip--warn">{t('f.cards.hiddenChip')}</span> : null}
      </footer>
      <div
        className="tcard__tools"
        onPointerDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.stopPropagation()}
      >
        <MoveToSelect card={card} themes={themes} />
        <button
          type="button"
          className={`icon-button${spotlit ? ' icon-button--on' : ''}`}
          aria-pressed={spotlit}
          aria-label={spotlit ? t('f.spotlight.off') : t('f.spotlight.cardOn')}
          title={spotlit ? t('f.spotlight.off') : t('f.spotlight.cardOn')}
          onClick={() =>
            command('board:display', { spotlight: spotlit ? null : { kind: 'card', id: card.id } })
          }
        >
          ★
        </button>
        {selectable ? (
          <label className="tcard__select" title={t('f.themes.selectForSplit')}>
            <input type="checkbox" checked={selected} onChange={onToggle} />
            <span className="visually-hidden">{t('f.themes.selectForSplit')}</span>
          </label>
        ) : null}
      </div>
    </article>
  );
}

function ThemeMenu({
  theme,
  themes,
  spotlit,
}: {
  theme: Theme;
  themes: Theme[];
  spotlit: boolean;
}) {
  const [renaming, setRenaming] = useState<string | null>(null);
  if (renaming !== null) {
    const save = async () => {
      if (!renaming.trim() || renaming.trim() === theme.label) return setRenaming(null);
      const reply = await command('theme:rename', { themeId: theme.id, label: renaming.trim() });
      if (reply.ok) setRenaming(null);
    };
    return (
      <form
        className="theme-col__rename"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="visually-hidden">
            {t('f.themes.renameLabel', { label: theme.label })}
          </span>
          <input
            type="text"
            value={renaming}
            autoFocus
            maxLength={120}
            onChange={(e) => setRenaming(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
          />
        </label>
        <button type="submit" className="button button--primary button--small">
          {t('f.save')}
        </button>
      </form>
    );
  }
  const others = themes.filter((th) => th.id !== theme.id);
  return (
    <details className="menu">
      <summary className="icon-button" aria-label={t('f.themes.actions', { label: theme.label })}>
        ⋯
      </summary>
      <div
        className="menu__list"
        role="group"
        aria-label={t('f.themes.actions', { label: theme.label })}
      >
        <button type="button" onClick={() => setRenaming(theme.label)}>
          {t('f.rename')}
        </button>
        <button
          type="button"
          onClick={() => command('theme:lock', { themeId: theme.id, locked: !theme.locked })}
        >
          {theme.locked ? t('f.themes.unlock') : t('f.themes.lock')}
        </button>
        <button
          type="button"
          onClick={() =>
            command('board:display', {
              spotlight: spotlit ? null : { kind: 'theme', id: theme.id },
            })
          }
        >
          {spotlit ? t('f.spotlight.off') : t('f.spotlight.themeOn')}
        </button>
        {others.length ? (
          <label className="menu__field">
            <span>{t('f.themes.mergeInto')}</span>
            <select
              value=""
              onChange={(e) => {
                const into = e.target.value;
                if (into)
                  void command(
                    'theme:merge',
                    { themeIds: [theme.id, into], intoId: into },
                    t('f.themes.merged'),
                  );
              }}
            >
              <option value="">{t('f.themes.chooseTheme')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button
          type="button"
          className="menu__danger"
          onClick={() => {
            if (window.confirm(t('f.themes.deleteConfirm', { label: theme.label })))
              void command('theme:delete', { themeId: theme.id }, t('f.themes.deleted'));
          }}
        >
          {t('f.themes.delete')}
        </button>
      </div>
    </details>
  );
}

function SplitForm({
  theme,
  cardIds,
  onDone,
}: {
  theme: Theme;
  cardIds: string[];
  onDone: () => void;
}) {
  const [label, setLabel] = useState('');
  return (
    <form
      className="split-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!label.trim()) return;
        const reply = await command(
          'theme:split',
          { themeId: theme.id, cardIds, label: label.trim() },
          t('f.themes.splitDone'),
        );
        if (reply.ok) onDone();
      }}
    >
      <label className="field">
        <span className="field__label">{tn('f.themes.splitLabel', cardIds.length)}</span>
        <input
          type="text"
          value={label}
          maxLength={120}
          placeholder={t('f.themes.newLabel')}
          onChange={(e) => setLabel(e.target.value)}
        />
      </label>
      <div className="split-form__actions">
        <button type="button" className="button button--quiet button--small" onClick={onDone}>
          {t('f.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={!label.trim()}
        >
          {t('f.themes.split')}
        </button>
      </div>
    </form>
  );
}
