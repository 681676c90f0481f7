/**
 * Client module (@docusaurus/plugin-pwa's `swRegister`), on every page: for a
 * reader who saved this locale for offline reading, or who runs the site as
 * an installed app, registers the worker after the page has loaded, so a new
 * build's worker is found and the update prompt can show. Everyone else
 * downloads nothing more than this file's few hundred bytes.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import i18n from '@generated/i18n';

import {offlineReadingChosen, offlineReadingSupported, runsStandalone, setOfflineReadingChosen, strategyOn} from './offlineSetting';

function registerWorker(): void {
  void import('./offlineWorker').then(({registerOfflineWorker}) => registerOfflineWorker());
}

if (ExecutionEnvironment.canUseDOM && offlineReadingSupported()) {
  const locale = i18n.currentLocale;
  if (strategyOn('appInstalled')) {
    // The plugin's `appInstalled` strategy: installing the app is choosing to read it offline.
    window.addEventListener('appinstalled', () => {
      setOfflineReadingChosen(locale, true);
      registerWorker();
    });
  }
  if (offlineReadingChosen(locale) || runsStandalone()) {
    if (document.readyState === 'complete') registerWorker();
    else window.addEventListener('load', registerWorker, {once: true});
  }
}
