/** What the press blog plugin (src/plugins/press-blog) gives the home page. */

/** How many press releases the home page lists. */
export const RECENT_PRESS_COUNT = 3;

/** One press release as the home page shows it (global data of the press blog plugin). */
export interface RecentPress {
  title: string;
  /** Locale-aware URL of the post. */
  permalink: string;
  /** ISO 8601 instant of publication. */
  date: string;
  description: string;
}
