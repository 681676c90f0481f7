/**
 * The redline: what changed between two versions of the content, block by
 * block and word by word. The `masterplan diff` command, the site's redline
 * pages and the PDF's change bars all read it from here.
 */
export * from './types';
export {comparePage, compareReadPages, readPage, fileKindOf, newReadCache, type ReadPage, type ReadCache} from './comparePage';
export {compareMetadata, describeMetadataChange, type RedlineLocale} from './metadata';
export {diffWords, tokenize, countWords, isWord, type Token, type WordDiff} from './words';
export type {SourceBlock} from './blocks';
export {compareVersions, type CompareVersionsOptions} from './compareVersions';
export {openVersion, parseVersionSpec, editionFileOf, UnknownEditionError, WORKTREE, type Version, type VersionSpec} from './versions';
export {contentPlaceOf, contentFolders, REDLINE_COLLECTIONS, type ContentPlace, type PageLocale, type RedlineCollectionId} from './contentFiles';
export {UnknownBaseError, ShallowCloneError, ChangeSetError} from '../history/changeSet';
export * from './format';
