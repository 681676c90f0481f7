import type {LocalDateTime} from './calendar';
import {DATE_PHRASE, readDatePhrase} from './datePhrase';

/** Who wrote a release and when, as its byline states it. */
export interface Byline {
  author: string | null;
  editor: string | null;
  date: LocalDateTime;
  /** View count as shown (`429`, `1K`, `1.204`); kept for diagnostics only. */
  views: string | null;
}

export type BylineReading = {ok: true; byline: Byline} | {ok: false; problem: string};

/**
 * News-portal byline: `Oleh <author>, <weekday>, <D Month YYYY> | <HH:MM> WIB - Redaktur: <editor> - <views>`,
 * with English labels, numeric day-first dates, `18.40` times, WIB/WITA/WIT, and
 * the editor and view count each optional.
 */
const NEWS_PORTAL = new RegExp(
  String.raw`^(?:Oleh|By)[ \t]+(?<author>[^,|]+?)[ \t]*,[ \t]*(?:(?<weekday>[A-Za-z']+)[ \t]*,[ \t]*)?` +
    String.raw`(?<date>${DATE_PHRASE})` +
    String.raw`(?:[ \t]*\|?[ \t]*(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:[ \t]*(?<zone>WITA|WIB|WIT)\b)?)?` +
    String.raw`(?<rest>.*)$`,
  'i',
);

/** Cabinet-secretariat byline: `Oleh <author>  Dipublikasikan pada <D Month YYYY>` (English `By <author>  Date <...>`). */
const CABINET = new RegExp(
  String.raw`^(?:Oleh|By)[ \t]+(?<author>.+?)(?:[ \t]{2,}|\t)(?:Dipublikasikan|Diterbitkan|Published|Date)(?:[ \t]+(?:pada|on))?[ \t]*:?[ \t]*` +
    String.raw`(?:(?<weekday>[A-Za-z']+)[ \t]*,[ \t]*)?(?<date>${DATE_PHRASE})[ \t]*$`,
  'i',
);

/** True when a line claims to be a byline (so a line that fails to parse is reported, not taken as body). */
export function looksLikeByline(line: string): boolean {
  return /^(?:Oleh|By)[ \t]+\S.{0,80}?(?:,|[ \t]{2,}|\t)/i.test(line) && (/\d{4}/.test(line) || /\|/.test(line)) && line.length < 400;
}

export function isCabinetByline(line: string): boolean {
  return looksLikeByline(line) && /(?:[ \t]{2,}|\t)(?:Dipublikasikan|Diterbitkan|Published|Date)\b/i.test(line);
}

/** Parses a news-portal byline line. */
export function parseNewsPortalByline(line: string): BylineReading {
  const match = NEWS_PORTAL.exec(line.trim());
  const groups = match?.groups;
  if (!groups) return {ok: false, problem: 'byline not understood (expected "Oleh <author>, <weekday>, <D Month YYYY> | <HH:MM> WIB - Redaktur: <editor>")'};
  const time = groups.hour !== undefined && groups.minute !== undefined ? {hour: groups.hour, minute: groups.minute} : undefined;
  const reading = readDatePhrase(groups.date ?? '', time, groups.zone);
  if (!reading.ok) return reading;
  let editor: string | null = null;
  let views: string | null = null;
  for (const segment of (groups.rest ?? '').split(/[ \t]+-[ \t]+|^[ \t]*-[ \t]*/)) {
    const part = segment.trim();
    if (part === '') continue;
    const label = /^(?:Redaktur|Editor)[ \t]*:[ \t]*(.*)$/i.exec(part);
    if (label) editor = label[1]?.trim() || null;
    else if (/^\d[\d.,]*[ \t]*[KkMm]?\b/.test(part)) views = part;
  }
  return {ok: true, byline: {author: groups.author?.trim() || null, editor, date: reading.date, views}};
}

/** Parses a cabinet-secretariat byline line (no time: midnight WIB). */
export function parseCabinetByline(line: string): BylineReading {
  const groups = CABINET.exec(line.trim())?.groups;
  if (!groups) return {ok: false, problem: 'byline not understood (expected "Oleh <author>  Dipublikasikan pada <D Month YYYY>")'};
  const reading = readDatePhrase(groups.date ?? '');
  if (!reading.ok) return reading;
  return {ok: true, byline: {author: groups.author?.trim() || null, editor: null, date: reading.date, views: null}};
}
