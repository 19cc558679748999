import { useState } from 'react';
import { t } from '../../i18n/t.js';

/** Copies a value; says "Copied" for a moment. On plain http the clipboard may refuse. */
export function CopyButton({
  value,
  label,
  className,
}: {
  value: string;
  label?: string;
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t('f.copyManually'), value);
    }
  };
  return (
    <button
      type="button"
      className={className ?? 'button button--secondary button--small'}
      onClick={copy}
      aria-label={label}
    >
      {copied ? t('facilitator.copied') : t('facilitator.copy')}
    </button>
  );
}
