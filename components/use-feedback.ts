/** What the popup tells the reader after an action: an error, a notice, or an undo offer. */
import { useCallback, useState } from 'preact/hooks';
import { errorMessage } from '../utils/messages';
import { strings } from './strings';

/** An action the reader can take back, and what to call it. */
export interface UndoOffer {
  label: string;
  run: () => Promise<void>;
  /** Distinguishes two offers with the same label, so the timer restarts. */
  id: number;
}

/** The current feedback and the functions that set it. */
export interface Feedback {
  error?: string;
  notice?: string;
  undo?: UndoOffer;
  showError(error: unknown): void;
  showNotice(text: string): void;
  offerUndo(label: string, run: () => Promise<void>): void;
  clear(which: 'error' | 'notice' | 'undo'): void;
}

/** A write failure as the reader should see it: why, and that nothing saved was lost. */
export function describeWriteError(error: unknown): string {
  if (typeof error === 'string') return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return strings.quotaExceeded;
  return `${strings.writeFailed} ${errorMessage(error)}`;
}

let nextId = 1;

/** Feedback state for the popup. */
export function useFeedback(): Feedback {
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [undo, setUndo] = useState<UndoOffer>();
  const showError = useCallback((e: unknown) => setError(describeWriteError(e)), []);
  const showNotice = useCallback((text: string) => setNotice(text), []);
  const offerUndo = useCallback(
    (label: string, run: () => Promise<void>) => setUndo({ label, run, id: nextId++ }),
    [],
  );
  const clear = useCallback((which: 'error' | 'notice' | 'undo') => {
    if (which === 'error') setError(undefined);
    else if (which === 'notice') setNotice(undefined);
    else setUndo(undefined);
  }, []);
  return { error, notice, undo, showError, showNotice, offerUndo, clear };
}
