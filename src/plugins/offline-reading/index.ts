import {writeFile} from 'node:fs/promises';
import path from 'node:path';

import type {LoadContext, Plugin} from '@docusaurus/types';

import {APP_NAMES, WEB_APP_MANIFEST, webAppManifest} from './webAppManifest';

/**
 * Writes each locale's web app manifest (its name in that language) into the
 * locale's root. The service worker and its registration are
 * `@docusaurus/plugin-pwa`'s, configured in ./pwaOptions.ts.
 */
export default function pluginOfflineReading(context: LoadContext): Plugin {
  const {currentLocale, localeConfigs} = context.i18n;
  const name = APP_NAMES[currentLocale === 'en' ? 'en' : 'id'];
  const htmlLang = localeConfigs[currentLocale]?.htmlLang ?? currentLocale;
  return {
    name: 'masterplan-offline-reading',
    async postBuild({outDir}) {
      await writeFile(path.join(outDir, WEB_APP_MANIFEST), `${JSON.stringify(webAppManifest(name, htmlLang), null, 2)}\n`);
    },
  };
}
