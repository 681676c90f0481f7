/**
 * Work that is the same for every locale of a production build, done once per
 * process. Docusaurus evaluates the config and the plugins afresh for each
 * locale, so a module-level cache does not survive from `id` to `en`; the
 * memo lives on `globalThis`. The development server gets no memo: it must
 * redo the work when the config reloads.
 */
const STORE = Symbol.for('masterplan.oncePerBuild');

type Store = Map<string, Promise<unknown>>;

export function oncePerBuild<T>(key: string, work: () => Promise<T>): Promise<T> {
  if (process.env.NODE_ENV !== 'production') return work();
  const holder = globalThis as typeof globalThis & {[STORE]?: Store};
  const store = (holder[STORE] ??= new Map());
  let result = store.get(key) as Promise<T> | undefined;
  if (!result) {
    result = work();
    store.set(key, result);
  }
  return result;
}
