import { useCallback, useState } from 'react';
import { readJson, removeKey, writeJson } from './localJson.js';
import { storageKeys } from './keys.js';

/** Text that survives reloads and dropped connections: saved on every keystroke. */
export function useDraft(scope: string): [string, (text: string) => void, () => void] {
  const key = storageKeys.draft(scope);
  const [text, setText] = useState(() => readJson<string>(key) ?? '');
  const update = useCallback(
    (next: string) => {
      setText(next);
      if (next) writeJson(key, next);
      else removeKey(key);
    },
    [key],
  );
  const clear = useCallback(() => update(''), [update]);
  return [text, update, clear];
}
