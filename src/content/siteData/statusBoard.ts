/** What the status board plugin (src/plugins/status-board) hands to the `/status/` page and chapter headers. */
import type {ChapterStatusRow, StatusCounts} from '../status';

/** The plugin's name, under which its global data is found (`usePluginData(STATUS_BOARD_PLUGIN)`). */
export const STATUS_BOARD_PLUGIN = 'status-board';

/** One chapter on the board, in the language being built. */
export interface BoardChapter extends Omit<ChapterStatusRow, 'title' | 'titleEn' | 'path'> {
  /** Title in the page's language. */
  title: string;
  /** URL of the chapter's page as Docusaurus made it (base URL included), e.g. `/en/rencana-induk/peta-program/`. */
  permalink: string;
}

/** What the `/status/` page receives, made at build time for one locale. */
export interface BoardData {
  /** Build date, `YYYY-MM-DD`: overdue reviews are measured against it. */
  date: string;
  chapters: BoardChapter[];
  counts: StatusCounts;
  /** Per program, with its name in the page's language; `id: null` are chapters outside any program. */
  programs: {id: string | null; name: string | null; counts: StatusCounts}[];
}

/** Global data every page can read: what chapter headers need. */
export interface StatusBoardGlobalData {
  /** Build date, `YYYY-MM-DD`. */
  date: string;
  /** Owner, reviewer and approver ids -> names in the page's language: teams (data/teams.yml) and people (data/people.yml). */
  names: Record<string, string>;
}
