/** Exporting the master plan as one PDF (see README, "Exporting the master plan as PDF"). */
export {type ChangesBase, type ChapterChanges, type PdfChanges} from './changeMarks';
export {changesSince, ChangesBaseError} from './changesSince';
export {loadChapters, type PdfChapter} from './chapters';
export {listEditions, resolveEdition, type EditionSource} from './edition';
export {PageRenderError, PdfError} from './errors';
export {downloadPath, isPdfLocale, pdfFileName, PDF_LOCALES, type PdfLocale} from './locales';
export {renderMasterPlanPdf, type RenderedChapter, type RenderedPdf, type RenderPdfOptions} from './renderMasterPlanPdf';
export {openPdfSession, type PdfSession} from './session';
