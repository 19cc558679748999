import type { CardKind } from '../../../shared/model.js';
import { CARD_KINDS } from '../../../shared/model.js';
import { t } from '../i18n/t.js';

/** Two big radio buttons, so the choice is one thumb tap and reads right in a screen reader. */
export function KindToggle({
  value,
  onChange,
  name,
  kinds = CARD_KINDS,
}: {
  kinds?: readonly CardKind[];
  value: CardKind;
  onChange: (kind: CardKind) => void;
  name: string;
}) {
  return (
    // A labelled radiogroup rather than fieldset+legend: a hidden legend overflows 360 px screens.
    <div className="segmented" role="radiogroup" aria-label={t('composer.kind')}>
      {kinds.map((kind) => (
        <label key={kind} className={`segmented__option segmented__option--${kind}`}>
          <input
            type="radio"
            name={name}
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
          />
          <span>{t(`composer.${kind}`)}</span>
        </label>
      ))}
    </div>
  );
}
