import { useSyncExternalStore } from 'react';

/** Short messages for the facilitator ("Saved", "That was refused: …"), gone after a few seconds. */
export interface Toast {
  id: number;
  tone: 'ok' | 'error';
  text: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function showToast(text: string, tone: Toast['tone'] = 'ok'): void {
  const toast = { id: nextId++, tone, text };
  toasts = [...toasts.slice(-3), toast];
  emit();
  setTimeout(
    () => {
      toasts = toasts.filter((t) => t.id !== toast.id);
      emit();
    },
    tone === 'error' ? 7000 : 3500,
  );
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}
