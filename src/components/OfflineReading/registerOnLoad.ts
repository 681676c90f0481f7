/**
 * Client module (@docusaurus/plugin-pwa's `swRegister`), on every page: for a
 * reader who saved this locale for offline reading, or who runs the site as
 * an installed app, registers the worker after the page has loaded, so a new
 * build's worker is found and the update prompt can show. Everyone else
 * downloads nothing for offline reading but these few lines.
 */
import i18n from '@generated/i18n';

import {offlineReadingChosen, setOfflineReadingChosen} from './offlineChoice';

/** The plugin's activation strategies (src/plugins/offline-reading/pwaOptions.ts): `appInstalled`, `standalone`. */
const strategies = process.env.PWA_OFFLINE_MODE_ACTIVATION_STRATEGIES as unknown as readonly string[];

function registerWorker(): void {
  void import('./offlineWorker').then(({registerOfflineWorker}) => registerOfflineWorker());
}

// Service workers need a secure context (https, or localhost). Not during server rendering.
if (typeof window !== 'undefined' && window.isSecureContext && 'serviceWorker' in navigator) {
  const locale = i18n.currentLocale;
  if (strategies.includes('appInstalled')) {
    // Installing the site as an app is choosing to read it offline.
    window.addEventListener('appinstalled', () => {
      setOfflineReadingChosen(locale, true);
      registerWorker();
    });
  }
  // `standalone`: the site runs as an installed app, which readers open without a connection.
  const standalone = strategies.includes('standalone') && window.matchMedia('(display-mode: standalone)').matches;
  if (offlineReadingChosen(locale) || standalone) {
    if (document.readyState === 'complete') registerWorker();
    else window.addEventListener('load', registerWorker, {once: true});
  }
}
