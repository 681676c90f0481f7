import {loadRegistries} from '../content/registries';
import {MASTER_PLAN, readChapters} from '../content/readChapters';
import {lastChanges} from '../history/gitHistory';
import {translationStates} from '../history/translationState';
import {buildStatusReport} from './buildStatusReport';
import type {StatusReport} from '../../content/status';

/**
 * The status of every master plan chapter in a site: frontmatter, words, the
 * last commit from git (one git call) and the English translation state.
 *
 * @param date `YYYY-MM-DD`; reviews due before it are reported overdue
 */
export async function collectStatus(siteDir: string, date: string): Promise<StatusReport> {
  const [{chapters, problems}, registries, changes] = await Promise.all([readChapters(siteDir), loadRegistries(siteDir), lastChanges(siteDir)]);
  const states = await translationStates(siteDir, changes);
  const translations = new Map(states.filter((page) => page.collection === MASTER_PLAN.id).map((page) => [page.source, page.state]));
  return buildStatusReport({chapters, problems, changes, translations, programIds: Object.keys(registries.programs), date});
}
