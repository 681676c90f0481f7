/**
 * Press release import: parsing (text -> {@link PressRecord}) and rendering
 * (record -> CommonMark post) are kept apart; `importReleases` ties them to
 * the file system.
 */
export * from './record';
export * from './diagnostics';
export * from './limits';
export {decodeRelease} from './decode';
export {parseReleaseText, type ParseOptions, type ParsedRelease} from './parseRelease';
export {renderPressPost, isUntouchedImport, type RenderContext, type RenderedPost} from './renderPost';
export {readPressPost, type ReadPost} from './readPost';
export {escapeParagraph} from './escapeMarkdown';
export {importReleases, type ImportOptions, type ImportResult, type ImportStatus, type ImportSummary} from './importReleases';
