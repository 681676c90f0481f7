import {impossibleDate, type LocalDateTime} from './calendar';

/** A `--date` value, normalised to `YYYY-MM-DDTHH:MM:SS+HH:MM`, or why it is not usable. */
export type DateOptionReading = {ok: true; iso: string} | {ok: false; problem: string};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads a date given on the command line: `2016-03-02`, `2016-03-02T14:35`
 * or `2016-03-02T14:35:00+07:00`. No time means midnight, no offset means WIB.
 */
export function readDateOption(value: string): DateOptionReading {
  const match = ISO.exec(value.trim());
  if (!match) return {ok: false, problem: `"${value}" is not an ISO 8601 date; write e.g. 2016-03-02T14:35+07:00`};
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone = '+07:00'] = match;
  const local: LocalDateTime = {year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), zone: 'WIB'};
  const problem = impossibleDate(local) ?? (Number(second) > 59 ? 'seconds must be below 60' : null);
  if (problem) return {ok: false, problem: `"${value}" is impossible: ${problem}`};
  return {ok: true, iso: `${year}-${month}-${day}T${hour}:${minute}:${second}${zone === 'Z' ? '+00:00' : zone}`};
}
