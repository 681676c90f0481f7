import type {ReactNode} from 'react';
import SiteStorage from '@generated/site-storage';

/**
 * The exact localStorage key Docusaurus keeps a setting under (`theme`,
 * `docs-preferred-version-default`): it appends this site's storage namespace,
 * derived from the site's address, so the privacy page names what a reader's
 * browser really holds.
 */
export default function StorageKey({name}: {name: string}): ReactNode {
  return <code>{`${name}${SiteStorage.namespace}`}</code>;
}
