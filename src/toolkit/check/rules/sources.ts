/**
 * `sources`: a page a ministry stands behind says where its facts come from
 * (issue 15). Reported: a chapter or curriculum module in `review` or
 * `approved` whose `sources` list is missing or empty; a consultation note
 * (a record of a meeting, published as it is: it has no draft stage) without
 * sources; a press release without `press_release.source_url`, the address
 * where its publisher put it. Read leniently: the schema rule reports a
 * malformed list, and a post may predate the `source_url` field.
 *
 * ok: `status: review` with `sources: [{publisher: Humas Kementerian PANRB, title: …, date: 2016-03-02}]`
 * not-ok: `status: review` and no `sources` (No sources for a chapter in review)
 */
import {schemaForPage} from '../../../content';
import {spanOfPath} from '../yamlPosition';
import type {ParsedFile, Report, Rule} from '../types';

type Frontmatter = Record<string, unknown>;

const SOURCES_HINT = 'Add `sources:` to the frontmatter: for each document the facts come from, its publisher, title, date (YYYY-MM-DD) and url where known.';

/** Whether the page is a collection member (not its overview), the kind of page that carries sources. */
function isMember(file: ParsedFile): boolean {
  return file.collection !== undefined && file.collectionPath !== undefined && schemaForPage(file.collection, file.collectionPath) === file.collection.schema;
}

function hasSources(data: Frontmatter): boolean {
  return Array.isArray(data.sources) && data.sources.length > 0;
}

function checkPage(file: ParsedFile, data: Frontmatter, report: Report): void {
  const where = data.sources === undefined ? ['status'] : ['sources'];
  switch (file.collection?.id) {
    case 'rencana-induk':
    case 'kurikulum': {
      const status = data.status;
      if ((status !== 'review' && status !== 'approved') || hasSources(data)) return;
      const kind = file.collection.id === 'rencana-induk' ? 'chapter' : 'module';
      report({...spanOfPath(file, where), message: `No sources for a ${kind} in ${status}`, hint: SOURCES_HINT});
      return;
    }
    case 'konsultasi':
      if (hasSources(data)) return;
      report({...spanOfPath(file, data.sources === undefined ? ['title'] : ['sources']), message: 'No sources for a consultation note', hint: SOURCES_HINT});
      return;
    case 'siaran-pers': {
      const provenance = data.press_release;
      const sourceUrl = provenance && typeof provenance === 'object' ? (provenance as Frontmatter).source_url : undefined;
      if (typeof sourceUrl === 'string' && sourceUrl.trim() !== '') return;
      report({
        ...spanOfPath(file, ['press_release'], {key: true}),
        message: 'Press release has no press_release.source_url',
        hint: 'Record where the publisher put the release: re-import it with `masterplan import-press --source-url <url>`, or add press_release.source_url.',
      });
      return;
    }
    default:
  }
}

export const sourcesRule: Rule = {
  id: 'sources',
  description: 'Chapters and modules in review or approved, consultation notes and press releases say where their facts come from.',
  severity: 'warning',
  checkFile(file, _context, report) {
    const data = file.yaml?.data;
    if (file.kind !== 'page' || !isMember(file) || !data || typeof data !== 'object' || Array.isArray(data)) return;
    checkPage(file, data as Frontmatter, report);
  },
};
