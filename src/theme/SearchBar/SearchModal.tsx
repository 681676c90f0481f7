import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import searchTerms from '@generated/readers/default/search-terms.json';

import {expandQuery, mergeResults} from '@site/src/content/searchTerms';
import {loadPagefind, type Pagefind, type PagefindResultData} from './pagefind';
import styles from './styles.module.css';

/** How many results are shown; Pagefind loads each result's excerpt separately. */
const MAX_RESULTS = 10;

type State =
  | {kind: 'loading'}
  | {kind: 'unavailable'}
  | {kind: 'ready'; pagefind: Pagefind; collections: string[]};

/** The results shown, how many pages were found in all, and the queries searched besides the typed one (from the glossary). */
interface Found {
  results: PagefindResultData[];
  total: number;
  alsoSearched: string[];
}

/** The site's root base URL (the default locale's), under which the one search index lives. */
function useSearchIndexUrl(): string {
  const {i18n, siteConfig} = useDocusaurusContext();
  const rootBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? siteConfig.baseUrl;
  return `${rootBaseUrl}pagefind/pagefind.js`;
}

/**
 * The search dialog: a query field, a collection filter and results with
 * highlighted excerpts, searching the current locale's Pagefind index. A query
 * holding a glossary phrase is also searched with what the glossary says it
 * means (`kerjasama` → `kerja sama`), and the dialog says so. A native
 * `<dialog>` keeps focus inside and closes on Escape. Under `docusaurus start`
 * there is no index, and the dialog says how to get one.
 */
export default function SearchModal({onClose}: {onClose: () => void}): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const indexUrl = useSearchIndexUrl();
  const [state, setState] = useState<State>({kind: 'loading'});
  const [query, setQuery] = useState('');
  const [collection, setCollection] = useState('');
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    element.showModal();
    element.addEventListener('close', onClose);
    return () => {
      element.removeEventListener('close', onClose);
      if (element.open) element.close();
    };
  }, [onClose]);

  useEffect(() => {
    let cancelled = false;
    if (process.env.NODE_ENV === 'development') {
      setState({kind: 'unavailable'});
      return undefined;
    }
    loadPagefind(indexUrl)
      .then(async (pagefind) => {
        const filters = await pagefind.filters();
        if (!cancelled) setState({kind: 'ready', pagefind, collections: Object.keys(filters.collection ?? {}).sort()});
      })
      .catch(() => !cancelled && setState({kind: 'unavailable'}));
    return () => {
      cancelled = true;
    };
  }, [indexUrl]);

  useEffect(() => {
    if (state.kind !== 'ready') return;
    if (query.trim() === '') {
      setFound(null);
      return;
    }
    let cancelled = false;
    // Our own debounce: Pagefind's debouncedSearch ignores a changed filter for the same words.
    const timer = setTimeout(() => {
      const alsoSearched = expandQuery(query.trim(), searchTerms);
      const options = collection ? {filters: {collection}} : {};
      void Promise.all([query, ...alsoSearched].map((words) => state.pagefind.search(words, options))).then(async (searches) => {
        if (cancelled) return;
        const results = mergeResults(searches.map((search) => search?.results ?? []));
        const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
        if (!cancelled) setFound({results: data, total: results.length, alsoSearched});
      });
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [state, query, collection]);

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={titleId}
      onClick={(event) => event.target === dialog.current && dialog.current?.close()}
      onKeyDown={(event) => {
        // A search field eats the first Escape to clear itself; the dialog should close at once.
        if (event.key === 'Escape') {
          event.preventDefault();
          dialog.current?.close();
        }
      }}
      data-testid="search-dialog">
      <div className={styles.panel}>
        <div className={styles.header}>
          <h2 id={titleId} className={styles.title}>
            <Translate id="readers.search.title">Cari di situs ini</Translate>
          </h2>
          <button type="button" className={styles.close} onClick={() => dialog.current?.close()}>
            <Translate id="readers.search.close">Tutup</Translate>
          </button>
        </div>
        {state.kind === 'unavailable' ? (
          <p className={styles.notice} role="status">
            <Translate id="readers.search.needsBuild" values={{command: <code>npm run build && npm run serve</code>}}>
              {'Pencarian memerlukan indeks yang dibuat ketika situs dibangun untuk diterbitkan, dan indeks itu belum ada di sini. Jalankan {command}, lalu buka situs yang disajikan.'}
            </Translate>
          </p>
        ) : (
          <>
            <div className={styles.controls}>
              <label className={styles.field}>
                <span className={styles.fieldLabel}>
                  <Translate id="readers.search.query">Kata pencarian</Translate>
                </span>
                <input
                  type="search"
                  className={styles.input}
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  placeholder={translate({id: 'readers.search.placeholder', message: 'misalnya: kerja sama, keamanan informasi'})}
                  autoFocus
                  autoComplete="off"
                  spellCheck={false}
                  data-testid="search-input"
                />
              </label>
              <label className={styles.field}>
                <span className={styles.fieldLabel}>
                  <Translate id="readers.search.collection">Bagian</Translate>
                </span>
                <select
                  className={styles.select}
                  value={collection}
                  onChange={(event) => setCollection(event.target.value)}
                  disabled={state.kind !== 'ready'}
                  data-testid="search-filter">
                  <option value="">{translate({id: 'readers.search.allCollections', message: 'Semua bagian'})}</option>
                  {state.kind === 'ready' &&
                    state.collections.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                </select>
              </label>
            </div>
            {/* One polite live region: the count and what else was searched are announced together. */}
            <p className={styles.status} role="status" aria-live="polite">
              {state.kind === 'loading'
                ? translate({id: 'readers.search.loading', message: 'Memuat indeks pencarian…'})
                : found === null
                  ? ''
                  : found.results.length === 0
                    ? translate({id: 'readers.search.none', message: 'Tidak ada hasil.'})
                    : found.total > found.results.length
                      ? translate(
                          {id: 'readers.search.countOfTotal', message: 'Menampilkan {shown} dari {total} hasil', description: 'When more pages match than the dialog lists'},
                          {shown: String(found.results.length), total: String(found.total)},
                        )
                      : translate({id: 'readers.search.count', message: 'Hasil: {count}'}, {count: String(found.results.length)})}
              {found && found.alsoSearched.length > 0 && (
                <>
                  {/* A space, so a screen reader does not run the count into what follows. */}
                  {' '}
                  <span className={styles.alsoSearched} data-testid="search-also-searched">
                    {translate(
                      {
                        id: 'readers.search.alsoSearched',
                        message: 'Juga mencari: {queries}',
                        description: 'After the result count: the queries searched besides the typed one, from the glossary',
                      },
                      {queries: found.alsoSearched.join(', ')},
                    )}
                  </span>
                </>
              )}
            </p>
            {found && found.results.length > 0 && (
              <ol className={styles.results} data-testid="search-results">
                {found.results.map((result) => (
                  <li key={result.url} className={styles.result}>
                    <a href={result.url} className={styles.resultTitle}>
                      {result.meta.title ?? result.url}
                    </a>
                    {result.filters.collection?.[0] && <span className={styles.badge}>{result.filters.collection[0]}</span>}
                    {/* Pagefind escapes the page text and adds only <mark> around matches. */}
                    <p className={styles.excerpt} dangerouslySetInnerHTML={{__html: result.excerpt}} />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
        <p className={styles.hint}>
          <Translate id="readers.search.hint">Buka pencarian dari halaman mana pun dengan / atau Ctrl+K.</Translate>
        </p>
      </div>
    </dialog>
  );
}
