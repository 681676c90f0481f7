/**
 * "Today" on this site: the calendar day in the site's time zone, Asia/Jakarta
 * (WIB, UTC+7), where the ministries work. Reviews due and follow-up actions
 * become overdue when this day passes, the same for the checker, `masterplan
 * status`, the status board, the built site and the reader's browser,
 * wherever the machine's clock is set (a CI runner in UTC would otherwise be a
 * day behind until 07:00 WIB). Pure and browser-safe: callers that need a
 * fixed day (tests) pass the clock.
 */

/** The site's time zone (IANA name). */
export const SITE_TIME_ZONE = 'Asia/Jakarta';

const dayInSiteZone = new Intl.DateTimeFormat('en-CA', {timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit'});

/** The day `now` falls on in {@link SITE_TIME_ZONE}, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => dayInSiteZone.formatToParts(now).find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
