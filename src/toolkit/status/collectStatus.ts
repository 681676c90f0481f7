import {loadRegistries} from '../content/registries';
import {readChapters, type ChapterFile} from '../content/readChapters';
import {lastChanges, type FileChange} from '../history/gitHistory';
import {decideTranslationState, recordedHashIn} from '../history/translationState';
import {buildStatusReport} from './buildStatusReport';
import type {StatusReport, TranslationState} from '../../content/status';

/**
 * A chapter's English translation state, from the files {@link readChapters}
 * has already read: reading every page of every collection again
 * (`translationStates`) took a third of the report's time on a 3,000-page site.
 */
function chapterTranslationState(chapter: ChapterFile, changes: ReadonlyMap<string, FileChange>): TranslationState {
  const {en} = chapter;
  const recordedHash = recordedHashIn(en?.frontMatter);
  const sourceChange = changes.get(chapter.path);
  const translationChange = en && changes.get(en.path);
  return decideTranslationState({
    sourceText: chapter.text,
    translationExists: en !== undefined,
    ...(recordedHash !== undefined ? {recordedHash} : {}),
    ...(sourceChange ? {sourceChange} : {}),
    ...(translationChange ? {translationChange} : {}),
  }).state;
}

/**
 * The status of every master plan chapter in a site: frontmatter, words, the
 * last commit from git (one git call) and the English translation state.
 *
 * @param date `YYYY-MM-DD`; reviews due before it are reported overdue
 */
export async function collectStatus(siteDir: string, date: string): Promise<StatusReport> {
  const [{chapters, problems}, registries, changes] = await Promise.all([readChapters(siteDir), loadRegistries(siteDir), lastChanges(siteDir)]);
  const translations = new Map(chapters.map((chapter) => [chapter.path, chapterTranslationState(chapter, changes)]));
  return buildStatusReport({chapters, problems, changes, translations, programIds: Object.keys(registries.programs), date});
}
