import {readFileSync} from 'node:fs';
import path from 'node:path';

/**
 * `name@version` of a package installed for the site, or `name@missing`.
 * Read from its folder, not through `require`: packages with an `exports`
 * map (Pagefind) do not export their package.json.
 */
export function installedPackage(siteDir: string, name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(siteDir, 'node_modules', name, 'package.json'), 'utf8')) as {version?: unknown};
    return `${name}@${String(manifest.version)}`;
  } catch {
    return `${name}@missing`;
  }
}
