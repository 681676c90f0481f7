import {useCallback, useSyncExternalStore} from 'react';

/** localStorage key of the ids of modules the trainee marked done (a JSON array). */
export const PROGRESS_STORAGE_KEY = 'masterplan:kurikulum:done';
const CHANGE_EVENT = 'masterplan:progress-change';

/** Reads storage, or `null` when the browser refuses it (private mode, disabled cookies). */
function readRaw(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Module ids in a stored value; anything malformed reads as "nothing done". */
export function parseDone(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves the done ids; false when storage is unavailable (the change then lasts until the page closes). */
function writeDone(ids: readonly string[]): boolean {
  let saved = true;
  try {
    if (ids.length === 0) window.localStorage.removeItem(PROGRESS_STORAGE_KEY);
    else window.localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify([...new Set(ids)].sort()));
  } catch {
    saved = false;
  }
  memory = ids.length === 0 ? null : JSON.stringify([...new Set(ids)].sort());
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return saved;
}

/** Fallback when storage throws, so marking still works on the current page. */
let memory: string | null = null;

function snapshot(): string | null {
  return readRaw() ?? memory;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Whether the browser lets the site keep data (false in some private modes). */
export function storageAvailable(): boolean {
  try {
    const probe = `${PROGRESS_STORAGE_KEY}:probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** A trainee's progress: which modules are done, and how to change that. */
export interface Progress {
  /** False during server rendering and before hydration: show no progress yet. */
  ready: boolean;
  done: ReadonlySet<string>;
  setDone(id: string, done: boolean): void;
  reset(): void;
}

/** The trainee's progress, kept in localStorage and shared by every component on the page. */
export function useProgress(): Progress {
  const raw = useSyncExternalStore(subscribe, snapshot, () => undefined);
  const ready = raw !== undefined;
  const done = new Set(parseDone(raw ?? null));
  const setDone = useCallback((id: string, value: boolean) => {
    const current = new Set(parseDone(snapshot()));
    if (value) current.add(id);
    else current.delete(id);
    writeDone([...current]);
  }, []);
  const reset = useCallback(() => void writeDone([]), []);
  return {ready, done, setDone, reset};
}
