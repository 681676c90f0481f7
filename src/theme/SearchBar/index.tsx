import {lazy, Suspense, useCallback, useEffect, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';

import styles from './styles.module.css';

// The modal (and Pagefind) load only when a reader opens search.
const SearchModal = lazy(() => import('./SearchModal'));

/** Whether a key press belongs to a text field, where `/` must type a slash. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * The navbar's search button. It opens the search modal on click, on `/`, and
 * on Ctrl+K or Cmd+K. The modal's code is a separate chunk fetched on first use.
 */
export default function SearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  const [mac, setMac] = useState(false);
  useEffect(() => {
    setMac(/Mac|iPhone|iPad/.test(navigator.platform));
    const onKeyDown = (event: KeyboardEvent) => {
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (commandK || slash) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  const label = translate({id: 'readers.search.button', message: 'Cari', description: 'The navbar search button'});
  return (
    <>
      <button
        type="button"
        className={styles.button}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        data-testid="search-button">
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 20 20" className={styles.icon}>
          <path d="M14.4 13l4.3 4.3-1.4 1.4-4.3-4.3a7 7 0 111.4-1.4zM8.5 14a5.5 5.5 0 100-11 5.5 5.5 0 000 11z" fill="currentColor" />
        </svg>
        <span>{label}</span>
        <kbd className={styles.kbd} aria-hidden="true">
          {mac ? '⌘K' : 'Ctrl K'}
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchModal onClose={close} />
        </Suspense>
      )}
    </>
  );
}
